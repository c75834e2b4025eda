/**
 * The plan chart's gestures as operations of the plan: appended after the plan's own operations,
 * checked by the back end (scenario.setOperations refuses a plan that cannot apply, storing
 * nothing). The baseline is never touched. The merge and dissolve dialogs preview the effect first.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { call, ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { describeError } from '../../../shared/errors.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import type { Result } from '../../../shared/contract.ts';
import type { Unit } from '../../../shared/model/unit.ts';
import { staffOf } from '../../../shared/scenario/simulate.ts';
import { buildTree } from '../../../shared/tree.ts';
import { Modal, useSubmit } from './EditDialogs.tsx';
import { OperationPreview } from './ScenarioOperations.tsx';
import { appendOperation } from './PlanDialog.tsx';

/** The plan's units at the end of the year (for names and choices in the dialogs). */
function useYearUnits(name: string, year: number) {
  const [units, setUnits] = useState<Unit[] | null>(null);
  useEffect(() => {
    void call('scenario.state', { name, year }).then((r) => setUnits(r.units));
  }, [name, year]);
  return units;
}

/** Previews an operation (nothing stored) whenever it changes; a refusal is said as the error. */
function usePreview(name: string, op: Operation | null) {
  const { lang } = useI18n();
  const [preview, setPreview] = useState<Result<'scenario.preview'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(op);
  useEffect(() => {
    if (!op) return;
    let stale = false;
    setError(null);
    call('scenario.preview', { name, operation: op })
      .then((p) => !stale && setPreview(p))
      .catch((err: unknown) => {
        if (stale) return;
        setPreview(null);
        setError(err instanceof ApiError ? describeError(err.error, lang) : String(err));
      });
    return () => {
      stale = true;
    };
  }, [name, key, lang]);
  return { preview, error };
}

export interface GestureDialogProps {
  name: string;
  year: number;
  /** Called once the operation is stored, with it. */
  onDone(recorded?: Operation): void;
  onCancel(): void;
}

/** A gesture's dialog: its choices, the preview of the operation as chosen, and "record". */
function GestureModal({ name, op, title, onDone, onCancel, children }: Omit<GestureDialogProps, 'year'> & { op: Operation; title: string; children: ReactNode }) {
  const { t } = useI18n();
  const { preview, error: previewError } = usePreview(name, op);
  const { error, busy, submit } = useSubmit(() => onDone(op));
  return (
    <Modal title={title} className="gesture-dialog" okLabel={t('scn.gesture.record')} error={error ?? previewError} busy={busy} onClose={onCancel} onOk={() => void submit(() => appendOperation(name, op))}>
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
    return { self: tree.byCode.get(unit), candidates: tree.preorder.filter((c) => !below.has(c)).map((c) => tree.byCode.get(c)!), hasChildren: (tree.children.get(unit)?.length ?? 0) > 0 };
  }, [units, unit]);
  return (
    <GestureModal name={name} op={{ type: 'dissolve', year, unit, staffTo: staffTo || null }} title={t('scn.dissolve.title', { unit: self?.name ?? unit, year: String(year) })} onDone={onDone} onCancel={onCancel}>
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
