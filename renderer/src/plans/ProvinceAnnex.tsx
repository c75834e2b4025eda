import { useState } from 'react';
import { call, pickPath, shownPath } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { sameNameMergeOperation, suggestedPrefix, type SameNameMerge } from '../../../shared/scenario/annex.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import type { Result } from '../../../shared/contract/index.ts';
import { staffOf } from '../../../shared/scenario/simulate.ts';
import { FormError } from '../ui/FormError.tsx';

/** How many clashing codes are shown by name. */
const CLASHES_SHOWN = 5;

/**
 * "Sáp nhập tỉnh…": another province's workspace joins the plan in a year (its roots under a unit
 * or at the top, its codes prefixed); then its departments named like the province's are proposed
 * for merging, to accept one by one or all at once.
 */
export function ProvinceAnnex({
  name,
  firstYear,
  onAnnexed,
  onAccept,
}: {
  name: string;
  firstYear: number;
  onAnnexed: () => Promise<void>;
  onAccept: (ops: Operation[]) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState('');
  const [read, setRead] = useState<Result<'province.read'> | null>(null);
  const [year, setYear] = useState(String(firstYear + 1));
  const [parent, setParent] = useState('');
  const [prefix, setPrefix] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [proposals, setProposals] = useState<{ year: number; merges: SameNameMerge[] } | null>(null);
  const args = {
    name,
    file,
    year: Number(year),
    parentCode: parent.trim() || null,
    codePrefix: prefix.trim() || undefined,
  };
  // The clashes and same-name departments of the file read, as it would join the plan now: asked
  // again for each year, parent and prefix (only the latest answer shown), and again each time the
  // panel is shown (the file on disk may have changed; no edit of the app says so).
  /** A field of the check changed: the message of the last action belongs to the fields before. */
  const edited = (set: (v: string) => void, v: string) => {
    setError(null);
    set(v);
  };
  const checkRead = useChannel('scenario.annexPreview', args, { enabled: read !== null, fresh: true });
  const check: Result<'scenario.annexPreview'> | null = read ? (checkRead.data ?? null) : null;

  const readFile = async () => {
    setError(null);
    setRead(null);
    try {
      const r = await call('province.read', { file });
      setPrefix(suggestedPrefix(r.provinceName));
      setRead(r);
    } catch (err) {
      setError(err);
    }
  };
  const browse = async () => {
    const chosen = await pickPath!({ kind: 'open' });
    if (!chosen) return;
    setFile(chosen);
    setRead(null); // as when the path is typed: what was read belongs to the other file
  };
  const annex = async () => {
    setError(null);
    try {
      const done = await call('scenario.annex', args);
      await onAnnexed(); // the plan's operations are reloaded before a proposal can be accepted
      setProposals({ year: Number(year), merges: done.merges });
      setOpen(false);
      setRead(null);
    } catch (err) {
      setError(err);
    }
  };
  const accept = async (merges: SameNameMerge[]) => {
    if (!proposals || !(await onAccept(merges.map((m) => sameNameMergeOperation(m, proposals.year))))) return;
    setProposals({ ...proposals, merges: proposals.merges.filter((m) => !merges.includes(m)) });
  };

  return (
    <div className="annex" data-testid="annex">
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {t('annex.open')}
      </button>
      {open && (
        <form
          className="annex-panel"
          aria-label={t('annex.title')}
          onSubmit={(e) => {
            e.preventDefault();
            void annex();
          }}
        >
          <strong>{t('annex.title')}</strong>
          <p className="muted">
            {t('annex.hint')}
            {!pickPath && ` ${t('files.hintBrowser')}`}
          </p>
          <label className="path-field">
            <span>{t('annex.file')}</span>
            <span className="path-input">
              <input
                value={shownPath(file)}
                onChange={(e) => {
                  setFile(e.target.value);
                  setRead(null);
                }}
                readOnly={Boolean(pickPath)}
                spellCheck={false}
                data-testid="annex-path"
              />
              {pickPath && (
                <button type="button" onClick={() => void browse()}>
                  {t('files.browse')}
                </button>
              )}
              <button type="button" disabled={!file.trim()} onClick={() => void readFile()}>
                {t('annex.read')}
              </button>
            </span>
          </label>
          {read && (
            <>
              <p data-testid="annex-summary">
                {t('annex.summary', {
                  province: read.provinceName,
                  units: read.units.length,
                  staff: read.units.reduce((s, u) => s + staffOf(u), 0),
                })}
              </p>
              <div className="op-form">
                <label>
                  {t('op.form.year')}
                  <input
                    type="number"
                    value={year}
                    min={firstYear}
                    max={2100}
                    onChange={(e) => edited(setYear, e.target.value)}
                  />
                </label>
                <label>
                  {t('annex.parent')}
                  <input list="scenario-units" value={parent} onChange={(e) => edited(setParent, e.target.value)} />
                </label>
                <label>
                  {t('annex.prefix')}
                  <input value={prefix} onChange={(e) => edited(setPrefix, e.target.value)} spellCheck={false} />
                </label>
              </div>
              {check && (
                <div data-testid="annex-check">
                  {check.clashes.length > 0 ? (
                    <div className="op-preview-warning">
                      ⚠{' '}
                      {t('annex.clashes', {
                        count: check.clashes.length,
                        codes: check.clashes.slice(0, CLASHES_SHOWN).join(', '),
                      })}
                    </div>
                  ) : (
                    <div>
                      {t('annex.noClash')} {t('annex.sameNames', { count: check.merges.length })}
                    </div>
                  )}
                </div>
              )}
              <button type="submit" className="primary" disabled={!check || check.clashes.length > 0}>
                {t('annex.confirm')}
              </button>
            </>
          )}
          <FormError error={error ?? (read ? checkRead.error : null)} />
        </form>
      )}
      {proposals && (
        <div className="op-suggest" data-testid="annex-proposals">
          <strong>{t('annex.proposals', { year: String(proposals.year) })}</strong>
          {proposals.merges.length === 0 && <span className="muted"> {t('annex.noProposals')}</span>}
          {proposals.merges.length > 1 && (
            <button type="button" onClick={() => void accept(proposals.merges)}>
              {t('annex.acceptAll')}
            </button>
          )}
          <ul>
            {proposals.merges.map((m) => (
              <li key={m.annexed}>
                {t('annex.proposal', { annexed: m.annexedName, code: m.annexed, home: m.homeName })}
                <button type="button" onClick={() => void accept([m])}>
                  {t('op.accept')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
