import { useState } from 'react';
import { call, ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { errorText } from '../errorText.ts';
import { readFileBase64 } from '../files.ts';
import { displayToIso, isoToDisplay } from '../../../shared/scenario/operation-date.ts';
import { FileButton } from './FileButton.tsx';

/**
 * "Nhập bảng sắp xếp xã…": a resolution's commune table (Mã xã mới, Tên xã mới, Loại, Mã các xã cũ)
 * added to the plan as one merge per row on a day; the merges added and the rows skipped, or every
 * bad row (nothing is added then).
 */
export function CommuneTable({
  name,
  firstYear,
  version,
  onAdded,
}: {
  name: string;
  firstYear: number;
  version: string | undefined;
  onAdded: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  // Typed dd/MM/yyyy (the administrative convention); what cannot be read is sent as typed, for the check to refuse.
  const [date, setDate] = useState(`01/07/${firstYear + 1}`);
  const iso = displayToIso(date);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const importFile = async (file: File) => {
    setMessage(null);
    try {
      const done = await call('scenario.communes', {
        name,
        fileName: file.name,
        data: await readFileBase64(file),
        date: iso ?? date.trim(),
        version,
      });
      const skipped = done.skipped.map((r) => t('import.skippedRow', { row: r.row, text: r.text }));
      setMessage({
        kind: 'ok',
        text: [
          t('communes.added', { count: done.added.length, name, date: isoToDisplay(iso ?? date) }),
          ...skipped,
        ].join('\n'),
      });
      await onAdded();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
      if (err instanceof ApiError && err.error.key === 'err.planChanged') await onAdded(); // show the other person's plan
    }
  };
  return (
    <div className="annex" data-testid="communes">
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {t('communes.open')}
      </button>
      {open && (
        <div className="annex-panel" role="group" aria-label={t('communes.open')}>
          <p className="muted">{t('communes.hint')}</p>
          <div className="op-form">
            <label>
              {t('communes.date')}
              <input
                type="text"
                inputMode="numeric"
                placeholder="dd/MM/yyyy"
                size={10}
                value={date}
                onChange={(e) => setDate(e.target.value)}
                data-testid="communes-date"
              />
            </label>
            <FileButton label={t('communes.choose')} testId="communes-file" onFile={(f) => void importFile(f)} />
          </div>
          {message && (
            <div
              className={`finance-message ${message.kind}`}
              role={message.kind === 'error' ? 'alert' : 'status'}
              data-testid="communes-message"
            >
              {message.text}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
