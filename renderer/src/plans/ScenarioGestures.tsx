/**
 * The plan chart's and plan grid's gestures as operations of the plan: appended after the plan's
 * own operations, checked by the back end (scenario.setOperations refuses a plan that cannot
 * apply, storing nothing). The baseline is never touched. The merge and dissolve dialogs preview
 * the effect first. One selection and one set of handlers serve the chart and the grid.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { describeError } from '../../../shared/errors.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import type { Result } from '../../../shared/contract/index.ts';
import { staffOf } from '../../../shared/scenario/simulate.ts';
import { buildTree, type UnitTree } from '../../../shared/tree.ts';
import { describeOperation } from '../../../shared/scenario/describe.ts';
import { unitTouched } from '../../../shared/view/plan-chart.ts';
import { Modal, useSubmit } from '../tree/EditDialogs.tsx';
import { OperationPreview } from './ScenarioOperations.tsx';
import { appendOperation } from './PlanDialog.tsx';
import { MergeWizard } from '../tree/MergeWizard.tsx';
import { SplitForm } from '../tree/SplitForm.tsx';

/**
 * The plan panel's selection and gestures, whichever view (chart or grid) they come from.
 * `state` is the plan in `year` as shown (its units name the operations and the unit to show
 * after one); `onRecorded` is called once an operation is stored, with that unit.
 */
export function usePlanGestures(opts: {
  name: string;
  year: number;
  state: Result<'scenario.state'> | null;
  tree: UnitTree;
  canEdit: boolean;
  onRecorded(focus: string | null): void;
}) {
  const { name, year, state, tree, canEdit, onRecorded } = opts;
  const { t, lang } = useI18n();
  const [selection, setSelection] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'merge' | 'split' | 'dissolve' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fail = (err: unknown) => setError(err instanceof ApiError ? describeError(err.error, lang) : String(err));
  const unitOf = (code: string) => state?.units.find((u) => u.code === code);
  const nameOf = (code: string) => unitOf(code)?.name ?? state?.baseline.find((u) => u.code === code)?.name ?? code;

  const recorded = (op?: Operation) => {
    setError(null);
    setDialog(null);
    setSelection([]);
    if (op) setNotice(t('scn.chart.recorded', { operation: describeOperation(op, lang, nameOf) }));
    onRecorded(op ? unitTouched(op, (code) => unitOf(code)?.parentCode ?? null) : null);
  };

  return {
    /** The selected units of the tree shown, in the order they were selected. */
    selected: selection.filter((c) => tree.byCode.has(c)),
    select: (codes: string[]) => setSelection(codes),
    clear: () => setSelection([]),
    /** A click on a unit: it alone, or with Ctrl, ⌘ or Shift added to (or taken out of) the selection. */
    click: (code: string, e: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey)
        setSelection((s) => (s.includes(code) ? s.filter((c) => c !== code) : [...s, code]));
      else setSelection([code]);
    },
    /** Ticks or unticks one unit, leaving the others selected. */
    tick: (code: string, on: boolean) =>
      setSelection((s) => (on ? (s.includes(code) ? s : [...s, code]) : s.filter((c) => c !== code))),
    /** Drops a unit on another: a transfer under it in the year, or the refusal; null when gestures are off. */
    transfer: canEdit
      ? (code: string, target: string) => {
          setError(null);
          setNotice(null);
          const op: Operation = { type: 'transfer', year, unit: code, parentCode: target };
          appendOperation(name, op).then(() => recorded(op), fail);
        }
      : null,
    canEdit,
    dialog,
    setDialog,
    recorded,
    error,
    notice,
    fail,
  };
}
export type PlanGestures = ReturnType<typeof usePlanGestures>;

/** The selection's count and the buttons that open a gesture's dialog on it. */
export function GestureButtons({ gestures: g }: { gestures: PlanGestures }) {
  const { t } = useI18n();
  return (
    <>
      {g.selected.length > 0 && (
        <>
          <strong data-testid="scenario-chart-selection">
            {t('scn.chart.selected', { count: g.selected.length })}
          </strong>
          <button type="button" onClick={g.clear}>
            {t('scn.chart.clear')}
          </button>
        </>
      )}
      <button type="button" disabled={!g.canEdit || g.selected.length < 2} onClick={() => g.setDialog('merge')}>
        {t('scn.chart.merge')}
      </button>
      <button type="button" disabled={!g.canEdit || g.selected.length !== 1} onClick={() => g.setDialog('split')}>
        {t('scn.chart.split')}
      </button>
      <button type="button" disabled={!g.canEdit || g.selected.length !== 1} onClick={() => g.setDialog('dissolve')}>
        {t('scn.chart.dissolve')}
      </button>
    </>
  );
}

/** The open gesture's dialog (merge wizard, split form or dissolution) on the selection. */
export function GestureDialogs({ gestures: g, name, year }: { gestures: PlanGestures; name: string; year: number }) {
  const close = () => g.setDialog(null);
  const one = g.selected[0];
  if (g.dialog === 'merge')
    return <MergeWizard name={name} year={year} initialUnits={g.selected} onDone={g.recorded} onCancel={close} />;
  if (g.dialog === 'split' && one)
    return <SplitForm name={name} year={year} initialUnit={one} onDone={g.recorded} onCancel={close} />;
  if (g.dialog === 'dissolve' && one)
    return <DissolveDialog name={name} year={year} unit={one} onDone={g.recorded} onCancel={close} />;
  return null;
}

/** The plan's units at the end of the year (for names and choices in the dialogs). */
function useYearUnits(name: string, year: number) {
  return useChannel('scenario.state', { name, year }).data?.units ?? null;
}

/**
 * Previews an operation (nothing stored) through the query cache, keyed by its content (an equal
 * operation built anew asks for no new preview; the last one stays shown while the next comes); a
 * refusal is the error.
 */
function usePreview(name: string, op: Operation) {
  const { data, error } = useChannel('scenario.preview', { name, operation: op }, { keepPrevious: true });
  return { preview: data ?? null, error };
}

export interface GestureDialogProps {
  name: string;
  year: number;
  /** Called once the operation is stored, with it. */
  onDone(recorded?: Operation): void;
  onCancel(): void;
}

/** A gesture's dialog: its choices, the preview of the operation as chosen, and "record". */
function GestureModal({
  name,
  op,
  title,
  onDone,
  onCancel,
  children,
}: Omit<GestureDialogProps, 'year'> & { op: Operation; title: string; children: ReactNode }) {
  const { t } = useI18n();
  const { preview, error: previewError } = usePreview(name, op);
  const { error, busy, submit } = useSubmit(() => onDone(op));
  return (
    <Modal
      title={title}
      className="gesture-dialog"
      okLabel={t('scn.gesture.record')}
      error={error ?? previewError}
      busy={busy}
      onClose={onCancel}
      onOk={() => void submit(() => appendOperation(name, op))}
    >
      {children}
      {preview && <OperationPreview preview={preview} />}
    </Modal>
  );
}

/** Dissolve a unit: choose a receiving unit or none (the staff leave the payroll), see the effect, record it. */
export function DissolveDialog({ name, year, unit, onDone, onCancel }: GestureDialogProps & { unit: string }) {
  const { t } = useI18n();
  const units = useYearUnits(name, year);
  const [staffTo, setStaffTo] = useState('');
  // Any unit but this one and those under it may receive; in tree order.
  const { self, candidates, hasChildren } = useMemo(() => {
    const tree = buildTree(units ?? []);
    const below = new Set([unit]);
    for (const c of tree.preorder) if (below.has(tree.byCode.get(c)!.parentCode ?? '')) below.add(c);
    return {
      self: tree.byCode.get(unit),
      candidates: tree.preorder.filter((c) => !below.has(c)).map((c) => tree.byCode.get(c)!),
      hasChildren: (tree.children.get(unit)?.length ?? 0) > 0,
    };
  }, [units, unit]);
  return (
    <GestureModal
      name={name}
      op={{ type: 'dissolve', year, unit, staffTo: staffTo || null }}
      title={t('scn.dissolve.title', { unit: self?.name ?? unit, year: String(year) })}
      onDone={onDone}
      onCancel={onCancel}
    >
      <label className="gesture-choice">
        {t('scn.dissolve.receiver')}
        <select value={staffTo} onChange={(e) => setStaffTo(e.target.value)} data-testid="dissolve-receiver">
          <option value="">{t('scn.dissolve.none')}</option>
          {candidates.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name} ({u.code})
            </option>
          ))}
        </select>
      </label>
      <p>{staffTo ? t('scn.dissolve.to') : t('scn.dissolve.leave', { staff: self ? staffOf(self) : 0 })}</p>
      {hasChildren && <p>{t('scn.dissolve.children')}</p>}
    </GestureModal>
  );
}
