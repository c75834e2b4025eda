/** An operation in words, for the list of a plan's changes. */
import { translate, type Lang } from '../i18n/index.ts';
import type { Operation } from './operations.ts';
import { staffOf } from './simulate.ts';
import { exitCost } from './exit-cost.ts';
import { PayoutError } from '../payouts/calculate.ts';

export function describeOperation(op: Operation, lang: Lang, nameOf: (code: string) => string): string {
  const year = String(op.year);
  const tr = translate.bind(null, lang);
  switch (op.type) {
    case 'merge':
      return tr('op.merge', { year, units: op.units.map(nameOf).join(', '), into: typeof op.into === 'string' ? nameOf(op.into) : op.into.name });
    case 'split':
      return tr('op.split', { year, unit: nameOf(op.unit), into: op.into.map((p) => p.name).join(', ') });
    case 'transfer':
      return tr('op.transfer', { year, unit: nameOf(op.unit), parent: op.parentCode ? nameOf(op.parentCode) : tr('op.topLevel') });
    case 'dissolve':
      return op.staffTo ? tr('op.dissolveTo', { year, unit: nameOf(op.unit), to: nameOf(op.staffTo) }) : tr('op.dissolveLeave', { year, unit: nameOf(op.unit) });
    case 'convert':
      return tr('op.convert', { year, unit: nameOf(op.unit) });
    case 'rename':
      return tr('op.rename', { year, unit: nameOf(op.unit), name: op.name });
    case 'setQuota':
      return tr('op.setQuota', { year, unit: nameOf(op.unit), cs: op.civilServantQuota ?? '—', pe: op.publicEmployeeQuota ?? '—' });
    case 'setDeputies':
      return tr('op.setDeputies', { year, unit: nameOf(op.unit), deputies: op.deputies });
    case 'setAutonomy': {
      const what = [
        op.revenue !== undefined || op.spending !== undefined ? tr('op.autonomyFigures', { revenue: op.revenue ?? '—', spending: op.spending ?? '—' }) : null,
        op.group === undefined ? null : op.group === null ? tr('op.autonomyGroupCleared') : tr('op.autonomyGroup', { group: op.group }),
      ].filter(Boolean);
      return tr('op.setAutonomy', { year, unit: nameOf(op.unit), what: what.join('; ') });
    }
    case 'staffExit': {
      const p = op.payout;
      let payout = '';
      if (p) {
        let cost: string | number;
        try {
          cost = exitCost(op);
        } catch (err) {
          if (!(err instanceof PayoutError)) throw err;
          cost = tr(err.key, err.params);
        }
        const si = String(p.siYears).replace('.', lang === 'vi' ? ',' : '.');
        payout = tr('op.staffExitPayout', { policy: `${p.policy}`, salary: p.salary, months: p.monthsEarly, si, late: p.after12Months ? tr('op.staffExitLate') : '', cost });
      }
      if (op.cost !== undefined) payout = tr('op.staffExitCost', { cost: op.cost });
      return tr('op.staffExit', { year, unit: nameOf(op.unit), reason: tr(`exit.reason.${op.reason}`), cs: op.civilServants, pe: op.publicEmployees, payout });
    }
    case 'recruit':
      return tr('op.recruit', { year, unit: nameOf(op.unit), cs: op.civilServants, pe: op.publicEmployees });
    case 'annex': {
      const place = op.parentCode ? tr('op.annexUnder', { parent: nameOf(op.parentCode) }) : tr('op.annexRoots');
      const staff = op.units.reduce((s, u) => s + staffOf(u), 0);
      return tr('op.annex', { year, province: op.province, units: op.units.length, staff, place: op.codePrefix ? tr('op.annexPrefix', { place, prefix: op.codePrefix }) : place });
    }
  }
}
