/** scenario.*: stored plans (their operations and target sets), simulated year by year, with their roadmap, changes, suggestions and annexed provinces. */
import { z } from 'zod';
import { UnitSchema, codeSchema } from '../model/unit.ts';
import { ScenarioFileSchema, scenarioNameSchema } from '../scenario/exchange.ts';
import type { TargetResult } from '../scenario/targets.ts';
import { OperationSchema, codePrefixSchema, yearSchema, type Operation } from '../scenario/operations.ts';
import type { SameNameMerge } from '../scenario/annex.ts';
import type { UnitChange } from '../scenario/diff.ts';
import type { OperationReport } from '../scenario/operation-report.ts';
import type { WholeFigures } from '../scenario/figures.ts';
import type { OperationStep } from '../scenario/simulate.ts';
import type { MergeSuggestion } from '../scenario/suggest.ts';
import type { SimulatedYear } from '../scenario/compare.ts';
import type { Roadmap } from '../scenario/roadmap.ts';
import type { FillChange, Skipped } from '../scenario/people-exits.ts';
import { download, filePath, noArgs, planName, rowVersion, yearArg, type SaidMessage } from './common.ts';

/** Another province's workspace joining a stored plan in a year: where its roots go, and the prefix of its codes. */
const annexArgs = {
  name: planName,
  file: filePath,
  year: yearSchema,
  parentCode: codeSchema.nullable(),
  codePrefix: codePrefixSchema.optional(),
};

export interface AnnexPreview {
  province: string;
  units: number;
  /** People in the annexed units. */
  staff: number;
  /** Codes (with the prefix) already used in the plan in that year. */
  clashes: string[];
  /** Same-name departments that would be proposed for merging (none while codes clash). */
  merges: SameNameMerge[];
}

const named = z.object({ name: z.string() });
const versioned = z.object({ name: z.string(), version: z.string() });

export const scenarioChannels = {
  'scenario.simulate': {
    args: z.object({ scenario: ScenarioFileSchema }).strict(),
    result: z.custom<{
      years: SimulatedYear[];
      targets: TargetResult[];
      findings: Array<{ year: number; unitCode: string; rule: string; severity: string; ruleSet: string; citation: string; confidence: string } & SaidMessage>;
      notices: Array<{ year: number; unitCode: string; unit: string } & SaidMessage>;
      /** Each operation with the units it touches before and after it, as subtree totals. */
      operations: OperationReport[];
    }>(),
  },
  'scenario.import': { args: z.object({ scenario: ScenarioFileSchema }).strict(), result: named },
  'scenario.list': { args: noArgs, result: z.array(z.object({ name: z.string(), locked: z.boolean(), operations: z.number(), updatedAt: z.string() })) },
  'scenario.delete': { args: z.object({ name: planName }).strict(), result: named },
  'scenario.duplicate': { args: z.object({ name: planName, newName: scenarioNameSchema }).strict(), result: named },
  'scenario.rename': { args: z.object({ name: planName, newName: scenarioNameSchema }).strict(), result: named },
  'scenario.lock': { args: z.object({ name: planName, locked: z.boolean() }).strict(), result: named },
  'scenario.export': { args: z.object({ name: planName }).strict(), result: download },
  'scenario.create': { args: z.object({ name: scenarioNameSchema }).strict(), result: named },
  // version: the plan's as read (scenario.open); refused if someone changed the plan since.
  'scenario.setOperations': { args: z.object({ name: planName, operations: z.array(OperationSchema), version: rowVersion }).strict(), result: versioned },
  /** The staff-reduction roadmap of a plan; `units`: codes to show as rows even without a surplus or exits. */
  'scenario.roadmap': {
    args: z.object({ name: planName, units: z.array(codeSchema).max(500).optional() }).strict(),
    result: z.custom<Roadmap>(),
  },
  'scenario.changes': {
    args: z.object({ name: planName, year: yearArg }).strict(),
    /** `label`: the name, with the parent's where it repeats; `whole`: a unit with units under it, all of it before and after. */
    result: z.custom<{ year: number; changes: Array<UnitChange & { label: string; whole: WholeFigures | null }> }>(),
  },
  /** The baseline and the plan's units at the end of a year (the horizon's past it), for the scenario chart. */
  'scenario.state': {
    args: z.object({ name: planName, year: yearArg }).strict(),
    result: z.object({ year: z.number(), baseline: z.array(UnitSchema), units: z.array(UnitSchema) }),
  },
  'scenario.preview': {
    args: z.object({ name: planName, operation: OperationSchema }).strict(),
    /** `units`: the units the operation names as they are at the end of its year, with it applied; `figures`: just before and just after it (subtree totals, own row). */
    result: z.custom<{ year: number; figures: OperationStep['units']; autonomy: { before: Record<string, string>; after: Record<string, string> }; changes: UnitChange[]; units: z.output<typeof UnitSchema>[]; findings: Array<{ unitCode: string; severity: string } & SaidMessage>; notices: Array<{ unitCode: string } & SaidMessage> }>(),
  },
  'scenario.setTargetSets': { args: z.object({ name: planName, targetSets: z.array(z.string().min(1).max(100)).max(50), version: rowVersion }).strict(), result: versioned },
  'scenario.suggest': {
    args: z.object({ name: planName, year: yearArg }).strict(),
    result: z.custom<{ suggestions: Array<MergeSuggestion & { names: [string, string] }>; gap: { id: string; title: string; year: number; gap: number } | null }>(),
  },
  'scenario.annexPreview': { args: z.object(annexArgs).strict(), result: z.custom<AnnexPreview>() },
  'scenario.annex': {
    args: z.object({ ...annexArgs, mergeSameNames: z.boolean().optional() }).strict(),
    result: z.custom<{ name: string; added: Operation[]; merges: SameNameMerge[] }>(),
  },
  'scenario.get': { args: z.object({ name: planName }).strict(), result: ScenarioFileSchema },
  /** The plan with its version, for a client that will change it (two people editing one plan: the second is refused). */
  'scenario.open': { args: z.object({ name: planName }).strict(), result: z.object({ scenario: ScenarioFileSchema, version: z.string() }) },
  /**
   * Brings the personnel list into a plan as staffExit operations: natural retirements in each year
   * of the plan, or the proposed people with their exact payouts. Without `apply`, what it would
   * write (counts only); with it, written (checked by simulating the plan).
   */
  'scenario.fromPeople': {
    args: z.object({ name: planName, source: z.enum(['retirements', 'proposals']), apply: z.boolean() }).strict(),
    result: z.custom<{ changes: Array<FillChange & { unitName: string }>; skipped: Skipped; people: number; applied: boolean }>(),
  },
} as const;
