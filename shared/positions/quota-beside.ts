/**
 * The plan's job positions beside a quota target (issue 21: "the plan's positions per year feed the
 * targets"): per year, the quota assigned in the target's scope and what the positions of the units
 * that have them justify; at the target year, a warning when the target is met on paper while
 * quotas stay above what positions justify, or when quotas go below what the positions need. Each
 * warning rests on the basis in force for its workforce on 31/12 of the target year (QUOTA_BASES:
 * Law 80/2025 Art. 40.2–3 and Decree 170/2025 Art. 3.1 [C] for civil servants; Decree 106/2020 Art.
 * 4.2.a [C] for public employees, [M] from 01/07/2026): a basis marked M, or a staffing taken from
 * the class default, makes it a note to verify, its citation not given as law. Pure.
 */
import type { Unit } from '../model/unit.ts';
import type { Confidence } from '../rules/rule-sets.ts';
import type { Workforce } from './classes.ts';
import { deriveUnit, leadershipOf } from './derive.ts';
import { inForce, QUOTA_BASES } from './findings.ts';
import { quotaOf, workforceOf, type Position } from './model.ts';

/** The quota metrics a target may count, and the workforce each is the quota of. */
export const QUOTA_METRICS: Readonly<Record<string, Workforce>> = {
  civilServantQuota: 'civil-servant',
  publicEmployeeQuota: 'public-employee',
};

export interface QuotaBesideYear {
  year: number;
  /** The quota assigned to the units in the target's scope (its metric). */
  assigned: number;
  /** Units in scope with a quota, and of them (or with positions) those whose job positions are known. */
  units: number;
  withPositions: number;
  /** The quota assigned to the units with positions, and what their positions counted in the quota justify. */
  coveredAssigned: number;
  justified: number;
  /** Over the units with positions: the quota above what they justify (and in how many units), and below. */
  above: number;
  aboveUnits: number;
  below: number;
  belowUnits: number;
}

export interface QuotaBesideNote {
  /** `metAbove`: the target is met, yet quotas stay above what positions justify; `below`: quotas below what positions need. */
  kind: 'metAbove' | 'below';
  workforce: Workforce;
  count: number;
  units: number;
  severity: 'warning' | 'note';
  confidence: Confidence;
  /** The basis, cited only when it is not marked M (else null: "cần xác minh"). */
  citation: string | null;
}

export interface TargetPositions {
  byYear: QuotaBesideYear[];
  notes: QuotaBesideNote[];
}

/** What the units in scope's positions say beside their quota, one year, for the given workforces. */
export function quotaBesideYear(
  year: number,
  units: readonly Unit[],
  positions: ReadonlyMap<string, readonly Position[]>,
  scope: { workforces: readonly Workforce[]; communeExcluded: boolean },
): QuotaBesideYear & {
  byWorkforce: Map<
    Workforce,
    { above: number; aboveUnits: number; below: number; belowUnits: number; defaulted: number }
  >;
} {
  const out: QuotaBesideYear = {
    year,
    assigned: 0,
    units: 0,
    withPositions: 0,
    coveredAssigned: 0,
    justified: 0,
    above: 0,
    aboveUnits: 0,
    below: 0,
    belowUnits: 0,
  };
  const byWorkforce = new Map<
    Workforce,
    { above: number; aboveUnits: number; below: number; belowUnits: number; defaulted: number }
  >();
  for (const u of units) {
    if (scope.communeExcluded && u.level === 'commune') continue;
    for (const w of scope.workforces)
      out.assigned += w === 'civil-servant' ? u.civilServantQuota : u.publicEmployeeQuota;
    const workforce = workforceOf(u);
    if (!scope.workforces.includes(workforce)) continue;
    const quota = quotaOf(u);
    const list = positions.get(u.code) ?? [];
    if (quota === 0 && list.length === 0) continue;
    out.units++;
    if (list.length === 0) continue;
    const d = deriveUnit(u, list);
    const justified = d.civilServants + d.publicEmployees;
    out.withPositions++;
    out.coveredAssigned += quota;
    out.justified += justified;
    const w = byWorkforce.get(workforce) ?? { above: 0, aboveUnits: 0, below: 0, belowUnits: 0, defaulted: 0 };
    byWorkforce.set(workforce, w);
    w.defaulted += d.defaultedStaffing;
    if (quota > justified) {
      out.above += quota - justified;
      out.aboveUnits++;
      w.above += quota - justified;
      w.aboveUnits++;
    } else if (quota < justified) {
      out.below += justified - quota;
      out.belowUnits++;
      w.below += justified - quota;
      w.belowUnits++;
    }
  }
  return { ...out, byWorkforce };
}

/**
 * A quota target's positions, year by year, and its notes at the target year; null when the target
 * counts no quota, or no unit in its scope has positions in any year.
 */
export function targetPositions(
  target: {
    metric: string;
    communeStaff: 'included' | 'excluded';
    year: number;
    status: 'met' | 'not_met' | 'unknown';
  },
  years: ReadonlyArray<{ year: number; units: readonly Unit[]; positions: ReadonlyMap<string, readonly Position[]> }>,
): TargetPositions | null {
  const keys = target.metric.split('+');
  if (!keys.every((k) => QUOTA_METRICS[k])) return null;
  const scope = { workforces: keys.map((k) => QUOTA_METRICS[k]!), communeExcluded: target.communeStaff === 'excluded' };
  const judged = years.map((y) => quotaBesideYear(y.year, y.units, y.positions, scope));
  if (!judged.some((y) => y.withPositions > 0)) return null;
  const notes: QuotaBesideNote[] = [];
  const at = judged.find((y) => y.year === target.year);
  for (const [workforce, w] of at?.byWorkforce ?? []) {
    const basis = QUOTA_BASES[workforce].find((b) => inForce(b, `${target.year}-12-31`));
    if (!basis) continue;
    const confidence: Confidence = w.defaulted > 0 ? 'M' : basis.confidence;
    const said = {
      workforce,
      severity: confidence === 'M' ? ('note' as const) : ('warning' as const),
      confidence,
      citation: confidence === 'M' ? null : basis.citation,
    };
    if (target.status === 'met' && w.above > 0)
      notes.push({ kind: 'metAbove', count: w.above, units: w.aboveUnits, ...said });
    if (w.below > 0) notes.push({ kind: 'below', count: w.below, units: w.belowUnits, ...said });
  }
  return { byYear: judged.map(({ byWorkforce: _, ...y }) => y), notes };
}

/** One workforce's quota in a plan year beside its positions: as QuotaBesideYear, and the contract workers the same units' positions justify. */
export interface QuotaBesideWorkforce extends QuotaBesideYear {
  /** Sum of `needed` over the positions held by labour contract, in the units with positions. */
  contract: number;
  /** Positions whose staffing (quota or contract) is the class's default, a convention marked M: the figures are to verify. */
  defaulted: number;
}

/** A plan year's deputies beside the leadership positions: over the units whose positions name their head. */
export interface DeputiesBeside {
  /** Units with deputies recorded or with positions, and of them those whose positions list the head's position. */
  units: number;
  withHead: number;
  /** The deputies their positions plan ("Phó " + the head's title), and the deputies recorded on them. */
  planned: number;
  recorded: number;
}

/** A plan year's quotas beside its job positions (the Chỉ số tab, issue 21): civil servants and public employees apart, and the deputies. */
export interface MetricsPositionsYear {
  civilServants: QuotaBesideWorkforce;
  publicEmployees: QuotaBesideWorkforce;
  deputies: DeputiesBeside;
}

/** The deputies the units' leadership positions plan beside those recorded, over the units whose positions name their head. */
export function deputiesBeside(
  units: readonly Unit[],
  positions: ReadonlyMap<string, readonly Position[]>,
): DeputiesBeside {
  const out: DeputiesBeside = { units: 0, withHead: 0, planned: 0, recorded: 0 };
  for (const u of units) {
    const list = positions.get(u.code);
    if (u.deputies === 0 && !list?.length) continue;
    out.units++;
    const leadership = list?.length ? leadershipOf(list) : null;
    if (leadership?.deputies == null) continue;
    out.withHead++;
    out.planned += leadership.deputies;
    out.recorded += u.deputies;
  }
  return out;
}

/**
 * Each year's quotas beside what the plan's positions justify, for the plan's table of metrics: per
 * workforce, the quota assigned (the metric), the units with a quota and how many of them have
 * positions, their own quota and what their positions justify, and the contract workers. Null when
 * no year has positions (no empty rows beside the quota).
 */
export function metricsPositions(
  years: ReadonlyArray<{ year: number; units: readonly Unit[]; positions: ReadonlyMap<string, readonly Position[]> }>,
): MetricsPositionsYear[] | null {
  if (!years.some((y) => y.positions.size > 0)) return null;
  return years.map(({ year, units, positions }) => {
    const side = (workforce: Workforce): QuotaBesideWorkforce => {
      const { byWorkforce, ...judged } = quotaBesideYear(year, units, positions, {
        workforces: [workforce],
        communeExcluded: false,
      });
      const defaulted = byWorkforce.get(workforce)?.defaulted ?? 0;
      let contract = 0;
      for (const u of units) {
        const list = workforceOf(u) === workforce ? positions.get(u.code) : undefined;
        if (list) contract += deriveUnit(u, list).contract;
      }
      return { ...judged, contract, defaulted };
    };
    return {
      civilServants: side('civil-servant'),
      publicEmployees: side('public-employee'),
      deputies: deputiesBeside(units, positions),
    };
  });
}
