import { useEffect, useRef, useState } from 'react';
import { call, pickPath, shownPath, ApiError } from '../api.ts';
import { useChannel } from '../data/useChannel.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';
import { BackupSettings } from './BackupSettings.tsx';
import type { WorkspaceInfo } from '../../../shared/model/workspace.ts';
import { SAMPLE_IDS, SAMPLE_YEARS, type SampleId } from '../../../shared/sample/sample-ids.ts';

type Action = 'open' | 'create' | 'saveAs' | 'restore' | 'backups';

/** The folder of a path, whatever the platform's separator. */
const folderOf = (file: string) => file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/**
 * File menu: open, create, save as, restore a backup, recent workspaces. Electron shows native
 * dialogs; browser mode asks for a path on the machine that runs TinhGon. After a switch the
 * page reloads on the new workspace.
 */
export function FileMenu({ info }: { info: WorkspaceInfo }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // The recent files (and whether each is still there) as the menu opens.
  const recent = useChannel('workspace.recent', {}, { enabled: open, fresh: true }).data?.files ?? [];
  const [recentError, setRecentError] = useState<unknown>(null);
  const [action, setAction] = useState<Action | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    setRecentError(null);
    const close = (e: MouseEvent) => menuRef.current && !menuRef.current.contains(e.target as Node) && setOpen(false);
    // Escape closes it too, the focus back on its button (as a menu of the system does).
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      menuRef.current?.querySelector<HTMLButtonElement>('button[aria-haspopup]')?.focus();
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const start = (a: Action) => {
    setOpen(false);
    setAction(a);
  };

  return (
    <div className="file-menu" ref={menuRef}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('menu.file')} ▾
      </button>
      {open && (
        <div className="menu" role="menu">
          {(['open', 'create', 'saveAs', 'restore', 'backups'] as const).map((a) => (
            <button key={a} type="button" role="menuitem" onClick={() => start(a)}>
              {t(`menu.${a}`)}
            </button>
          ))}
          <div className="menu-section">{t('menu.recent')}</div>
          {recent.length === 0 && <div className="menu-note">{t('menu.noRecent')}</div>}
          <FormError error={recentError} />
          {recent.map((r) => (
            <button
              key={r.file}
              type="button"
              role="menuitem"
              className="recent"
              disabled={!r.exists || r.file === info.file}
              title={r.file}
              onClick={() =>
                void call('workspace.open', { file: r.handle ?? r.file })
                  .then(() => window.location.reload())
                  .catch(setRecentError)
              }
            >
              {r.file} {r.file === info.file ? t('files.current') : !r.exists ? t('files.missing') : ''}
            </button>
          ))}
        </div>
      )}
      {action === 'backups' && <BackupSettings onClose={() => setAction(null)} />}
      {action && action !== 'backups' && <FileDialog action={action} info={info} onClose={() => setAction(null)} />}
    </div>
  );
}

function FileDialog({
  action,
  info,
  onClose,
}: {
  action: Exclude<Action, 'backups'>;
  info: WorkspaceInfo;
  onClose(): void;
}) {
  const { t } = useI18n();
  const folder = folderOf(info.file);
  const suggested = `${folder}${action === 'create' ? 'moi' : 'ban-sao'}.tinhgon`;
  // The desktop app takes files only from its dialogs (the field holds the dialog's handle).
  const [file, setFile] = useState(action === 'open' || pickPath ? '' : suggested);
  const [backupFile, setBackupFile] = useState('');
  const [provinceName, setProvinceName] = useState('');
  const [baseYear, setBaseYear] = useState(String(new Date().getFullYear()));
  const [sample, setSample] = useState<SampleId | ''>('');
  const [error, setError] = useState<unknown>(null);
  /** Save as onto an existing file: offered to replace it, sent with `replace` only once the person clicks. */
  const [replaceable, setReplaceable] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const browse = async (kind: 'open' | 'save', set: (v: string) => void) => {
    const chosen = await pickPath!({ kind, defaultPath: kind === 'save' ? suggested : folder });
    if (chosen) set(chosen);
  };

  const submit = async (replace = false) => {
    setBusy(true);
    setError(null);
    setReplaceable(null);
    try {
      if (action === 'open') await call('workspace.open', { file });
      if (action === 'saveAs') await call('workspace.saveAs', replace ? { file, replace } : { file });
      if (action === 'restore') await call('workspace.restore', { backupFile, file });
      if (action === 'create')
        await call('workspace.create', {
          file,
          sample: sample || false,
          provinceName: provinceName.trim() || undefined,
          baseYear: Number(baseYear),
        });
      window.location.reload();
    } catch (err) {
      setError(err);
      if (action === 'saveAs' && err instanceof ApiError && err.error.key === 'err.fileExists') setReplaceable(file);
      setBusy(false);
    }
  };

  const pathField = (label: string, value: string, set: (v: string) => void, kind: 'open' | 'save', testId: string) => (
    <label className="path-field">
      <span>{label}</span>
      <span className="path-input">
        <input
          value={shownPath(value)}
          onChange={(e) => set(e.target.value)}
          readOnly={Boolean(pickPath)}
          data-testid={testId}
          spellCheck={false}
        />
        {pickPath && (
          <button type="button" onClick={() => void browse(kind, set)}>
            {t('files.browse')}
          </button>
        )}
      </span>
    </label>
  );

  return (
    <div className="modal-backdrop" role="presentation">
      <form
        className="modal file-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t(`menu.${action}`)}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <header className="modal-header">
          <h2>{t(`menu.${action}`)}</h2>
        </header>
        <div className="modal-body">
          {!pickPath && <p className="muted">{t('files.hintBrowser')}</p>}
          {action === 'restore' && pathField(t('files.backupPath'), backupFile, setBackupFile, 'open', 'backup-path')}
          {pathField(
            action === 'restore' ? t('files.newPath') : t('files.path'),
            file,
            setFile,
            action === 'open' ? 'open' : 'save',
            'file-path',
          )}
          {action === 'create' && (
            <div className="mapping-controls">
              <label>
                {t('field.provinceName')}{' '}
                <input
                  value={provinceName}
                  onChange={(e) => setProvinceName(e.target.value)}
                  data-testid="province-name"
                />
              </label>
              <label>
                {t('field.baseYear')}{' '}
                <input
                  type="number"
                  value={baseYear}
                  onChange={(e) => setBaseYear(e.target.value)}
                  style={{ width: 80 }}
                />
              </label>
              <label>
                {t('files.sample')}{' '}
                <select
                  value={sample}
                  data-testid="sample-choice"
                  onChange={(e) => {
                    const id = e.target.value as SampleId | '';
                    setSample(id);
                    // A sample's figures are of its own year: the field follows unless the person changes it after.
                    if (id) setBaseYear(String(SAMPLE_YEARS[id]));
                  }}
                >
                  <option value="">{t('files.sampleNone')}</option>
                  {SAMPLE_IDS.map((id) => (
                    <option key={id} value={id}>
                      {t(`files.sample.${id}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          <FormError error={error} />
          {replaceable !== null && replaceable === file && (
            <p className="replace-offer">
              {t('files.replaceAsk')}{' '}
              <button type="button" disabled={busy} onClick={() => void submit(true)}>
                {t('files.replace')}
              </button>
            </p>
          )}
        </div>
        <footer className="modal-footer">
          <button type="submit" className="primary" disabled={busy}>
            {t('files.ok')}
          </button>
          <button type="button" onClick={onClose}>
            {t('import.cancel')}
          </button>
        </footer>
      </form>
    </div>
  );
}
