/**
 * The one typed contract between the UI and the back end: channel name → zod schemas of its
 * arguments and result. Electron IPC, HTTP (browser mode) and the CLI all serve the same handler
 * table that implements it; arguments are validated here, at the boundary, by every transport.
 */
import type { UnitChanges } from './unit-changes.ts';
import { z } from 'zod';
import { LEVELS, SECTORS, UNIT_KINDS, UnitPatchSchema, UnitSchema, codeSchema, nameSchema } from './model/unit.ts';
import type { EditLabel } from './edits/edit.ts';
import { WorkspaceInfoSchema } from './model/workspace.ts';
import { BackupsInfoSchema, RetentionSchema } from './model/backup-retention.ts';
import { SerializedErrorSchema } from './errors.ts';
import { ImportMappingSchema } from './import/mapping.ts';
import type { Cell } from './import/table.ts';
import type { ReadResult, SkippedRow } from './import/read-units.ts';
import type { UnitsDiff } from './import/diff.ts';
import type { Unit } from './model/unit.ts';
import { PROVINCE_CLASSES, type ProvinceClass } from './model/workspace.ts';
import { PARAMETER_IDS, isIsoDate, type Parameter } from './rules/rule-sets.ts';
import type { Finding } from './rules/findings.ts';
import { AMOUNT_UNITS, type AmountUnit, type FinanceRow } from './autonomy/view.ts';
import { DECIMAL_MARKS } from './import/numbers.ts';
import type { BandCheck, GroupKey, UpgradeCheck } from './autonomy/summary.ts';
import type { Demotion } from './autonomy/demotions.ts';
import { ScenarioFileSchema, scenarioNameSchema } from './scenario/exchange.ts';
import { TargetSetSchema } from './scenario/target-sets.ts';
import { BaselineSchema, type YearBaseline } from './scenario/baselines.ts';
import type { TargetResult, TargetSet } from './scenario/targets.ts';
import { OperationSchema, codePrefixSchema, yearSchema, type Operation } from './scenario/operations.ts';
import type { SameNameMerge } from './scenario/annex.ts';
import type { UnitChange } from './scenario/diff.ts';
import type { OperationReport } from './scenario/operation-report.ts';
import type { WholeFigures } from './scenario/figures.ts';
import type { OperationStep } from './scenario/simulate.ts';
import type { MessageKey, MessageParams } from './i18n/index.ts';

/** A message as its key and parameters (said in the UI's language) and in Vietnamese (for the CLI). */
type SaidMessage = { key: MessageKey; params: MessageParams; message: string };
import type { MergeSuggestion } from './scenario/suggest.ts';
import type { SimulatedYear } from './scenario/compare.ts';
import type { YearDetail } from './scenario/unit-counts.ts';
import { DOC_TYPES, ProposalSettingsSchema, type ProposalSettings, type SectionKey } from './print/settings.ts';

/** A scenario's printed proposal as the editor shows it: the settings, each section's text and its template, and the HTML to preview. */
export interface ProposalView {
  settings: ProposalSettings;
  /** The sections this document type prints, in order. */
  sectionKeys: SectionKey[];
  /** Each section's text: saved, else its template with the scenario's numbers. */
  sections: Record<SectionKey, string>;
  templates: Record<SectionKey, string>;
  html: string;
}
const printArgs = { name: z.string().min(1).max(200), type: z.enum(DOC_TYPES) };
import type { BaseSalaryView, PersonRow, RetirementsView } from './people/view.ts';
import type { Roadmap } from './scenario/roadmap.ts';
import { ProposalInputSchema, type ProposalResult, type ProposalTotal } from './people/proposals.ts';
import type { FillChange, Skipped } from './scenario/people-exits.ts';
import { MAX_UPLOAD_BASE64, MAX_UPLOAD_MB } from './import/limits.ts';

/** A recorded pin of a rule set (null: unpinned, judged by the set in force on each date), with who, when, why. */
export interface RuleSetPin {
  id: number;
  ruleSetId: string | null;
  reason: string;
  changedBy: string;
  changedAt: string;
}

/** A recorded change of a rule parameter (who, when, why). */
export interface ParameterChange {
  id: number;
  ruleSetId: string;
  parameter: string;
  value: number | null;
  reason: string;
  changedBy: string;
  changedAt: string;
}

/** A plan's or figure row's version as the client read it (db/row-versions.ts). */
const rowVersion = z.string().max(64).optional();
const noArgs = z.object({}).strict();

/** A file sent by the UI (browser upload or Electron dialog), as base64. */
const upload = {
  fileName: z.string().min(1).max(260),
  data: z.base64().refine((d) => d.length <= MAX_UPLOAD_BASE64, { error: 'err.uploadTooLarge', params: { mb: MAX_UPLOAD_MB } }),
};
const importArgs = z
  .object({ ...upload, mapping: ImportMappingSchema, mode: z.enum(['replace', 'update']).nullable() })
  .strict();
const download = z.object({ fileName: z.string(), data: z.string() });
/**
 * A workspace file path on the machine running the back end, as typed: never trimmed here (a
 * trailing space is refused with a message by db/safe-path.ts, not silently changed).
 */
const filePath = z.string({ error: 'err.filePath' }).min(1, { error: 'err.filePath' }).max(1000, { error: 'err.filePath' });
/** Write over an existing file: set only after the person confirmed replacing it. */
const replace = z.boolean().optional();

export interface ImportInspection {
  sheets: Array<{ name: string; rowCount: number }>;
  /** The first rows of the chosen sheet, for the mapping step. */
  preview: Cell[][];
  mapping: z.output<typeof ImportMappingSchema>;
  /** Column labels under the mapping's header row(s). */
  labels: string[];
  remembered: boolean;
  /** Columns whose numbers, read as counts, all read two ways ("1.000"): their decimal mark is asked. */
  ambiguous: Array<{ index: number; row: number; value: string }>;
}

export interface HistoryView {
  entries: Array<{ id: number; label: EditLabel; done: boolean; user: string; at: string }>;
  canUndo: boolean;
  canRedo: boolean;
}
/** What every tree edit returns: the whole tree after it, and the history. */
/**
 * The units after a tree edit: the whole list, or (asked for with `changesOnly`, and when the back
 * end held the list from before the edit) only what changed (see shared/unit-changes.ts).
 */
export type TreeAfterEdit = { units: Unit[]; history: HistoryView } | { changes: UnitChanges; history: HistoryView };
const treeAfterEdit = z.custom<TreeAfterEdit>();
/** Asks a tree edit to answer with the changed units only (the UI holds the rest). */
const changesOnly = { changesOnly: z.boolean().optional() };
/** A day as YYYY-MM-DD that exists in the calendar. */
const isoDateSchema = z.string().refine(isIsoDate, { error: 'err.isoDate' });

export interface FinanceSummary {
  years: Array<{
    year: number;
    units: number;
    counts: Record<GroupKey, number>;
    sectors: Array<{ sector: string; counts: Record<GroupKey, number> }>;
    /** Direct state-budget support (Σ B − A), formatted, and as a number for charts. */
    support: string;
    supportValue: number;
    share12: number;
  }>;
  /** Groups 1–2 out of all PSUs in the target year (null when that year has no figures). */
  target: { year: number; percent: number; citation: string; share: number | null; met: boolean | null; count: number; psus: number; withFigures: number };
  /** The first 5-year stability period (Art. 35.1) from the first year with figures. */
  period: { from: number; to: number } | null;
  /** Art. 35.4, comparing the period's first year with the first year after it, when both have figures. */
  check: (Omit<UpgradeCheck, 'bands'> & { bands: Array<Omit<BandCheck, 'supportFrom' | 'supportTo' | 'supportAllowed'> & { supportFrom: string; supportTo: string; supportAllowed: string }> }) | null;
  /** Art. 35.5: units of groups 1–2 found in group 3 or 4 in a later year (after any change of figures or group). */
  demotions: Array<Demotion & { name: string }>;
  /** The unit of every amount above: the years' common unit, else đồng. */
  amountUnit: AmountUnit;
}

export interface RulesView {
  /** Every set with the days it is in force (ISO, validTo null: still in force) and whether it is in force on `date`. */
  ruleSets: Array<{ id: string; title: string; titleEn: string; validFrom: string; validTo: string | null; inForce: boolean }>;
  /** Today (ISO): the day the workspace view is judged on. */
  date: string;
  /** The set the workspace is judged by today: the pinned one, else the one in force. */
  ruleSetId: string;
  /** The latest pin, when a set is pinned. */
  pinned: RuleSetPin | null;
  pins: RuleSetPin[];
  provinceClass: ProvinceClass;
  parameters: Array<Parameter & { inForce: number; default: number; overridden: boolean }>;
  changes: ParameterChange[];
}

/** Another province's workspace joining a stored plan in a year: where its roots go, and the prefix of its codes. */
const annexArgs = {
  name: z.string().min(1).max(200),
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

export interface ImportPreview extends ReadResult {
  diff: UnitsDiff;
  workspaceUnitCount: number;
}

/** The views of the workbench (tabs of the middle pane). */
export const VIEWS = ['grid', 'chart', 'finance', 'scenarios', 'people'] as const;
/** Where the user was in a workspace: restored after a restart or a crash. */
export const UiStateSchema = z
  .object({ view: z.enum(VIEWS).optional(), scenario: z.string().max(200).nullable().optional(), unit: z.string().max(100).nullable().optional() })
  .strict();
export type UiState = z.output<typeof UiStateSchema>;

export const contract = {
  'workspace.info': { args: noArgs, result: WorkspaceInfoSchema },
  'ui.state.get': { args: noArgs, result: UiStateSchema },
  'ui.state.set': { args: UiStateSchema, result: UiStateSchema },
  'units.list': { args: noArgs, result: z.object({ units: z.array(UnitSchema) }) },
  'units.update': {
    args: z.object({ code: codeSchema, changes: UnitPatchSchema }).strict(),
    result: z.object({ unit: UnitSchema }),
  },
  'units.create': {
    args: z
      .object({
        parentCode: codeSchema.nullable(),
        code: codeSchema,
        name: nameSchema,
        kind: z.enum(UNIT_KINDS, { error: 'err.kind' }),
        level: z.enum(LEVELS, { error: 'err.level' }).optional(),
        sector: z.enum(SECTORS, { error: 'err.sector' }).optional(),
        ...changesOnly,
      })
      .strict(),
    result: treeAfterEdit,
  },
  'units.delete': { args: z.object({ code: codeSchema, mode: z.enum(['subtree', 'lift']), ...changesOnly }).strict(), result: treeAfterEdit },
  'units.move': { args: z.object({ code: codeSchema, parentCode: codeSchema.nullable(), ...changesOnly }).strict(), result: treeAfterEdit },
  'history.list': { args: noArgs, result: z.custom<HistoryView>() },
  'history.undo': { args: z.object(changesOnly).strict(), result: treeAfterEdit },
  'history.redo': { args: z.object(changesOnly).strict(), result: treeAfterEdit },
  'history.revert': { args: z.object({ id: z.number().int().positive(), ...changesOnly }).strict(), result: treeAfterEdit },
  'import.inspect': {
    args: z.object({ ...upload, sheet: z.string().max(200).optional() }).strict(),
    result: z.custom<ImportInspection>(),
  },
  'import.preview': { args: importArgs, result: z.custom<ImportPreview>() },
  'import.apply': {
    args: importArgs,
    result: z.object({ added: z.number(), changed: z.number(), removed: z.number(), droppedFigures: z.number(), backupFile: z.string(), units: z.custom<Unit[]>(), skipped: z.custom<SkippedRow[]>() }),
  },
  'export.units': { args: z.object({ format: z.enum(['xlsx', 'csv']) }).strict(), result: download },
  'export.template': { args: noArgs, result: download },
  'export.findings': { args: z.object({ format: z.enum(['xlsx', 'csv']) }).strict(), result: download },
  'export.finance': { args: z.object({ format: z.enum(['xlsx', 'csv']) }).strict(), result: download },
  'findings.list': {
    // Only these units' findings and the province-wide ones (after a headcount edit: the unit and its ancestors; see shared/rules/findings-delta.ts).
    // `date`: judged as of that day (ISO) by the set in force then; default today.
    args: z.object({ units: z.array(codeSchema).max(10_000).optional(), date: isoDateSchema.optional() }).strict(),
    result: z.object({ findings: z.custom<Finding[]>(), ruleSetTitle: z.string(), ruleSet: z.string(), date: z.string() }),
  },
  'rules.get': { args: noArgs, result: z.custom<RulesView>() },
  'rules.configure': {
    args: z.object({ provinceClass: z.enum(PROVINCE_CLASSES).optional() }).strict(),
    result: z.custom<RulesView>(),
  },
  'rules.pin': {
    // ruleSetId null: unpin (judged by the set in force on each date again).
    args: z
      .object({
        ruleSetId: z.string().max(100).nullable(),
        reason: z.string({ error: 'err.reasonRequired' }).trim().min(1, { error: 'err.reasonRequired' }).max(500),
      })
      .strict(),
    result: z.custom<RulesView>(),
  },
  'rules.setParameter': {
    args: z
      .object({
        parameter: z.enum(PARAMETER_IDS),
        // Whole numbers, or one decimal for an average (4,5 organisations per commune).
        value: z.number({ error: 'err.notNumber' }).refine((v) => Number.isInteger(Math.round(v * 1e6) / 1e5), { error: 'err.notInteger' }).min(0, { error: 'err.negative' }).max(100000, { error: 'err.tooLarge' }).nullable(),
        reason: z.string({ error: 'err.reasonRequired' }).trim().min(1, { error: 'err.reasonRequired' }).max(500),
      })
      .strict(),
    result: z.custom<RulesView>(),
  },
  'finance.list': {
    args: z.object({ year: z.number().int().min(1990).max(2100).optional() }).strict(),
    /** amountUnit: the unit the year's figures are entered and shown in (null until chosen or imported). */
    result: z.custom<{ year: number; years: number[]; amountUnit: AmountUnit | null; rows: FinanceRow[] }>(),
  },
  'finance.set': {
    args: z
      .object({
        code: codeSchema,
        year: z.number({ error: 'err.figureYear' }).int({ error: 'err.figureYear' }).min(1990, { error: 'err.figureYear' }).max(2100, { error: 'err.figureYear' }),
        revenue: z.string().max(40),
        spending: z.string().max(40),
        investmentFunding: z.string().max(40).optional(),
        depreciation: z.string().max(40).optional(),
        assignedGroup: z.string().max(10).optional(),
        note: z.string().max(1000).optional(),
        /** The unit the amounts are typed in: must be the year's (a year never mixes two units). */
        amountUnit: z.enum(AMOUNT_UNITS),
        /** The row's version as read (FinanceRow.version): refused if someone changed it since. */
        version: rowVersion,
      })
      .strict(),
    result: z.custom<FinanceRow>(),
  },
  'finance.override': {
    args: z.object({ code: codeSchema, year: z.number().int().min(1990).max(2100), group: z.string().max(10).nullable(), reason: z.string().max(1000), version: rowVersion }).strict(),
    result: z.custom<FinanceRow>(),
  },
  'finance.summary': { args: noArgs, result: z.custom<FinanceSummary>() },
  // The unit a year is entered and shown in; its stored figures keep their value (converted exactly).
  'finance.configure': { args: z.object({ year: z.number().int().min(1990).max(2100), amountUnit: z.enum(AMOUNT_UNITS) }).strict(), result: z.object({ year: z.number(), amountUnit: z.enum(AMOUNT_UNITS) }) },
  // unit: for a file that declares none; decimal / decimals (by column header): for columns whose numbers read two ways.
  'finance.import': {
    args: z.object({ ...upload, unit: z.enum(AMOUNT_UNITS).optional(), decimal: z.enum(DECIMAL_MARKS).optional(), decimals: z.record(z.string().max(200), z.enum(DECIMAL_MARKS)).optional() }).strict(),
    result: z.object({ imported: z.number(), years: z.array(z.number()) }),
  },
  'finance.template': { args: noArgs, result: download },
  'scenario.simulate': {
    args: z.object({ scenario: ScenarioFileSchema }).strict(),
    result: z.custom<{
      years: Array<SimulatedYear & YearDetail>;
      targets: TargetResult[];
      findings: Array<{ year: number; unitCode: string; rule: string; severity: string; ruleSet: string; citation: string; confidence: string } & SaidMessage>;
      notices: Array<{ year: number; unitCode: string; unit: string } & SaidMessage>;
      /** Each operation with the units it touches before and after it, as subtree totals. */
      operations: OperationReport[];
    }>(),
  },
  'scenario.import': { args: z.object({ scenario: ScenarioFileSchema }).strict(), result: z.object({ name: z.string() }) },
  'scenario.list': { args: noArgs, result: z.custom<Array<{ name: string; locked: boolean; operations: number; updatedAt: string }>>() },
  'scenario.delete': { args: z.object({ name: z.string().min(1).max(200) }).strict(), result: z.object({ name: z.string() }) },
  'scenario.duplicate': { args: z.object({ name: z.string().min(1).max(200), newName: scenarioNameSchema }).strict(), result: z.object({ name: z.string() }) },
  'scenario.rename': { args: z.object({ name: z.string().min(1).max(200), newName: scenarioNameSchema }).strict(), result: z.object({ name: z.string() }) },
  'scenario.lock': { args: z.object({ name: z.string().min(1).max(200), locked: z.boolean() }).strict(), result: z.object({ name: z.string() }) },
  'scenario.export': { args: z.object({ name: z.string().min(1).max(200) }).strict(), result: download },
  'scenario.create': { args: z.object({ name: scenarioNameSchema }).strict(), result: z.object({ name: z.string() }) },
  // version: the plan's as read (scenario.open); refused if someone changed the plan since.
  'scenario.setOperations': { args: z.object({ name: z.string().min(1).max(200), operations: z.array(OperationSchema), version: rowVersion }).strict(), result: z.object({ name: z.string(), version: z.string() }) },
  'export.scenario': {
    args: z.object({ name: z.string().min(1).max(200), format: z.enum(['xlsx', 'csv']), table: z.enum(['metrics', 'targets', 'roadmap']).optional() }).strict(),
    result: download,
  },
  /** The staff-reduction roadmap of a plan; `units`: codes to show as rows even without a surplus or exits. */
  'scenario.roadmap': {
    args: z.object({ name: z.string().min(1).max(200), units: z.array(codeSchema).max(500).optional() }).strict(),
    result: z.custom<Roadmap>(),
  },
  'scenario.changes': {
    args: z.object({ name: z.string().min(1).max(200), year: z.number().int().min(1990).max(2100) }).strict(),
    /** `label`: the name, with the parent's where it repeats; `whole`: a unit with units under it, all of it before and after. */
    result: z.custom<{ year: number; changes: Array<UnitChange & { label: string; whole: WholeFigures | null }> }>(),
  },
  /** The baseline and the plan's units at the end of a year (the horizon's past it), for the scenario chart. */
  'scenario.state': {
    args: z.object({ name: z.string().min(1).max(200), year: z.number().int().min(1990).max(2100) }).strict(),
    result: z.custom<{ year: number; baseline: Unit[]; units: Unit[] }>(),
  },
  'scenario.preview': {
    args: z.object({ name: z.string().min(1).max(200), operation: OperationSchema }).strict(),
    /** `units`: the units the operation names as they are at the end of its year, with it applied; `figures`: just before and just after it (subtree totals, own row). */
    result: z.custom<{ year: number; figures: OperationStep['units']; autonomy: { before: Record<string, string>; after: Record<string, string> }; changes: UnitChange[]; units: Unit[]; findings: Array<{ unitCode: string; severity: string } & SaidMessage>; notices: Array<{ unitCode: string } & SaidMessage> }>(),
  },
  'targetSets.list': { args: z.object({}).strict(), result: z.custom<{ builtIn: TargetSet[]; own: TargetSet[] }>() },
  'targetSets.save': { args: z.object({ set: TargetSetSchema }).strict(), result: z.object({ id: z.string() }) },
  'targetSets.delete': { args: z.object({ id: z.string().min(1).max(100) }).strict(), result: z.object({ id: z.string() }) },
  /** Recorded figures of base years (Số liệu gốc), used by every target whose base year it is. */
  'baselines.list': { args: z.object({}).strict(), result: z.custom<{ baselines: YearBaseline[] }>() },
  'baselines.save': { args: z.object({ baseline: BaselineSchema }).strict(), result: z.object({ year: z.number() }) },
  'baselines.delete': { args: z.object({ year: z.number().int().min(1990).max(2100) }).strict(), result: z.object({ year: z.number() }) },
  'scenario.setTargetSets': { args: z.object({ name: z.string().min(1).max(200), targetSets: z.array(z.string().min(1).max(100)).max(50), version: rowVersion }).strict(), result: z.object({ name: z.string(), version: z.string() }) },
  'scenario.suggest': {
    args: z.object({ name: z.string().min(1).max(200), year: z.number().int().min(1990).max(2100) }).strict(),
    result: z.custom<{ suggestions: Array<MergeSuggestion & { names: [string, string] }>; gap: { id: string; title: string; year: number; gap: number } | null }>(),
  },
  'province.read': {
    args: z.object({ file: filePath }).strict(),
    result: z.custom<{ file: string; provinceName: string; baseYear: number; units: Unit[] }>(),
  },
  'scenario.annexPreview': { args: z.object(annexArgs).strict(), result: z.custom<AnnexPreview>() },
  'scenario.annex': {
    args: z.object({ ...annexArgs, mergeSameNames: z.boolean().optional() }).strict(),
    result: z.custom<{ name: string; added: Operation[]; merges: SameNameMerge[] }>(),
  },
  'scenario.get': { args: z.object({ name: z.string().min(1).max(200) }).strict(), result: z.custom<z.output<typeof ScenarioFileSchema>>() },
  /** The plan with its version, for a client that will change it (two people editing one plan: the second is refused). */
  'scenario.open': { args: z.object({ name: z.string().min(1).max(200) }).strict(), result: z.custom<{ scenario: z.output<typeof ScenarioFileSchema>; version: string }>() },
  'print.get': { args: z.object(printArgs).strict(), result: z.custom<ProposalView>() },
  'print.save': { args: z.object({ ...printArgs, settings: ProposalSettingsSchema }).strict(), result: z.custom<ProposalView>() },
  'print.pdf': { args: z.object(printArgs).strict(), result: download },
  'print.docx': { args: z.object(printArgs).strict(), result: download },
  /**
   * The list with salaries at the base salary in force in `month` (MM/yyyy; default: the current
   * month), said back as `month` with that `baseSalary`; and every base salary period (built in and added).
   */
  'people.list': {
    args: z.object({ month: z.string().max(20).optional() }).strict(),
    result: z.custom<{ people: PersonRow[]; month: string; baseSalary: BaseSalaryView | null; baseSalaries: BaseSalaryView[] }>(),
  },
  /** Adds a base salary period to the workspace; every bad field is named. */
  'people.addBaseSalary': {
    args: z.object({ amount: z.string().max(40), from: z.string().max(20), citation: z.string().max(1000) }).strict(),
    result: z.custom<{ baseSalaries: BaseSalaryView[] }>(),
  },
  'people.removeBaseSalary': { args: z.object({ id: z.number().int().positive() }).strict(), result: z.custom<{ baseSalaries: BaseSalaryView[] }>() },
  /** Every proposal with its payout worked out, and the payouts per unit and leaving year. */
  'people.proposals': {
    args: noArgs,
    result: z.custom<{ proposals: ProposalResult[]; totals: { rows: ProposalTotal[]; byYear: Array<{ year: number; people: number; paid: number; total: number }>; total: number } }>(),
  },
  /** Proposes a person for early retirement or resignation (replacing a former proposal); the payout as worked out. */
  'people.propose': { args: ProposalInputSchema, result: z.custom<ProposalResult>() },
  'people.withdraw': { args: z.object({ personId: z.number().int().positive() }).strict(), result: z.object({ personId: z.number() }) },
  /**
   * Brings the personnel list into a plan as staffExit operations: natural retirements in each year
   * of the plan, or the proposed people with their exact payouts. Without `apply`, what it would
   * write (counts only); with it, written (checked by simulating the plan).
   */
  'scenario.fromPeople': {
    args: z.object({ name: z.string().min(1).max(200), source: z.enum(['retirements', 'proposals']), apply: z.boolean() }).strict(),
    result: z.custom<{ changes: Array<FillChange & { unitName: string }>; skipped: Skipped; people: number; applied: boolean }>(),
  },
  'people.retirements': {
    args: z.object({ fromYear: z.number().int().min(1990).max(2100).optional(), toYear: z.number().int().min(1990).max(2100).optional() }).strict(),
    result: z.custom<RetirementsView>(),
  },
  /** Replaces the whole personnel list (after a backup); every bad row refuses the file. */
  'people.import': { args: z.object({ ...upload, decimal: z.enum(DECIMAL_MARKS).optional() }).strict(), result: z.object({ imported: z.number(), previous: z.number(), backupFile: z.string() }) },
  'people.template': { args: noArgs, result: download },
  /** Deletes every person and erases them from the file (backups keep them). */
  'people.remove': { args: noArgs, result: z.object({ removed: z.number() }) },
  /** `handle`: desktop app only, what to open the file by (the renderer never sends a path there). */
  'workspace.recent': { args: noArgs, result: z.object({ files: z.array(z.object({ file: z.string(), exists: z.boolean(), handle: z.string().optional() })) }) },
  'workspace.open': { args: z.object({ file: filePath }).strict(), result: WorkspaceInfoSchema },
  'workspace.create': {
    args: z
      .object({
        file: filePath,
        sample: z.boolean().optional(),
        provinceName: z.string().max(120).optional(),
        baseYear: z.number().int().optional(),
        provinceClass: z.string().optional(),
      })
      .strict(),
    result: WorkspaceInfoSchema,
  },
  'workspace.saveAs': { args: z.object({ file: filePath, replace }).strict(), result: WorkspaceInfoSchema },
  'workspace.restore': { args: z.object({ backupFile: filePath, file: filePath }).strict(), result: WorkspaceInfoSchema },
  /** Backups beside the workspace (count, total size) and the rule keeping the automatic ones (stored in the workspace). */
  'backups.info': { args: noArgs, result: BackupsInfoSchema },
  'backups.setRetention': { args: RetentionSchema, result: BackupsInfoSchema },
  'workspace.backup': { args: z.object({ file: filePath.optional(), withoutPeople: z.boolean().optional(), replace }).strict(), result: z.object({ file: z.string() }) },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller may send (numbers may still be Vietnamese-formatted strings). */
export type ArgsIn<C extends Channel> = z.input<Contract[C]['args']>;
/** What a handler receives after validation. */
export type ArgsOut<C extends Channel> = z.output<Contract[C]['args']>;
export type Result<C extends Channel> = z.output<Contract[C]['result']>;

export type Handler<C extends Channel> = (args: ArgsOut<C>) => Result<C> | Promise<Result<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

/** The envelope every transport returns: a result or a serialized user-facing error. */
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: SerializedErrorSchema }),
]);
export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: z.infer<typeof SerializedErrorSchema> };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
