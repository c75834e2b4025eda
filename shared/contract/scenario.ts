/** scenario.*: stored plans (their operations and target sets), simulated year by year, with their roadmap, changes, suggestions and annexed provinces. */
import { z } from 'zod';
import { HEADCOUNT_FIELDS, LEVELS, UNIT_KINDS, UnitSchema, codeSchema } from '../model/unit.ts';
import { PROVINCE_CLASSES } from '../model/workspace.ts';
import type { YearDetail } from '../scenario/unit-counts.ts';
import { ScenarioFileSchema, scenarioNameSchema } from '../scenario/exchange.ts';
import type { TargetResult } from '../scenario/targets.ts';
import { METRIC_KEYS } from '../scenario/metrics.ts';
import { FIGURE_FIELDS } from '../scenario/figures.ts';
import {
  CutScopeSchema,
  OperationSchema,
  codePrefixSchema,
  yearSchema,
  type Operation,
} from '../scenario/operations.ts';
import type { SameNameMerge } from '../scenario/annex.ts';
import { COMMUNE_TYPES, type CommunePreview } from '../import/communes.ts';
import { DIFF_FIELDS, type UnitChange } from '../scenario/diff.ts';
import type { OperationReport } from '../scenario/operation-report.ts';
import type { WholeFigures } from '../scenario/figures.ts';
import type { OperationStep } from '../scenario/simulate.ts';
import type { MergeSuggestion } from '../scenario/suggest.ts';
import type { SimulatedYear } from '../scenario/compare.ts';
import type { Roadmap } from '../scenario/roadmap.ts';
import { SKIP_REASONS, type FillChange, type Skipped } from '../scenario/people-exits.ts';
import { EXIT_REASONS } from '../scenario/operations.ts';
import { WORKFORCES } from '../positions/classes.ts';
import type { MetricsPositionsYear } from '../positions/quota-beside.ts';
import {
  download,
  filePath,
  isoDateSchema,
  messageKeySchema,
  messageParamsSchema,
  noArgs,
  planName,
  rowVersion,
  saidMessage,
  upload,
  yearArg,
} from './common.ts';
import { confidenceSchema } from './findings.ts';

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
const fieldValue = z.union([z.string(), z.number(), z.null()]);
const unitChange = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(['added', 'removed', 'changed']),
  fields: z.array(z.object({ field: z.enum(DIFF_FIELDS), before: fieldValue, after: fieldValue })),
}) satisfies z.ZodType<UnitChange>;
const beforeAfter = z.object({ before: z.number().nullable(), after: z.number().nullable() });
const wholeFigures: z.ZodType<WholeFigures> = z.object({ quota: beforeAfter, staff: beforeAfter });
const sameNameMerge: z.ZodType<SameNameMerge> = z.object({
  home: z.string(),
  homeName: z.string(),
  annexed: z.string(),
  annexedName: z.string(),
});
const AnnexPreviewSchema: z.ZodType<AnnexPreview> = z.object({
  province: z.string(),
  units: z.number(),
  staff: z.number(),
  clashes: z.array(z.string()),
  merges: z.array(sameNameMerge),
});
const mergeSuggestion = z.object({
  units: z.tuple([z.string(), z.string()]),
  into: z.string(),
  sector: z.string(),
  parentCode: z.string().nullable(),
  sameParent: z.boolean(),
  size: z.number(),
  belowMinimum: z.boolean(),
  reason: z.object({ key: messageKeySchema, params: messageParamsSchema }),
  names: z.tuple([z.string(), z.string()]),
}) satisfies z.ZodType<MergeSuggestion & { names: [string, string] }>;
const exitCounts = z.object({ civilServants: z.number(), publicEmployees: z.number(), cost: z.number() });
const fillChange: z.ZodType<FillChange & { unitName: string }> = z.object({
  unit: z.string(),
  year: z.number(),
  reason: z.enum(EXIT_REASONS),
  before: exitCounts,
  after: exitCounts,
  unitName: z.string(),
});
const numbers = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);
const simulatedYear = numbers(METRIC_KEYS).extend({
  year: z.number(),
  leavers: z.number(),
  surplusLeavers: z.number(),
  converted: z.number(),
  recruited: z.number(),
  payoutCost: z.number(),
  payoutUncosted: z.number(),
}) satisfies z.ZodType<SimulatedYear>;
/** A year's units by level and kind, and the province in force at its end (after a setProvince). */
const yearDetail = z.object({
  byLevel: numbers(LEVELS),
  byKind: numbers(UNIT_KINDS),
  province: z.object({
    name: z.string(),
    class: z.enum(PROVINCE_CLASSES).optional(),
    shortName: z.string().optional(),
  }),
}) satisfies z.ZodType<YearDetail>;
const QUOTA_BESIDE_FIELDS = [
  'year',
  'assigned',
  'units',
  'withPositions',
  'coveredAssigned',
  'justified',
  'above',
  'aboveUnits',
  'below',
  'belowUnits',
] as const;
/** A plan year's quotas beside its job positions (shared/positions/quota-beside.ts `metricsPositions`). */
const quotaBesideWorkforce = numbers([...QUOTA_BESIDE_FIELDS, 'contract', 'defaulted']);
const metricsPositionsYear: z.ZodType<MetricsPositionsYear> = z.object({
  civilServants: quotaBesideWorkforce,
  publicEmployees: quotaBesideWorkforce,
  deputies: numbers(['units', 'withHead', 'planned', 'recorded']),
});
const targetResult: z.ZodType<TargetResult> = z.object({
  id: z.string(),
  title: z.string(),
  citation: z.string(),
  kind: z.enum(['reduction', 'share', 'not_above']),
  metric: z.string(),
  communeStaff: z.enum(['included', 'excluded']),
  scopeNote: z.string().optional(),
  baseYear: z.number(),
  year: z.number(),
  baseline: z.number().nullable(),
  value: z.number().nullable(),
  requiredPct: z.number(),
  achievedPct: z.number().nullable(),
  met: z.boolean().nullable(),
  status: z.enum(['met', 'not_met', 'unknown']),
  missing: z.array(
    z.object({ field: z.enum([...METRIC_KEYS, 'autonomyFigures']), year: z.number(), count: z.number().optional() }),
  ),
  gap: z.number().nullable(),
  allowed: z.number().nullable(),
  positions: z
    .object({
      byYear: z.array(numbers(QUOTA_BESIDE_FIELDS)),
      notes: z.array(
        z.object({
          kind: z.enum(['metAbove', 'below']),
          workforce: z.enum(WORKFORCES),
          count: z.number(),
          units: z.number(),
          severity: z.enum(['warning', 'note']),
          confidence: confidenceSchema,
          citation: z.string().nullable(),
        }),
      ),
    })
    .optional(),
});
const OPERATION_TYPES = new Set<string>(OperationSchema.options.map((o) => o.in.shape.type.value));
const figures = numbers(FIGURE_FIELDS);
const operationReport: z.ZodType<OperationReport> = z.object({
  index: z.number(),
  date: z.string(),
  type: z.custom<Operation['type']>((v) => typeof v === 'string' && OPERATION_TYPES.has(v)),
  description: z.string(),
  units: z.record(z.string(), z.object({ name: z.string(), before: figures.nullable(), after: figures.nullable() })),
});
const presentedFinding = z.object({
  year: z.number(),
  unitCode: z.string(),
  rule: z.string(),
  severity: z.string(),
  ruleSet: z.string(),
  citation: z.string(),
  confidence: confidenceSchema,
  ...saidMessage,
});
const SimulationResultSchema = z.object({
  /** `positions`: the year's quotas beside the plan's job positions, only when some year has positions. */
  years: z.array(simulatedYear.extend(yearDetail.shape).extend({ positions: metricsPositionsYear.optional() })),
  targets: z.array(targetResult),
  findings: z.array(presentedFinding),
  notices: z.array(z.object({ year: z.number(), unitCode: z.string(), unit: z.string(), ...saidMessage })),
  /** Each operation with the units it touches before and after it, as subtree totals. */
  operations: z.array(operationReport),
});
const exitsByReason = z.record(z.enum(EXIT_REASONS), z.number());
const RoadmapSchema: z.ZodType<Roadmap> = z.object({
  years: z.array(
    numbers([
      'year',
      'exitsTotal',
      'recruits',
      'surplus',
      'covered',
      'remaining',
      'cost',
      'uncosted',
      'cumulativeReduction',
      'cumulativeCost',
    ]).extend({ exits: exitsByReason }),
  ),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      category: z.enum(['civilServants', 'publicEmployees']),
      cells: z.record(
        z.string(),
        numbers(['surplus', 'covered', 'remaining', 'cost']).extend({
          exists: z.boolean(),
          exits: exitsByReason,
          positionsLeft: z.array(z.object({ name: z.string(), count: z.number(), estimated: z.boolean() })).optional(),
          unassigned: z.number().optional(),
          paid: z.number().optional(),
          uncosted: z.number().optional(),
          byPosition: z.array(z.object({ position: z.string(), exits: exitsByReason })).optional(),
        }),
      ),
      cost: z.number(),
    }),
  ),
  totalCost: z.number(),
});
const rollup = numbers([...HEADCOUNT_FIELDS, 'totalPeople', 'unitCount']);
const unitFigures = z.object({ total: rollup, own: rollup, subordinates: z.number() });
const stepFigures: z.ZodType<OperationStep['units']> = z.record(
  z.string(),
  z.object({ before: unitFigures.nullable(), after: unitFigures.nullable() }),
);
const PreviewSchema = z.object({
  year: z.number(),
  totals: stepFigures,
  autonomy: z.object({ before: z.record(z.string(), z.string()), after: z.record(z.string(), z.string()) }),
  /** `label`: the name, with the parent's where it repeats. */
  diff: z.array(unitChange.extend({ label: z.string() })),
  units: z.array(UnitSchema),
  findings: z.array(z.object({ unitCode: z.string(), severity: z.string(), ...saidMessage })),
  notices: z.array(z.object({ unitCode: z.string(), ...saidMessage })),
});
const skipped: z.ZodType<Skipped> = z.record(z.enum(SKIP_REASONS), z.number());
const versioned = z.object({ name: z.string(), version: z.string() });
/** A command's version: required (an edit by index means nothing without the list it counts in). */
const planVersion = z.string().min(1).max(64);
const operationIndex = z.number().int().min(0).max(100_000);

export const scenarioChannels = {
  'scenario.simulate': {
    args: z.object({ scenario: ScenarioFileSchema }).strict(),
    result: SimulationResultSchema,
  },
  /** A stored plan's `scenario.simulate`, by its name (its operations neither sent nor checked again): one per plan version. */
  /** What the plan page shows of a stored plan: `scenario.simulate` without its findings and operations (`scenario.unitDetail`). */
  'scenario.metrics': {
    args: z.object({ name: planName }).strict(),
    result: SimulationResultSchema.omit({ findings: true, operations: true }),
  },
  /** A unit of a stored plan as `scenario.simulate` has it: its findings at the end of a year, the operations touching it. */
  'scenario.unitDetail': {
    args: z.object({ name: planName, year: yearArg, unit: codeSchema }).strict(),
    result: z.object({ findings: z.array(presentedFinding), operations: z.array(operationReport) }),
  },
  'scenario.import': { args: z.object({ scenario: ScenarioFileSchema }).strict(), result: named },
  /** The plans shipped with the samples that apply to the open workspace (shared/sample/sample-plans.ts). */
  'scenario.samplePlans': { args: noArgs, result: z.array(z.object({ id: z.string(), name: z.string() })) },
  'scenario.importSample': { args: z.object({ id: z.string().max(60) }).strict(), result: named },
  'scenario.list': {
    args: noArgs,
    result: z.array(z.object({ name: z.string(), locked: z.boolean(), operations: z.number(), updatedAt: z.string() })),
  },
  // version (delete, rename, lock): the plan's as read; refused if someone changed it since, so nobody deletes or locks what they have not seen.
  'scenario.delete': { args: z.object({ name: planName, version: rowVersion }).strict(), result: named },
  'scenario.duplicate': { args: z.object({ name: planName, newName: scenarioNameSchema }).strict(), result: named },
  'scenario.rename': {
    args: z.object({ name: planName, newName: scenarioNameSchema, version: rowVersion }).strict(),
    result: named,
  },
  'scenario.lock': {
    args: z.object({ name: planName, locked: z.boolean(), version: rowVersion }).strict(),
    result: named,
  },
  'scenario.export': { args: z.object({ name: planName }).strict(), result: download },
  'scenario.create': { args: z.object({ name: scenarioNameSchema }).strict(), result: named },
  // version: the plan's as read (scenario.open); refused if someone changed the plan since.
  'scenario.setOperations': {
    args: z.object({ name: planName, operations: z.array(OperationSchema), version: rowVersion }).strict(),
    result: versioned,
  },
  /*
   * Plan edits as commands (shared/scenario/plan-commands.ts): `version` (required) is the plan's as
   * the client read it, whose operations `index`, `from` and `to` count (from 0); refused with
   * err.planChanged if the plan changed since (another person, another window), with
   * err.operationIndex outside the list; checked by simulating the plan, as setOperations.
   */
  'scenario.addOperation': {
    args: z
      .object({ name: planName, version: planVersion, operation: OperationSchema, index: operationIndex.optional() })
      .strict(),
    result: versioned,
  },
  'scenario.changeOperation': {
    args: z
      .object({ name: planName, version: planVersion, index: operationIndex, operation: OperationSchema })
      .strict(),
    result: versioned,
  },
  'scenario.removeOperation': {
    args: z.object({ name: planName, version: planVersion, index: operationIndex }).strict(),
    result: versioned,
  },
  'scenario.moveOperation': {
    args: z.object({ name: planName, version: planVersion, from: operationIndex, to: operationIndex }).strict(),
    result: versioned,
  },
  /** The staff-reduction roadmap of a plan; `units`: codes to show as rows even without a surplus or exits. */
  'scenario.roadmap': {
    args: z.object({ name: planName, units: z.array(codeSchema).max(500).optional() }).strict(),
    result: RoadmapSchema,
  },
  'scenario.diff': {
    args: z.object({ name: planName, year: yearArg }).strict(),
    /** `label`: the name, with the parent's where it repeats; `whole`: a unit with units under it, all of it before and after. */
    result: z.object({
      year: z.number(),
      diff: z.array(unitChange.extend({ label: z.string(), whole: wholeFigures.nullable() })),
    }),
  },
  /** The baseline and the plan's units at the end of a year (the horizon's past it), for the scenario chart. */
  'scenario.state': {
    args: z.object({ name: planName, year: yearArg }).strict(),
    /** `justified`: by unit code, the quota the year's job positions justify (units with positions only). */
    result: z.object({
      year: z.number(),
      baseline: z.array(UnitSchema),
      units: z.array(UnitSchema),
      justified: z.record(z.string(), z.number()),
    }),
  },
  'scenario.preview': {
    args: z.object({ name: planName, operation: OperationSchema }).strict(),
    /** `units`: the units the operation names as they are at the end of its year, with it applied; `totals`: just before and just after it (subtree totals, own row). */
    result: PreviewSchema,
  },
  'scenario.setTargetSets': {
    args: z
      .object({ name: planName, targetSets: z.array(z.string().min(1).max(100)).max(50), version: rowVersion })
      .strict(),
    result: versioned,
  },
  'scenario.suggest': {
    args: z.object({ name: planName, year: yearArg }).strict(),
    result: z.object({
      suggestions: z.array(mergeSuggestion),
      gap: z.object({ id: z.string(), title: z.string(), year: z.number(), gap: z.number() }).nullable(),
    }),
  },
  /**
   * "Gợi ý cắt giảm": the cutQuotas operation (in `year`, default the target's) with the smallest whole
   * percent that closes a quota target's gap in the scope, found by simulating the plan with it; null
   * when even 100% in that scope does not. Nothing is written: the client previews and adds it.
   */
  'scenario.suggestCut': {
    args: z
      .object({
        name: planName,
        target: z.string().min(1).max(100),
        year: yearArg.optional(),
        scope: CutScopeSchema.optional(),
      })
      .strict(),
    result: z.object({
      target: z.object({ id: z.string(), title: z.string(), year: z.number(), gap: z.number() }),
      operation: OperationSchema.nullable(),
      /** The gap left by a cut one percent smaller (null when the percent is 1 or nothing closes it). */
      gapAtLess: z.number().nullable(),
    }),
  },
  'scenario.annexPreview': { args: z.object(annexArgs).strict(), result: AnnexPreviewSchema },
  'scenario.annex': {
    args: z.object({ ...annexArgs, mergeSameNames: z.boolean().optional() }).strict(),
    result: z.object({
      name: z.string(),
      added: z.array(OperationSchema),
      merges: z.array(sameNameMerge),
    }) satisfies z.ZodType<{ name: string; added: Operation[]; merges: SameNameMerge[] }>,
  },
  /**
   * A resolution's commune table (new code, name, type, old codes) as one merge per row on `date`,
   * checked against the plan on that day; any bad row refuses the whole file (err.importInvalid, row by row).
   */
  'scenario.communes': {
    args: z
      .object({ name: planName, ...upload, date: isoDateSchema, version: rowVersion, preview: z.boolean().optional() })
      .strict(),
    result: z.object({
      name: z.string(),
      version: z.string(),
      /** False for a preview: nothing was written and `added` is what confirming would add. */
      applied: z.boolean(),
      added: z.array(OperationSchema),
      merges: z.array(
        z.object({
          row: z.number(),
          code: z.string(),
          name: z.string(),
          type: z.enum(COMMUNE_TYPES),
          olds: z.array(z.object({ code: z.string(), name: z.string() })),
          totals: z.object({
            civilServantQuota: z.number(),
            civilServantActual: z.number(),
            publicEmployeeQuota: z.number(),
            publicEmployeeActual: z.number(),
            people: z.number(),
          }),
        }) satisfies z.ZodType<CommunePreview>,
      ),
      skipped: z.array(
        z.object({ row: z.number(), reason: z.enum(['heading', 'subtotal', 'column-numbers']), text: z.string() }),
      ),
    }),
  },
  /** The commune table's template (.xlsx): the headers the reader accepts, one example row, a guide sheet. */
  'scenario.communesTemplate': { args: noArgs, result: download },
  'scenario.get': { args: z.object({ name: planName }).strict(), result: ScenarioFileSchema },
  /**
   * The plan with its version, for a client that will change it (two people editing one plan: the
   * second is refused); today (ISO, the back end's clock): the plan form's default year follows it.
   */
  'scenario.open': {
    args: z.object({ name: planName }).strict(),
    result: z.object({ scenario: ScenarioFileSchema, version: z.string(), today: isoDateSchema }),
  },
  /**
   * Brings the personnel list into a plan as staffExit operations: natural retirements in each year
   * of the plan, or the proposed people with their exact payouts. Without `apply`, what it would
   * write (counts only); with it, written (checked by simulating the plan).
   */
  'scenario.fromPeople': {
    args: z.object({ name: planName, source: z.enum(['retirements', 'proposals']), apply: z.boolean() }).strict(),
    result: z.object({ exits: z.array(fillChange), skipped, people: z.number(), applied: z.boolean() }),
  },
} as const;
