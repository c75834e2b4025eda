import { useEffect, useMemo, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { HEADCOUNT_FIELDS, type HeadcountField, type Unit } from '../../../shared/model/unit.ts';
import { evenSplit, readSplit, splitRemainders, type SplitPartDraft } from '../../../shared/view/plan-drafts.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { IssueList, PlanDialog, appendOperation, usePlanForm, usePlanUnits } from '../plans/PlanDialog.tsx';
import { UnitSearch } from './UnitSearch.tsx';
import { proposeUnitCode } from '../../../shared/model/propose-code.ts';
import { DialogButtons, PreviewFindings, YearField } from './PlanFormSteps.tsx';

const MAX_PARTS = 10;
const emptyPart = (): SplitPartDraft => ({ code: '', name: '', counts: {} });

/**
 * Splits a unit of a plan into parts: each part's code and name and its share of every headcount
 * field, with what is left of each field shown as it is typed; it is stored only when every field
 * adds up to the unit's value in that year.
 */
export function SplitForm({
  name,
  year: initialYear,
  initialUnit,
  onDone,
  onCancel,
}: {
  name: string;
  year: number;
  initialUnit?: string;
  onDone(op: Operation): void;
  onCancel(): void;
}) {
  const { t, n, lang } = useI18n();
  const [year, setYear] = useState(String(initialYear));
  const { error, issues, setIssues, busy, fail, reset, invalid, work } = usePlanForm();
  const state = usePlanUnits(name, Number(year), fail);
  const [code, setCode] = useState(initialUnit ?? '');
  const [parts, setParts] = useState<SplitPartDraft[]>([emptyPart(), emptyPart()]);
  const [preview, setPreview] = useState<{ op: Operation; result: Result<'scenario.preview'> } | null>(null);
  const unit = state?.units.find((u) => u.code === code);
  const children = useMemo(() => (state?.units ?? []).filter((u) => u.parentCode === code).length, [state, code]);
  const sums = unit ? splitRemainders(unit, parts, lang) : null;
  // A part without a code gets the next free one beside the unit (editable): nobody invents codes.
  useEffect(() => {
    if (!unit || !state) return;
    setParts((ps) => {
      const taken = [...state.units.map((u) => u.code), ...ps.map((p) => p.code.trim())];
      if (ps.every((p) => p.code.trim())) return ps;
      return ps.map((p) => {
        if (p.code.trim()) return p;
        const proposed = proposeUnitCode(unit.parentCode, taken);
        taken.push(proposed);
        return { ...p, code: proposed };
      });
    });
  }, [unit?.code, state, parts.length]); // eslint-disable-line react-hooks/exhaustive-deps -- proposed when the unit or the number of parts changes, not on each keystroke

  const changed = () => {
    reset();
    setPreview(null);
  };
  const setPart = (i: number, patch: (p: SplitPartDraft) => SplitPartDraft) => {
    changed();
    setParts((ps) => ps.map((p, j) => (j === i ? patch(p) : p)));
  };
  const setCount = (count: number) => {
    if (!Number.isInteger(count) || count < 2 || count > MAX_PARTS) return;
    changed();
    setParts((ps) => Array.from({ length: count }, (_, i) => ps[i] ?? emptyPart()));
  };
  const divideEvenly = () => {
    if (!unit) return;
    changed();
    const shares = evenSplit(unit, parts.length);
    setParts((ps) =>
      ps.map((p, i) => ({ ...p, counts: Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, n(shares[i]![f])])) })),
    );
  };
  const read = () => {
    if (!unit || !state) return null;
    const r = readSplit(unit, Number(year), parts, new Set(state.units.map((u) => u.code)), lang);
    if (!r.op) setIssues(r.issues);
    return r.op;
  };
  const run = async (fn: (op: Operation) => Promise<void>) => {
    reset();
    if (!unit) return setIssues([{ field: 'unit', key: 'split.pick' }]);
    const op = read();
    if (op) await work(() => fn(op));
  };
  const showPreview = () =>
    run(async (op) => setPreview({ op, result: await call('scenario.preview', { name, operation: op }) }));
  const confirm = () =>
    run(async (op) => {
      await appendOperation(name, op);
      onDone(op);
    });
  const partLabel = (i: number, field: 'code' | 'name' | HeadcountField) =>
    t('split.partField', { n: i + 1, field: `field.${field}` });

  return (
    <PlanDialog
      title={t('split.title')}
      testId="split-form"
      onCancel={onCancel}
      onSubmit={() => void confirm()}
      footer={
        <>
          <button type="button" onClick={() => void showPreview()} disabled={busy || !unit}>
            {t('op.preview')}
          </button>
          <DialogButtons submitLabel={t('wiz.confirm')} disabled={busy || !state} onCancel={onCancel} />
        </>
      }
    >
      <div className="wizard-pane">
        <div className="split-head">
          <YearField
            year={year}
            onChange={(y) => {
              changed();
              setYear(y);
            }}
          />
          <label className="inline-field">
            {t('split.parts')}
            <input
              type="number"
              value={parts.length}
              min={2}
              max={MAX_PARTS}
              onChange={(e) => setCount(Number(e.target.value))}
            />
          </label>
          <button type="button" onClick={divideEvenly} disabled={!unit}>
            {t('split.even')}
          </button>
        </div>
        <div className="split-unit">
          <span>{t('split.unit')}:</span>{' '}
          <strong data-testid="split-unit">{unit ? `${unit.name} (${unit.code})` : code || '—'}</strong>
          <UnitSearch
            units={state?.units ?? []}
            label={t('wiz.search')}
            onPick={(u) => {
              changed();
              setCode(u.code);
            }}
            autoFocus={!initialUnit}
          />
        </div>
        {unit && children > 0 && <p className="muted">{t('split.children', { count: children })}</p>}
        {unit && sums && (
          <div className="split-parts">
            {parts.map((p, i) => (
              <div key={i} className="split-part">
                <strong>{t('split.part', { n: i + 1 })}</strong>
                <input
                  className="code"
                  value={p.code}
                  placeholder={t('field.code')}
                  aria-label={partLabel(i, 'code')}
                  aria-invalid={invalid(`into.${i}.code`)}
                  onChange={(e) => setPart(i, (q) => ({ ...q, code: e.target.value }))}
                />
                <input
                  className="name"
                  value={p.name}
                  placeholder={t('field.name')}
                  aria-label={partLabel(i, 'name')}
                  aria-invalid={invalid(`into.${i}.name`)}
                  onChange={(e) => setPart(i, (q) => ({ ...q, name: e.target.value }))}
                />
              </div>
            ))}
          </div>
        )}
        {unit && sums && (
          <div className="table-scroll">
            <table className="check-table wizard-table split-table">
              <thead>
                <tr>
                  <th>{t('wiz.field')}</th>
                  <th className="num">{t('split.current', { year: String(state?.year ?? year) })}</th>
                  {parts.map((_, i) => (
                    <th key={i} className="num">
                      {t('split.part', { n: i + 1 })}
                    </th>
                  ))}
                  <th className="num">{t('split.remaining')}</th>
                </tr>
              </thead>
              <tbody>
                {HEADCOUNT_FIELDS.map((f) => {
                  const s = sums[f];
                  return (
                    <tr key={f} data-field={f}>
                      <td>{t(`field.${f}`)}</td>
                      <td className="num">{n(unit[f])}</td>
                      {parts.map((p, i) => (
                        <td key={i}>
                          <input
                            className="count"
                            inputMode="numeric"
                            value={p.counts[f] ?? ''}
                            placeholder="0"
                            aria-label={partLabel(i, f)}
                            aria-invalid={invalid(`into.${i}.${f}`)}
                            onChange={(e) =>
                              setPart(i, (q) => ({ ...q, counts: { ...q.counts, [f]: e.target.value } }))
                            }
                          />
                        </td>
                      ))}
                      <td
                        className={`num remaining ${s && s.remaining === 0 ? 'ok' : 'bad'}`}
                        data-testid={`remaining-${f}`}
                      >
                        {s === null
                          ? '—'
                          : s.remaining === 0
                            ? '0 ✓'
                            : s.remaining > 0
                              ? t('split.left', { count: s.remaining })
                              : t('split.over', { count: -s.remaining })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {preview && unit && <SplitPreview unit={unit} op={preview.op} result={preview.result} />}
      </div>
      <IssueList issues={issues} error={error} />
    </PlanDialog>
  );
}

/** The parts as the plan would have them at the end of the year, and their findings. */
function SplitPreview({ unit, op, result }: { unit: Unit; op: Operation; result: Result<'scenario.preview'> }) {
  const { t, n } = useI18n();
  if (op.type !== 'split') return null;
  const parts = op.into
    .map((p) => result.units.find((u) => u.code === p.code))
    .filter((u): u is Unit => u !== undefined);
  const codes = new Set(parts.map((u) => u.code));
  const messages = [...result.notices, ...result.findings].filter((m) => codes.has(m.unitCode));
  return (
    <div className="op-preview" data-testid="split-preview">
      <strong>{t('op.previewTitle', { year: String(result.year) })}</strong>
      <div className="table-scroll">
        <table className="check-table wizard-table">
          <thead>
            <tr>
              <th>{t('wiz.field')}</th>
              <th className="num">{unit.code}</th>
              {parts.map((u) => (
                <th key={u.code} className="num" title={u.name}>
                  {u.code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HEADCOUNT_FIELDS.map((f) => (
              <tr key={f}>
                <td>{t(`field.${f}`)}</td>
                <td className="num">
                  <s>{n(unit[f])}</s>
                </td>
                {parts.map((u) => (
                  <td key={u.code} className="num">
                    {n(u[f])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PreviewFindings messages={messages} title="split.findings" none="split.noFindings" withUnit />
    </div>
  );
}
