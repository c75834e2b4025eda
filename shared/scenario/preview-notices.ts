/**
 * What an operation's preview says the simulation will ask to decide: the notices and findings of
 * its year on the units it names, and those the operation brings anywhere else (a sở merger's
 * deputy directors are judged on the provincial committee, over the province's average). A merged
 * unit left with more deputies than any unit it was formed from, with nothing flagged, is said so
 * with the window the rules in force on the merge's date give surplus deputies after an
 * arrangement (never asserted from an unverified value).
 */
import { deputyDeadline } from '../rules/findings.ts';
import type { RuleSet } from '../rules/rule-sets.ts';
import type { Unit } from '../model/unit.ts';
import type { Operation } from './operations.ts';
import type { Simulation } from './simulation.ts';
import { addYears, isoToDisplay } from './operation-date.ts';

const key = (x: { unitCode: string; key: string; params: object }) =>
  `${x.unitCode} ${x.key} ${JSON.stringify(x.params)}`;

/** The year's items on the named units, and those the plan without the operation does not have. */
export function causedBy<T extends { unitCode: string; key: string; params: object }>(
  withOp: readonly T[],
  without: readonly T[],
  named: ReadonlySet<string>,
): T[] {
  const before = new Set(without.map(key));
  return withOp.filter((x) => named.has(x.unitCode) || !before.has(key(x)));
}

/** A merge that left its unit with more deputies than any of its units had, when nothing about deputies is flagged. */
export function raisedDeputiesNotice(
  operation: Operation,
  year: number,
  baseline: readonly Unit[],
  after: readonly Unit[],
  flagged: ReadonlyArray<{ unitCode: string; key: string; rule?: string }>,
  ruleSetOn: (day: string) => RuleSet,
): Simulation['notices'][number] | null {
  if (operation.type !== 'merge') return null;
  const into = after.find((u) => u.code === operation.into);
  const most = Math.max(0, ...baseline.filter((u) => operation.units.includes(u.code)).map((u) => u.deputies));
  if (!into || into.deputies <= most) return null;
  if (flagged.some((f) => f.rule === 'max-deputies' || /[dD]eput/.test(f.key))) return null;
  const day = operation.date ?? `${year}-12-31`;
  const deadline = deputyDeadline(ruleSetOn(day), day, into.kind);
  const params = { unit: into.name, before: most, after: into.deputies };
  if (!deadline || deadline.confidence === 'M')
    return { year, unitCode: into.code, key: 'scn.deputiesRaisedToVerify', params };
  return {
    year,
    unitCode: into.code,
    key: into.kind === 'department' ? 'scn.deputiesRaisedDepartment' : 'scn.deputiesRaised',
    params: {
      ...params,
      years: deadline.years,
      citation: deadline.citation,
      deadline: operation.date ? isoToDisplay(addYears(operation.date, deadline.years)) : String(year + deadline.years),
    },
  };
}
