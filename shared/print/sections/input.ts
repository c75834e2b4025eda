/**
 * What the đề án's content sections read of a proposal's input (ProposalInput has these fields):
 * declared apart so that the sections do not import proposal.ts, which wires them.
 */
import type { Unit } from '../../model/unit.ts';
import type { Finding } from '../../rules/findings.ts';
import type { RuleSet } from '../../rules/rule-sets.ts';
import type { AttritionPerson } from '../../people/attrition.ts';
import type { UnitAutonomy } from '../../scenario/autonomy.ts';
import type { Operation } from '../../scenario/operations.ts';
import type { Simulation } from '../../scenario/simulation.ts';
import type { ProposalSettings } from '../settings.ts';

export interface SectionInput {
  settings: ProposalSettings;
  baseline: readonly Unit[];
  operations: readonly Operation[];
  simulation: Simulation;
  ruleSet: RuleSet;
  /** The year the baseline describes; none: the simulation's first year. */
  dataYear?: number;
  /** The personnel list (no names): sex, birth month, category, unit. None: no list in the workspace. */
  people?: readonly AttritionPerson[];
  /** Decree 60 figures of the baseline's public service units (by code). */
  autonomy?: ReadonlyMap<string, UnitAutonomy>;
  /** The baseline judged by the rules in force at the base date (the end of `dataYear`). */
  baseFindings?: readonly Finding[];
}

/** The base year of the figures. */
export const baseYearOf = (input: Pick<SectionInput, 'dataYear' | 'simulation'>) =>
  input.dataYear ?? input.simulation.years[0]!.year;
