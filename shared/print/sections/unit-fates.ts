/**
 * What the plan does to a unit it removes: the operation that takes it away, in words
 * ("Hợp nhất vào … (2025)", "Giải thể (2026)"), for the unit list and the merged units' offices.
 */
import type { Operation } from '../../scenario/operations.ts';

/** The fate of each unit a plan removes (by the first operation of `operations` that removes it), by code. */
export function removals(operations: readonly Operation[], nameOf: (code: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  const set = (code: string, text: string) => {
    if (!out.has(code)) out.set(code, text);
  };
  for (const op of operations) {
    const y = op.year;
    if (op.type === 'merge') {
      const into = typeof op.into === 'string' ? op.into : op.into.code;
      for (const c of op.units)
        if (c !== into) set(c, `Hợp nhất vào ${typeof op.into === 'string' ? nameOf(op.into) : op.into.name} (${y})`);
    } else if (op.type === 'dissolve')
      set(op.unit, op.staffTo ? `Giải thể, chuyển về ${nameOf(op.staffTo)} (${y})` : `Giải thể (${y})`);
    else if (op.type === 'convert') set(op.unit, `Chuyển ra ngoài khu vực nhà nước / cổ phần hóa (${y})`);
    else if (op.type === 'split') set(op.unit, `Chia tách thành ${op.into.map((p) => p.name).join(', ')} (${y})`);
  }
  return out;
}
