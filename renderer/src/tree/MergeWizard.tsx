import { useMemo, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import {
  HEADCOUNT_FIELDS,
  UNIT_KINDS,
  type HeadcountField,
  type Unit,
  type UnitKind,
} from '../../../shared/model/unit.ts';
import type { UnitFigures } from '../../../shared/scenario/figures.ts';
import { canBeUnder } from '../../../shared/edits/hierarchy.ts';
import { proposeUnitCode } from '../../../shared/model/propose-code.ts';
import { readMerge, tooFewToMerge } from '../../../shared/view/plan-drafts.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { IssueList, PlanDialog, appendOperation, usePlanForm, usePlanUnits } from '../plans/PlanDialog.tsx';
import { UnitSearch } from './UnitSearch.tsx';
import { DialogButtons, PreviewFindings, YearField } from './PlanFormSteps.tsx';

export interface MergeWizardProps {
  /** The stored plan the merge is added to. */
  name: string;
  /** The year of the merge (it can be changed in the wizard). */
  year: number;
  /** Units chosen beforehand (e.g. a selection on the org chart). */
  initialUnits?: string[];
  /** Called with the operation once it is stored in the plan. */
  onDone(op: Operation): void;
  onCancel(): void;
}

type Step = 'units' | 'result' | 'preview';
const STEPS: Step[] = ['units', 'result', 'preview'];

/** Merges two or more units, into one of them or into a new unit: choose, decide the result, preview, confirm. */
export function MergeWizard({ name, year: initialYear, initialUnits = [], onDone, onCancel }: MergeWizardProps) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>('units');
  const [year, setYear] = useState(String(initialYear));
  const { error, issues, setIssues, busy, fail, reset, invalid, work } = usePlanForm();
  const state = usePlanUnits(name, Number(year), fail);
  const byCode = useMemo(() => new Map((state?.units ?? []).map((u) => [u.code, u])), [state]);
  const [selected, setSelected] = useState<string[]>(() => [...new Set(initialUnits)]);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [keep, setKeep] = useState('');
  const [code, setCode] = useState('');
  const [unitName, setUnitName] = useState('');
  const [kind, setKind] = useState<UnitKind>('psu');
  const [parentCode, setParentCode] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ op: Operation; result: Result<'scenario.preview'> } | null>(null);

  const chosen = selected.map((c) => byCode.get(c)).filter((u): u is Unit => u !== undefined);
  const first = chosen[0];
  const parent = parentCode === null ? null : (byCode.get(parentCode) ?? null);
  const kinds = UNIT_KINDS.filter((k) => canBeUnder(k, parent, first?.level));
  /** A parent may be any unit outside the merged units' subtrees. */
  const notParents = useMemo(() => {
    const out = new Set(selected);
    for (const u of state?.units ?? []) if (u.parentCode && out.has(u.parentCode)) out.add(u.code);
    return out;
  }, [state, selected]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const add = (u: Unit) => {
    reset();
    setSelected((s) => (s.includes(u.code) ? s : [...s, u.code]));
  };
  const remove = (c: string) => {
    reset();
    setSelected((s) => s.filter((x) => x !== c));
  };
  const pickParent = (u: Unit | null) => {
    setParentCode(u?.code ?? null);
    const allowed = UNIT_KINDS.filter((k) => canBeUnder(k, u, first?.level));
    if (!allowed.includes(kind) && allowed[0]) setKind(allowed[0]);
  };
  const draft = () =>
    readMerge(
      {
        year: Number(year),
        units: selected,
        into: mode === 'existing' ? keep : { code, name: unitName, kind, parentCode },
      },
      new Set(byCode.keys()),
    );

  const next = async () => {
    reset();
    if (step === 'units') {
      const few = tooFewToMerge(selected);
      if (few) return setIssues([few]);
      // The result starts as the first unit's kind, under its parent; the first unit remains when merging into one.
      if (!selected.includes(keep)) setKeep(selected[0]!);
      if (!code && first) {
        setKind(first.kind);
        setParentCode(first.parentCode);
        setCode(proposeUnitCode(first.parentCode, byCode.keys())); // proposed, editable: nobody invents a code
      }
      return setStep('result');
    }
    if (step === 'result') {
      const read = draft();
      const op = read.op;
      if (!op) return setIssues(read.issues);
      return work(async () => {
        setPreview({ op, result: await call('scenario.preview', { name, operation: op }) });
        setStep('preview');
      });
    }
    if (!preview) return;
    return work(async () => {
      await appendOperation(name, preview.op);
      onDone(preview.op);
    });
  };
  const back = () => {
    reset();
    setStep(STEPS[STEPS.indexOf(step) - 1]!);
  };

  return (
    <PlanDialog
      title={t('wiz.title')}
      testId="merge-wizard"
      onCancel={onCancel}
      onSubmit={() => void next()}
      footer={
        <>
          {step !== 'units' && (
            <button type="button" onClick={back}>
              {t('wiz.back')}
            </button>
          )}
          <DialogButtons
            submitLabel={step === 'preview' ? t('wiz.confirm') : t('wiz.next')}
            disabled={busy || !state}
            onCancel={onCancel}
          />
        </>
      }
    >
      <ol className="wizard-steps">
        {STEPS.map((s) => (
          <li key={s} className={s === step ? 'current' : undefined} aria-current={s === step ? 'step' : undefined}>
            {t(`wiz.step.${s}`)}
          </li>
        ))}
      </ol>
      {step === 'units' && (
        <div className="wizard-pane">
          <YearField
            year={year}
            onChange={(y) => {
              reset();
              setYear(y);
            }}
          />
          <p>{selected.length === 0 ? t('wiz.noneSelected') : t('wiz.selected', { count: selected.length })}</p>
          <ul className="chips" data-testid="merge-chips">
            {selected.map((c) => {
              const u = byCode.get(c);
              return (
                <li key={c} className={u ? undefined : 'missing'}>
                  {u ? u.name : c} <span className="muted">{c}</span>
                  <button
                    type="button"
                    aria-label={t('wiz.remove', { name: u?.name ?? c })}
                    title={t('wiz.remove', { name: u?.name ?? c })}
                    onClick={() => remove(c)}
                  >
                    ✕
                  </button>
                </li>
              );
            })}
          </ul>
          <UnitSearch units={state?.units ?? []} exclude={selectedSet} label={t('wiz.search')} onPick={add} autoFocus />
        </div>
      )}
      {step === 'result' && (
        <div className="wizard-pane">
          <fieldset className="wizard-choice">
            <label>
              <input
                type="radio"
                name="merge-mode"
                checked={mode === 'new'}
                onChange={() => {
                  reset();
                  setMode('new');
                }}
              />{' '}
              {t('wiz.intoNew')}
            </label>
            <label>
              <input
                type="radio"
                name="merge-mode"
                checked={mode === 'existing'}
                onChange={() => {
                  reset();
                  setMode('existing');
                }}
              />{' '}
              {t('wiz.intoExisting')}
            </label>
          </fieldset>
          {mode === 'existing' ? (
            <div className="form-grid">
              <label htmlFor="merge-keep">{t('wiz.keep')}</label>
              <select id="merge-keep" value={keep} onChange={(e) => setKeep(e.target.value)}>
                {chosen.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name} ({u.code})
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="form-grid">
              <label htmlFor="merge-code">{t('field.code')}</label>
              <input
                id="merge-code"
                value={code}
                aria-invalid={invalid('into.code')}
                onChange={(e) => {
                  reset();
                  setCode(e.target.value);
                }}
                autoFocus
              />
              <label htmlFor="merge-name">{t('field.name')}</label>
              <input
                id="merge-name"
                value={unitName}
                aria-invalid={invalid('into.name')}
                onChange={(e) => {
                  reset();
                  setUnitName(e.target.value);
                }}
              />
              <span>{t('wiz.parent')}</span>
              <div className="wizard-parent">
                <div>
                  <strong data-testid="merge-parent">
                    {parent ? `${parent.name} (${parent.code})` : t('op.topLevel')}
                  </strong>
                  {parent && (
                    <button type="button" className="link" onClick={() => pickParent(null)}>
                      {t('wiz.noParent')}
                    </button>
                  )}
                </div>
                <UnitSearch<Unit>
                  units={state?.units ?? []}
                  exclude={notParents}
                  label={t('wiz.parentSearch')}
                  onPick={pickParent}
                />
              </div>
              <label htmlFor="merge-kind">{t('field.kind')}</label>
              <select id="merge-kind" value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
      {step === 'preview' && preview && <MergePreview units={chosen} op={preview.op} result={preview.result} />}
      <IssueList issues={issues} error={error} />
    </PlanDialog>
  );
}

/** One figure of a unit: its subtree's total (deputies: its own), with its own row second for a unit with units under it. */
function FigureCell({
  figures,
  fallback,
  field,
  strong,
}: {
  figures: UnitFigures | null | undefined;
  fallback: number | null;
  field: HeadcountField;
  strong?: boolean;
}) {
  const { t, n } = useI18n();
  if (!figures) return <td className="num">{fallback === null ? '—' : n(fallback)}</td>;
  const value = field === 'deputies' ? figures.own[field] : figures.total[field];
  return (
    <td className="num">
      {strong ? <strong>{n(value)}</strong> : n(value)}
      {figures.subordinates > 0 && field !== 'deputies' && (
        <div className="muted wizard-own">{t('wiz.own', { value: n(figures.own[field]) })}</div>
      )}
    </td>
  );
}

/** The merged unit's numbers (each unit, their sum, the result, as subtree totals), its leadership and its findings, as the plan would have it. */
function MergePreview({ units, op, result }: { units: Unit[]; op: Operation; result: Result<'scenario.preview'> }) {
  const { t, n } = useI18n();
  if (op.type !== 'merge') return null;
  const target = typeof op.into === 'string' ? op.into : op.into.code;
  const merged = result.units.find((u) => u.code === target);
  const before = (code: string) => result.totals[code]?.before;
  const after = result.totals[target]?.after;
  // The sum of the whole units merged (their deputies: their own).
  const sum = Object.fromEntries(
    HEADCOUNT_FIELDS.map((f) => [
      f,
      units.reduce((s, u) => {
        const x = before(u.code);
        return s + (x ? (f === 'deputies' ? x.own[f] : x.total[f]) : u[f]);
      }, 0),
    ]),
  ) as Record<HeadcountField, number>;
  const gone = units.filter((u) => u.code !== target).map((u) => u.name);
  const messages = [...result.notices, ...result.findings].filter((m) => m.unitCode === target);
  return (
    <div className="wizard-pane" data-testid="merge-preview">
      <p>
        <strong>{t('op.previewTitle', { year: String(result.year) })}</strong>{' '}
        {merged ? `${merged.name} (${merged.code})` : target}
      </p>
      <p className="muted">{t('wiz.totalsNote')}</p>
      <div className="table-scroll">
        <table className="check-table wizard-table">
          <thead>
            <tr>
              <th>{t('wiz.field')}</th>
              {units.map((u) => (
                <th key={u.code} title={u.code}>
                  {u.name}
                  <div className="muted">{u.code}</div>
                </th>
              ))}
              <th>{t('wiz.before')}</th>
              <th>{t('wiz.after')}</th>
            </tr>
          </thead>
          <tbody>
            {HEADCOUNT_FIELDS.map((f) => (
              <tr key={f} data-field={f}>
                <td>{t(`field.${f}`)}</td>
                {units.map((u) => (
                  <FigureCell key={u.code} figures={before(u.code)} fallback={u[f]} field={f} />
                ))}
                <td className="num">{n(sum[f])}</td>
                <FigureCell figures={after} fallback={merged ? merged[f] : null} field={f} strong />
              </tr>
            ))}
            {Object.keys(result.autonomy.before).length > 0 && (
              <tr data-field="autonomy">
                <td>{t('wiz.autonomy')}</td>
                {units.map((u) => (
                  <td key={u.code} className="num">
                    {result.autonomy.before[u.code] ?? '—'}
                  </td>
                ))}
                <td />
                <td className="num">
                  <strong>{result.autonomy.after[target] ?? t('wiz.autonomyUnknown')}</strong>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {merged && (
        <p data-testid="merge-heads">
          {t('wiz.heads', { count: units.length - 1, before: sum.deputies, after: merged.deputies })}
        </p>
      )}
      {gone.length > 0 && <p>{t('wiz.gone', { units: gone.join(', ') })}</p>}
      <PreviewFindings messages={messages} title="wiz.findings" none="wiz.noFindings" withUnit={false} />
    </div>
  );
}
