/**
 * `setProvince`: the province's identity from the operation's date (after a provincial merger:
 * "thành phố Cần Thơ"): its name, its class (which sizes the rules; kept when not given) and its
 * short name; document headers, titles and places follow it.
 */
import type { OperationModule } from './module.ts';

export const setProvince: OperationModule<'setProvince'> = {
  validate() {},
  apply(s, op) {
    const cls = op.class ?? s.province?.class;
    s.province = { name: op.name, ...(cls ? { class: cls } : {}), ...(op.shortName ? { shortName: op.shortName } : {}) };
  },
  units: () => [],
  describe(op, { tr, when }) {
    const details = [op.class ? tr(`class.${op.class}`) : null, op.shortName ? tr('op.provinceShort', { short: op.shortName }) : null].filter(Boolean);
    return tr('op.setProvince', { year: when, name: op.name, details: details.length > 0 ? ` (${details.join('; ')})` : '' });
  },
};
