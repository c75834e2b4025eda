/**
 * `cutQuotas`: one operation lowering the quotas of every unit in a scope by at least P percent:
 * each new quota is floor(quota × (100 − P) / 100). The preview lists each unit before → after;
 * a notice gives the total cut.
 */
import type { Unit } from '../../model/unit.ts';
import { compareKeys } from '../year-end.ts';
import type { CutQuotasOperation } from '../operations.ts';
import { ScenarioError, type SimState } from './state.ts';
import type { OperationModule } from './module.ts';

/** The quota after the cut (P in tenths of a percent, so that 2,5% is exact). */
export const cutQuota = (quota: number, percent: number): number => {
  const tenths = Math.round(percent * 10);
  return Math.floor((quota * (1000 - tenths)) / 1000);
};

const inScope = (u: Unit, { scope }: CutQuotasOperation) =>
  (!scope.kind || scope.kind.includes(u.kind)) &&
  (!scope.sector || scope.sector.includes(u.sector)) &&
  (!scope.level || scope.level.includes(u.level));

/** The units the cut lowers, in tree order: in scope, with a quota above 0 in one of its fields. */
export function cutUnits(s: SimState, op: CutQuotasOperation): string[] {
  const codes = op.scope.under ? s.subtree(op.scope.under) : [...s.units.keys()];
  return codes
    .filter((c) => {
      const u = s.unitOf(c)!;
      return inScope(u, op) && op.fields.some((f) => u[f] > 0);
    })
    .sort((a, b) => compareKeys(s.units.get(a)!.key, s.units.get(b)!.key));
}

export const cutQuotas: OperationModule<'cutQuotas'> = {
  validate(s, op, index) {
    if (op.scope.under) s.must(index, op.type, op.scope.under);
    if (cutUnits(s, op).length === 0) throw new ScenarioError(index, op.type, 'err.cutNothing');
  },
  apply(s, op) {
    const units = cutUnits(s, op);
    const cut = { civilServantQuota: 0, publicEmployeeQuota: 0 };
    for (const code of units) {
      const before = s.unitOf(code)!;
      s.edit(before, (u) => {
        for (const f of op.fields) u[f] = cutQuota(before[f], op.percent);
      });
      for (const f of op.fields) cut[f] += before[f] - cutQuota(before[f], op.percent);
      const pe = before.publicEmployeeQuota - s.unitOf(code)!.publicEmployeeQuota;
      if (pe !== 0) s.quotaChanges.push({ code, at: s.applied, delta: -pe });
    }
    s.notices.push({
      year: op.year,
      unitCode: op.scope.under ?? units[0]!,
      key: 'scn.quotasCut',
      params: {
        percent: op.percent,
        count: units.length,
        cs: cut.civilServantQuota,
        pe: cut.publicEmployeeQuota,
        total: cut.civilServantQuota + cut.publicEmployeeQuota,
      },
    });
  },
  // The scope's unit (its subtree's totals, and the notice of the total cut), then each unit lowered.
  units: (op, s) => [...new Set([...(op.scope.under ? [op.scope.under] : []), ...(s ? cutUnits(s, op) : [])])],
  describe(op, { tr, nameOf, when }) {
    const { under, kind, sector, level } = op.scope;
    // Labels in running text: "biên chế công chức", "đơn vị sự nghiệp" (an acronym such as "UBND" kept).
    const word = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);
    const scope = [
      under ? tr('op.cutUnder', { unit: nameOf(under) }) : null,
      kind ? kind.map((k) => word(tr(`kind.${k}`))).join(', ') : null,
      sector ? sector.map((x) => word(tr(`sector.${x}`))).join(', ') : null,
      level ? tr('op.cutLevel', { levels: level.map((l) => word(tr(`level.${l}`))).join(', ') }) : null,
    ].filter(Boolean);
    return tr('op.cutQuotas', {
      year: when,
      percent: op.percent,
      fields: op.fields.map((f) => word(tr(`field.${f}`))).join(', '),
      scope: scope.length > 0 ? scope.join('; ') : tr('op.cutAll'),
    });
  },
};
