/**
 * What `simulate` does at the end of each year once the year's units are judged (year-end.ts): a
 * sequence of small named steps, each adding the notices of one kind of thing the year's
 * operations leave to decide.
 */
import { deputyDeadline, type Finding, type RuleContext } from '../rules/findings.ts';
import type { RuleSet } from '../rules/rule-sets.ts';
import type { SimState } from './operations/state.ts';
import { addYears, isoToDisplay } from './operation-date.ts';

/** The year just judged, as the steps read it. */
export interface YearEndContext {
  year: number;
  rules: RuleContext;
  findings: readonly Finding[];
  findingsOf: (code: string) => readonly Finding[];
  /** The rule set a day (ISO) is judged by: the pinned one, else the one in force on that day. */
  ruleSetOn: (date: string) => RuleSet;
}

export type YearEndStep = (s: SimState, y: YearEndContext) => void;

/**
 * The deadline for surplus deputies after an arrangement, by the rules in force on its date (a
 * merge dated by its year alone: the year's end, the day the year is judged on).
 */
const deadlineOn = (y: YearEndContext, date: string | null, kind: Parameters<typeof deputyDeadline>[2]) => {
  const day = date ?? y.rules.date!;
  return deputyDeadline(y.ruleSetOn(day), day, kind);
};

/**
 * Surplus deputies after a merge: a PSU has 3 years (Decree 120 Art. 27.2.b), a specialised
 * agency 5 (Decree 150/2025, restated by Decree 370/2025), by the set in force on the merge's date.
 */
export const mergedDeputies: YearEndStep = (s, y) => {
  const { year, findingsOf } = y;
  for (const { code, date } of s.merged) {
    const surplus = findingsOf(code).filter((f) => f.rule === 'max-deputies');
    if (surplus.length === 0) continue;
    // Only "cần xác minh" notes (an unverified limit, or one that depends on what is not recorded): said so, no deadline asserted.
    if (surplus.every((f) => f.severity === 'note')) {
      s.notices.push({ year, unitCode: code, key: 'scn.deputyToVerify', params: {} });
      continue;
    }
    const deadline = deadlineOn(y, date, s.unitOf(code)!.kind);
    if (deadline && deadline.confidence !== 'M') {
      // From the merge's own date when it has one (dd/MM/yyyy), else the year alone.
      const params = { years: deadline.years, citation: deadline.citation };
      if (date)
        s.notices.push({
          year,
          unitCode: code,
          key: 'scn.deputyDeadlineFrom',
          params: { ...params, from: isoToDisplay(date), deadline: isoToDisplay(addYears(date, deadline.years)) },
        });
      else
        s.notices.push({
          year,
          unitCode: code,
          key: 'scn.deputyDeadline',
          params: { ...params, deadline: String(year + deadline.years) },
        });
    } else s.notices.push({ year, unitCode: code, key: 'scn.deputyDeadlineUnknown', params: {} });
  }
};

/** A merged unit in a lower autonomy group than a unit it was formed from; a group 1–2 unit moved down. */
export const loweredAutonomy: YearEndStep = (s, { year }) => {
  for (const l of s.lowered.splice(0)) {
    s.notices.push({
      year,
      unitCode: l.code,
      key: l.demoted ? 'scn.autonomyDemoted' : 'scn.autonomyLowered',
      params: { from: l.from.join(', '), to: l.to },
    });
  }
};

/**
 * Decree 120/2020 Art. 4.3: the state-paid quota after a merger may not exceed the sum before
 * (checked at the end of the merge year, after that year's other operations). Subtree totals;
 * what other merges and dissolutions move in is moved, not raised: only quota changes after the
 * (first) merge, in units under the merged one at the end of the year, raise it.
 */
export const mergeQuotaRaised: YearEndStep = (s, { year }) => {
  const checked = new Set<string>();
  for (const m of s.mergedQuota.splice(0)) {
    if (checked.has(m.code) || !s.unitOf(m.code)) continue;
    checked.add(m.code);
    // The subtree is listed only when a quota changed after the merge (a sở's is thousands of units).
    const later = s.quotaChanges.filter((q) => q.at > m.at);
    if (later.length === 0) continue;
    const under = new Set(s.subtree(m.code));
    const raised = later.filter((q) => under.has(q.code)).reduce((sum, q) => sum + q.delta, 0);
    if (raised <= 0) continue;
    const quota = s.figuresNow(m.code)!.total.publicEmployeeQuota;
    s.notices.push({ year, unitCode: m.code, key: 'scn.mergeQuotaRaised', params: { quota, before: quota - raised } });
  }
  s.quotaChanges.length = 0;
};

/** Recruiting above the quota is flagged once per unit and count, at the end of the year (after its quota changes). */
export const recruitedAboveQuota: YearEndStep = (s, { year }) => {
  const flagged = new Set<string>();
  for (const r of s.recruits) {
    if (r.year !== year) continue;
    const now = s.unitOf(r.unitCode);
    if (!now) continue;
    for (const [count, actual, quota] of [
      [r.civilServants, 'civilServantActual', 'civilServantQuota'],
      [r.publicEmployees, 'publicEmployeeActual', 'publicEmployeeQuota'],
    ] as const) {
      if (count === 0 || now[actual] <= now[quota] || flagged.has(`${now.code} ${actual}`)) continue;
      flagged.add(`${now.code} ${actual}`);
      s.notices.push({
        year,
        unitCode: now.code,
        key: 'scn.recruitAboveQuota',
        params: { unit: now.name, field: `field.${quota}`, quota: now[quota], actual: now[actual] },
      });
    }
  }
};

/**
 * Deputy directors of merged sở count against the provincial average (raised after a provincial
 * merger): one notice, on the provincial committee that finding is about.
 */
export const departmentDeputies: YearEndStep = (s, y) => {
  const { year, findings } = y;
  const departments = s.merged.filter(({ code }) => s.unitOf(code)?.kind === 'department');
  const average =
    departments.length > 0 ? findings.find((f) => f.parameter === 'departmentAverageDeputies') : undefined;
  if (!average) return;
  // From the first of the year's sở mergers when all are dated; a merge dated by its year alone gives the year.
  const dates = departments.map((m) => m.date);
  const from = dates.every((d) => d !== null) ? dates.sort()[0]! : null;
  const deadline = deadlineOn(y, from, 'department');
  if (deadline && deadline.confidence !== 'M') {
    const params = { total: average.params.total!, avg: average.params.avg!, max: average.params.max! };
    if (from)
      s.notices.push({
        year,
        unitCode: average.unitCode,
        key: 'scn.departmentDeputyDeadlineFrom',
        params: { ...params, from: isoToDisplay(from), deadline: isoToDisplay(addYears(from, deadline.years)) },
      });
    else
      s.notices.push({
        year,
        unitCode: average.unitCode,
        key: 'scn.departmentDeputyDeadline',
        params: { ...params, deadline: String(year + deadline.years) },
      });
  } else s.notices.push({ year, unitCode: average.unitCode, key: 'scn.deputyDeadlineUnknown', params: {} });
};

/** The year's merges are done with. */
const forgetMerges: YearEndStep = (s) => {
  s.merged.length = 0;
};

/** The steps, in the order their notices come. */
export const YEAR_END_STEPS: readonly YearEndStep[] = [
  mergedDeputies,
  loweredAutonomy,
  mergeQuotaRaised,
  recruitedAboveQuota,
  departmentDeputies,
  forgetMerges,
];
