import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../i18n.tsx';
import { newCodeProblem, proposeUnitCode } from '../../../shared/model/propose-code.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';

/** Every unit an operation names with a code and a name (a unit it creates, a split's part, an annexed unit). */
function unitsNamedIn(ops: readonly Operation[]): Array<{ code: string; name: string }> {
  const out: Array<{ code: string; name: string }> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.code === 'string' && typeof o.name === 'string') out.push({ code: o.code, name: o.name });
      Object.values(o).forEach(walk);
    }
  };
  walk(ops);
  return out;
}

/** The codes in use, each with the name of its unit: the units held and those the plan's operations name. */
export function useCodesInUse(units: ReadonlyArray<{ code: string; name: string }>, ops: readonly Operation[]) {
  return useMemo(
    () => new Map([...unitsNamedIn(ops), ...units].map((u) => [u.code.trim(), u.name] as const)),
    [units, ops],
  );
}

/** Why the code cannot be used, in words naming the field ("Mã đơn vị mới: …"), or null. */
export function useNewCodeMessage() {
  const { t } = useI18n();
  return (code: string, inUse: ReadonlyMap<string, string>) => {
    const problem = newCodeProblem(code, inUse);
    return problem && `${t('op.form.code')}: ${t(problem.key, problem.params)}`;
  };
}

/**
 * A new unit's code: proposed once its place is chosen (a parent, or the top level on purpose),
 * under the parent following its children's pattern (again when the parent changes, until the
 * person types one), editable, its problem (in use, unreadable) said under it in words. Before the
 * place is chosen it proposes nothing and cannot be typed: the parent comes first.
 */
export function NewCodeField({
  parent,
  placed,
  like = [],
  inUse,
  value,
  onChange,
}: {
  parent: string;
  /** Whether the unit's place is chosen: a parent picked, or the top level ticked. */
  placed: boolean;
  /** The parent's units of the new unit's kind: their lettered series is followed (`P05` → `P06`). */
  like?: readonly string[];
  inUse: ReadonlyMap<string, string>;
  value: string;
  onChange(code: string): void;
}) {
  const { t } = useI18n();
  const typed = useRef(false);
  const message = useNewCodeMessage();
  useEffect(() => {
    // A code typed by hand is kept while the parent is changed (cleared, then picked again).
    if (!placed) {
      if (!typed.current) onChange('');
    } else if (!typed.current || !value.trim()) {
      typed.current = false;
      onChange(proposeUnitCode(parent.trim() || null, inUse.keys(), like));
    }
  }, [parent, placed, inUse, like.join(' ')]); // eslint-disable-line react-hooks/exhaustive-deps -- proposed when the place, the kind's series or the codes change, not on each keystroke
  // The form's other fields share its value: a code proposed here is not left to them.
  useEffect(() => () => onChange(''), []); // eslint-disable-line react-hooks/exhaustive-deps -- on leaving only
  const problem = value.trim() ? message(value, inUse) : null;
  return (
    <label className="new-code">
      {t('op.form.code')}
      <input
        data-testid="op-new-code"
        value={value}
        disabled={!placed}
        aria-invalid={problem ? true : undefined}
        title={t('op.form.codeProposed')}
        onChange={(e) => {
          typed.current = true;
          onChange(e.target.value);
        }}
      />
      {problem ? (
        <span className="field-problem" role="alert" data-testid="op-new-code-problem">
          {problem}
        </span>
      ) : (
        <span className="muted" data-testid="op-new-code-hint">
          {t(placed ? 'op.form.codeProposed' : 'op.form.codeAfterParent')}
        </span>
      )}
    </label>
  );
}
