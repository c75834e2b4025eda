/**
 * What a simulation gives: each year's units, findings and counts, the operations' steps, the
 * targets, notices, exits and recruitments (shared/scenario/simulate.ts computes it; the operation
 * modules and the year end fill it in). Types only and the reasons' lists, so that the engine's
 * modules and the simulation can both import them without a cycle.
 */
import type { Unit } from '../model/unit.ts';
import type { Finding } from '../rules/findings.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import type { ProvinceClass } from '../model/workspace.ts';
import type { YearMetrics } from './metrics.ts';
import type { UnitAutonomy } from './autonomy.ts';
import { EXIT_REASONS } from './operations.ts';
import type { TargetResult } from './targets.ts';
import type { UnitFigures } from './figures.ts';
import type { Position, PositionLeft } from '../positions/model.ts';

export interface ProvinceIdentity {
  name: string;
  class?: ProvinceClass;
  shortName?: string;
}

/** Why people left the payroll: a dissolution without a receiving unit, or a roadmap exit. */
export const LEAVER_REASONS = ['dissolution', ...EXIT_REASONS] as const;
export type LeaverReason = (typeof LEAVER_REASONS)[number];
/**
 * People made surplus by the arrangement (dôi dư: dissolutions without a receiving unit, early
 * retirement, resignation, other exits) up to a year's end: natural retirements and transfers out
 * are leavers but not surplus.
 */
export const SURPLUS_REASONS: readonly LeaverReason[] = ['dissolution', 'early-retirement', 'resignation', 'other'];
export const surplusLeavers = (y: Pick<SimulationYear, 'leaversByReason'>) =>
  SURPLUS_REASONS.reduce((s, r) => s + y.leaversByReason[r], 0);

/** A roadmap exit as applied: its operation, the unit and counts, and its payout cost in đồng. */
export interface ExitRecord {
  index: number;
  year: number;
  unitCode: string;
  reason: (typeof EXIT_REASONS)[number];
  civilServants: number;
  publicEmployees: number;
  cost: number;
  /** Of its people, those paid under a policy whose payout could not be computed (no payout inputs or cost given): not free, "chưa tính". */
  uncosted: number;
  /** The job position the exit names (as the operation spells it), when it names one. */
  position?: string;
  /** The job positions they left (issue 21): named by the exit, or taken off in proportion where the positions held more people than remain. */
  positionsLeft?: PositionLeft[];
  /** Of its people holding quota positions, those not assigned to one (the unit has positions, the exit names none). */
  unassigned?: number;
}

/** A recruitment as applied. */
export interface RecruitRecord {
  index: number;
  year: number;
  unitCode: string;
  civilServants: number;
  publicEmployees: number;
}

export interface SimulationYear {
  year: number;
  /**
   * The units at the end of the year, in tree order: the baseline's own objects and the frozen
   * copies the operations made, each shared by all the years in which it did not change; never to
   * be modified (copy one to change it).
   */
  units: ReadonlyArray<Readonly<Unit>>;
  /** Decree 60 figures of the public service units that have them, at the end of the year. */
  autonomy: Map<string, UnitAutonomy>;
  /**
   * The findings at the end of the year, in tree order (as `evaluateFindings`), then the job-position
   * findings of the units that have positions (shared/positions/workspace-findings.ts); a rule finding that
   * stays the same from one year to the next is the same object in both.
   */
  findings: readonly Finding[];
  metrics: YearMetrics;
  /** People who left the payroll up to the end of this year (dissolutions without a receiving unit, roadmap exits). */
  leavers: number;
  /** The same, by reason. */
  leaversByReason: Record<LeaverReason, number>;
  /** People recruited up to the end of this year. */
  recruited: number;
  /** Payouts to the people who left up to the end of this year, in đồng. */
  payoutCost: number;
  /** People who left the state apparatus with a unit converted to an enterprise or self-financing. */
  converted: number;
  /** People who joined with the units of annexed provinces up to the end of this year. */
  annexed: number;
  /** The province's identity in force at the end of the year as the plan set it (setProvince); null: the workspace's own. */
  province: ProvinceIdentity | null;
  /** The units' job positions at the end of the year, by code (units without positions absent). */
  positions: ReadonlyMap<string, readonly Position[]>;
}

/** What one operation did to the units it names: their figures (subtree totals and own row) just before and just after it. */
export interface OperationStep {
  index: number;
  units: Record<string, { before: UnitFigures | null; after: UnitFigures | null }>;
}

/**
 * The heads in post of a merge's units and of the merged unit: one head remains (when any unit had
 * one); the others are people to arrange (as deputies or in other posts: the officer's proposal).
 * `before` counts the heads entered; `unknown` names the units whose heads are not entered, in which
 * case `toArrange` is null (never guessed).
 */
export interface HeadsMerged {
  index: number;
  year: number;
  code: string;
  before: number;
  after: number | null;
  toArrange: number | null;
  unknown: string[];
}

export interface Simulation {
  years: SimulationYear[];
  /** Every operation as applied (in order): the units it names, before and after. */
  steps: OperationStep[];
  targets: TargetResult[];
  /**
   * What a merge leaves to decide: more deputies than the rules allow (and the year by which to
   * comply), a lower autonomy group than a merged unit had, a state-paid quota above the sum.
   */
  notices: Array<{ year: number; unitCode: string; key: MessageKey; params: MessageParams }>;
  /** The job positions a merge (or a dissolution into a receiver) added together, by year and unit, for the officer to reduce. */
  positionsAdded: Array<{ year: number; unitCode: string; names: string[] }>;
  /** What each merge did to the heads in post (one remains, the others to arrange), in the order applied. */
  heads: HeadsMerged[];
  /** The roadmap's exits and recruitments, in the order applied. */
  exits: ExitRecord[];
  recruits: RecruitRecord[];
}
