import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { setChannelData, useChannel } from '../data/useChannel.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';
import { formatDecimal, formatInteger } from '../../../shared/format.ts';
import type { BackupsInfo } from '../../../shared/model/backup-retention.ts';

/**
 * File → Backups: how many backups lie beside the workspace and their total size, and the rule
 * that keeps the automatic ones (the newest N and one per month for M months). Backups made by
 * hand are never deleted; a new rule applies at the next automatic backup.
 */
export function BackupSettings({ onClose }: { onClose(): void }) {
  const { t, lang } = useI18n();
  const read = useChannel('backups.info', {});
  const info = read.data ?? null;
  const [keepLast, setKeepLast] = useState('');
  const [keepMonths, setKeepMonths] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  // The rule as stored, in the fields, whenever it is read.
  useEffect(() => {
    if (!info) return;
    setKeepLast(String(info.keepLast));
    setKeepMonths(String(info.keepMonths));
  }, [info]);
  const show = (i: BackupsInfo) => setChannelData('backups.info', {}, i);
  const fail = setError;

  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      show(await call('backups.setRetention', { keepLast: Number(keepLast), keepMonths: Number(keepMonths) }));
      setSaved(true);
    } catch (err) {
      fail(err);
    }
  };
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? `${formatInteger(Math.ceil(bytes / 1024), lang)} kB`
      : `${formatDecimal(bytes / (1024 * 1024), 1, lang)} MB`;

  return (
    <div className="modal-backdrop" role="presentation">
      <form
        className="modal file-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('backups.title')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <header className="modal-header">
          <h2>{t('backups.title')}</h2>
        </header>
        <div className="modal-body">
          {info && (
            <p data-testid="backups-summary">
              {t('backups.summary', {
                automatic: formatInteger(info.automatic, lang),
                manual: formatInteger(info.manual, lang),
                size: size(info.bytes),
                folder: info.folder,
              })}
            </p>
          )}
          <div className="mapping-controls">
            <label>
              {t('backups.keepLast')}{' '}
              <input
                type="number"
                min={1}
                max={1000}
                value={keepLast}
                onChange={(e) => setKeepLast(e.target.value)}
                style={{ width: 80 }}
                data-testid="keep-last"
              />
            </label>
            <label>
              {t('backups.keepMonths')}{' '}
              <input
                type="number"
                min={0}
                max={1200}
                value={keepMonths}
                onChange={(e) => setKeepMonths(e.target.value)}
                style={{ width: 80 }}
                data-testid="keep-months"
              />
            </label>
          </div>
          <p className="muted">{t('backups.rule')}</p>
          {saved && <p data-testid="backups-saved">{t('backups.saved')}</p>}
          <FormError error={error} />
        </div>
        <footer className="modal-footer">
          <button type="submit" className="primary">
            {t('backups.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('backups.close')}
          </button>
        </footer>
      </form>
    </div>
  );
}
