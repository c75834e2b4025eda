import { useEffect, useState } from 'react';
import type { Operation } from '../../../shared/scenario/operations.ts';
import type { Result } from '../../../shared/contract/index.ts';
import { operationDate } from '../../../shared/scenario/operation-date.ts';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { usePlanRead } from './usePlanRead.ts';
import { PositionRows, type Draft } from '../tree/PositionRows.tsx';

type PlanYear = Result<'positions.plan'>['years'][number];

/** The unit whose list an operation joins (a merge's unit, a dissolution's receiver), or null. */
export function joinedUnit(op: Operation): string | null {
  if (op.type === 'merge') return typeof op.into === 'string' ? op.into : op.into.code;
  if (op.type === 'dissolve') return op.staffTo;
  return null;
}
/** The units whose positions an operation makes, to reduce: the unit a list joins, or a split's parts. */
export function reducibleUnits(op: Operation): string[] {
  if (op.type === 'split') return op.into.map((p) => p.code);
  const joined = joinedUnit(op);
  return joined === null ? [] : [joined];
}
const sameWhen = (a: Operation, b: Operation) => operationDate(a) === operationDate(b);

/** The plan with `op` in place of the unit's reduction at the merge's date, or put just after the merge. */
export function withReduction(ops: readonly Operation[], mergeIndex: number, op: Operation): Operation[] {
  const at = ops.findIndex(
    (o, i) =>
      i > mergeIndex &&
      o.type === 'setPositions' &&
      op.type === 'setPositions' &&
      o.unit === op.unit &&
      sameWhen(o, op),
  );
  return at >= 0
    ? ops.map((o, i) => (i === at ? op : o))
    : [...ops.slice(0, mergeIndex + 1), op, ...ops.slice(mergeIndex + 1)];
}

/**
 * The job positions of the unit a merge (or a dissolution into a receiver) joins, or of a split's
 * part (`unit`), in the plan: the lists joined, the same position added together and marked (or the
 * lines divided among the parts), what they justify beside its quota, and their reduction by the
 * officer, saved as a `setPositions` operation at the operation's date. Read only when `save` is not
 * given (a preview).
 */
export function PlanPositions({
  plan,
  ops,
  index,
  save,
  onError,
  nameOf,
  unit,
}: {
  plan: string;
  ops: readonly Operation[];
  index: number;
  save?: (next: Operation[]) => Promise<boolean>;
  onError: (err: unknown) => void;
  nameOf: (code: string) => string;
  /** The unit shown: one of a split's parts (default: the unit the operation joins). */
  unit?: string;
}) {
  const { t, n } = useI18n();
  const merge = ops[index]!;
  const code = unit ?? joinedUnit(merge)!;
  const [drafts, setDrafts] = useState<Draft[]>([]);
  // The plan as stored, with the operations shown (maybe not saved yet): the answer for the latest ones only.
  const open = usePlanRead(plan);
  const scenario = open.data?.scenario;
  const read = useChannel(
    'positions.plan',
    { scenario: scenario ? { ...scenario, operations: [...ops] } : (undefined as never), unit: code },
    { enabled: scenario !== undefined },
  );
  const year: PlanYear | null = read.data?.years.find((x) => x.year === merge.year) ?? null;
  // A new answer (other operations, the plan edited) starts the reduction again from what it reads.
  useEffect(() => setDrafts(year?.positions ?? []), [read.data]); // eslint-disable-line react-hooks/exhaustive-deps -- year follows read.data
  const error = open.error ?? read.error;
  useEffect(() => {
    if (error) onError(error);
  }, [error]); // eslint-disable-line react-hooks/exhaustive-deps -- onError is the caller's inline callback
  if (!year) return null;
  const part = merge.type === 'split' ? merge.into.find((p) => p.code === code) : undefined;
  const unitName =
    merge.type === 'merge' && typeof merge.into !== 'string' ? merge.into.name : (part?.name ?? nameOf(code));
  const justified = year.fromPositions.civilServants + year.fromPositions.publicEmployees;
  const reduce = () =>
    save?.(
      withReduction(ops, index, {
        type: 'setPositions',
        year: merge.year,
        ...('date' in merge && merge.date ? { date: merge.date } : {}),
        unit: code,
        positions: drafts.map(({ unitCode: _, ...p }) => p),
      }),
    );
  return (
    <fieldset className="positions-box plan-positions" data-testid="plan-positions">
      <legend>{t('pos.planTitle', { unit: unitName, year: String(year.year) })}</legend>
      <div data-testid="plan-positions-justified" className={year.quota > justified ? 'field-warning' : undefined}>
        {t('pos.planJustified', {
          assigned: n(year.quota),
          justified: n(justified),
          contract: n(year.fromPositions.contract),
        })}
      </div>
      {year.added.length > 0 && <div className="muted">{t('pos.addedNote', { count: n(year.added.length) })}</div>}
      {merge.type === 'split' && (
        <div className="muted" data-testid="plan-positions-divided">
          {t('pos.dividedNote', { unit: nameOf(merge.unit) })}
        </div>
      )}
      {drafts.length === 0 && <p className="muted">{t('pos.none')}</p>}
      {drafts.length > 0 && (
        <PositionRows
          drafts={drafts}
          added={year.added}
          readOnly={!save}
          onEdit={(i, patch) => setDrafts((d) => d.map((p, j) => (j === i ? { ...p, ...patch } : p)))}
          onRemove={(i) => setDrafts((d) => d.filter((_, j) => j !== i))}
        />
      )}
      {save && (
        <div className="positions-actions">
          <button
            type="button"
            data-testid="plan-positions-save"
            disabled={JSON.stringify(drafts) === JSON.stringify(year.positions)}
            onClick={() => void reduce()}
          >
            {t('pos.reduceSave')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
