import { useState } from 'react';
import { call, ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';
import { downloadBase64, readFileBase64 } from '../app/files.ts';
import { displayToIso, isoToDisplay } from '../../../shared/scenario/operation-date.ts';
import { formatInteger } from '../../../shared/format.ts';
import { FIGURE_FIELDS } from '../../../shared/scenario/figures.ts';
import type { Result } from '../../../shared/contract/index.ts';
import { FileButton } from '../ui/FileButton.tsx';
import { DayInput } from '../ui/DayInput.tsx';

type Shown = Result<'scenario.communes'>;

/**
 * "Nhập bảng sắp xếp xã…": a resolution's commune table (Mã xã mới, Tên xã mới, Loại, Mã các xã cũ)
 * read against the plan on a day and previewed (each new commune with its old ones and their
 * totals, or every bad row: nothing can be added then); "Thêm vào phương án" adds one merge per
 * row, the plan's version checked; nothing is written before.
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
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Typed dd/MM/yyyy (the administrative convention), never the browser's locale.
  const [date, setDate] = useState(`01/07/${firstYear + 1}`);
  const iso = displayToIso(date);
  // What the last action said: done (a status), or its error as caught (said by FormError).
  const [message, setMessage] = useState<{ kind: 'ok'; text: string } | { kind: 'error'; error: unknown } | null>(null);
  // The file read and what it would add, awaiting the officer's confirmation.
  const [pending, setPending] = useState<{ file: File; iso: string; shown: Shown } | null>(null);
  const failed = async (err: unknown) => {
    setMessage({ kind: 'error', error: err });
    if (err instanceof ApiError && err.error.key === 'err.planChanged') await onAdded(); // show the other person's plan
  };
  const send = async (file: File, day: string, preview: boolean) =>
    call('scenario.communes', {
      name,
      fileName: file.name,
      data: await readFileBase64(file),
      date: day,
      version,
      preview,
    });
  const skippedText = (shown: Shown) => shown.skipped.map((r) => t('import.skippedRow', { row: r.row, text: r.text }));
  const previewFile = async (file: File) => {
    setMessage(null);
    setPending(null);
    if (!iso) {
      setMessage({ kind: 'error', error: t('err.dayField', { field: t('communes.date') }) });
      return;
    }
    try {
      setPending({ file, iso, shown: await send(file, iso, true) });
    } catch (err) {
      await failed(err);
    }
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      const done = await send(pending.file, pending.iso, false);
      setPending(null);
      const added = t('communes.added', { count: done.added.length, name, date: isoToDisplay(pending.iso) });
      setMessage({ kind: 'ok', text: [added, ...skippedText(done)].join('\n') });
      await onAdded();
    } catch (err) {
      setPending(null);
      await failed(err);
    }
  };
  const template = () =>
    void call('scenario.communesTemplate', {}).then((f) => downloadBase64(f.fileName, f.data), failed);
  return (
    <div className="annex" data-testid="communes">
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {t('communes.open')}
      </button>
      {open && (
        <div className="annex-panel" role="group" aria-label={t('communes.open')}>
          <p className="muted">{t('communes.hint')}</p>
          <div className="op-form">
            <DayInput
              label={t('communes.date')}
              value={date}
              onChange={(v) => {
                setDate(v);
                setPending(null);
              }}
              testId="communes-date"
            />
            <FileButton label={t('communes.choose')} testId="communes-file" onFile={(f) => void previewFile(f)} />
            <button type="button" onClick={template} data-testid="communes-template">
              {t('communes.template')}
            </button>
          </div>
          {pending && (
            <CommunePreview
              shown={pending.shown}
              title={t('communes.previewTitle', {
                count: pending.shown.merges.length,
                name,
                date: isoToDisplay(pending.iso),
              })}
              skipped={skippedText(pending.shown)}
              onConfirm={() => void confirm()}
              onCancel={() => setPending(null)}
            />
          )}
          {message?.kind === 'ok' && (
            <div className="finance-message ok" role="status" data-testid="communes-message">
              {message.text}
            </div>
          )}
          {message?.kind === 'error' && (
            <FormError error={message.error} testId="communes-message" className="finance-message error" />
          )}
        </div>
      )}
    </div>
  );
}

/** The merges a table would add: each new commune, its old communes by name, their summed subtree figures. */
function CommunePreview({
  shown,
  title,
  skipped,
  onConfirm,
  onCancel,
}: {
  shown: Shown;
  title: string;
  skipped: string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="commune-preview op-preview" data-testid="communes-preview">
      <strong>{title}</strong>
      <table>
        <thead>
          <tr>
            <th>{t('communes.row')}</th>
            <th>{t('communes.newCode')}</th>
            <th>{t('communes.newName')}</th>
            <th>{t('communes.type')}</th>
            <th>{t('communes.olds')}</th>
            {FIGURE_FIELDS.map((f) => (
              <th key={f}>{t(`field.${f}`)}</th>
            ))}
            <th>{t('communes.people')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.merges.map((m) => (
            <tr key={m.row} data-code={m.code}>
              <td className="num">{m.row}</td>
              <td>{m.code}</td>
              <td>{m.name}</td>
              <td>{m.type}</td>
              <td>{m.olds.map((o) => `${o.name} (${o.code})`).join('; ')}</td>
              {FIGURE_FIELDS.map((f) => (
                <td key={f} className="num">
                  {formatInteger(m.totals[f], lang)}
                </td>
              ))}
              <td className="num">{formatInteger(m.totals.people, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('communes.totalsNote')}</p>
      {skipped.length > 0 && <p className="muted">{skipped.join('\n')}</p>}
      <button type="button" onClick={onConfirm}>
        {t('communes.confirm')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('communes.cancel')}
      </button>
    </div>
  );
}
