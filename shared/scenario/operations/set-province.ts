/**
 * `setProvince`: the province's identity from the operation's date (after a provincial merger:
 * "thành phố Cần Thơ"): its name, its class (which sizes the rules; kept when not given) and its
 * short name; document headers, titles and places follow it.
 */
import type { Operation } from '../operations.ts';
import { inDateOrder, operationDate } from '../operation-date.ts';
import type { ProvinceIdentity } from '../simulation.ts';
import type { OperationModule, OperationOf } from './module.ts';

/** The identity after the operation: its name and short name; the class set before when it gives none. */
export function identityAfter(before: ProvinceIdentity | null, op: OperationOf<'setProvince'>): ProvinceIdentity {
  const cls = op.class ?? before?.class;
  return { name: op.name, ...(cls ? { class: cls } : {}), ...(op.shortName ? { shortName: op.shortName } : {}) };
}

/** The province's identity in force on a day (YYYY-MM-DD) under a plan: its last `setProvince` by then, else `own`. */
export function provinceOn(operations: readonly Operation[], date: string, own: ProvinceIdentity): ProvinceIdentity {
  let now: ProvinceIdentity | null = null;
  for (const { op } of inDateOrder(operations.map((op, index) => ({ op, index })))) {
    if (op.type === 'setProvince' && operationDate(op) <= date) now = identityAfter(now ?? own, op);
  }
  return now ?? own;
}

export const setProvince: OperationModule<'setProvince'> = {
  validate() {},
  apply(s, op) {
    s.province = identityAfter(s.province, op);
  },
  units: () => [],
  describe(op, { tr, when }) {
    const details = [
      op.class ? tr(`class.${op.class}`) : null,
      op.shortName ? tr('op.provinceShort', { short: op.shortName }) : null,
    ].filter(Boolean);
    return tr('op.setProvince', {
      year: when,
      name: op.name,
      details: details.length > 0 ? ` (${details.join('; ')})` : '',
    });
  },
};
