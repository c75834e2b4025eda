/**
 * A unit's figures for its sector norm (issue 21): one optional structured value per unit, stored
 * as JSON and validated here (its sector decides which figures it holds), rather than fifteen
 * mostly empty unit columns. `normOf` computes the normed headcount beside the unit's quota and
 * `normFindings` the `quota-vs-norm` findings of a workspace.
 */
import { z } from 'zod';
import type { Unit } from '../model/unit.ts';
import type { MessageKey } from '../i18n/index.ts';
import { CHILD_BANDS, normFinding, unitNorm, type NormResult } from './norms.ts';
import type { PositionFinding } from './findings.ts';

/** Largest figure accepted (pupils, population): guards against typos such as 1e9. */
const MAX_FIGURE = 10_000_000;
const figure = z
  .number({ error: 'err.notNumber' })
  .int({ error: 'err.notInteger' })
  .min(0, { error: 'err.negative' })
  .max(MAX_FIGURE, { error: 'err.tooLarge' });

export const NORM_SECTORS = ['preschool', 'school', 'commune-health-station'] as const;
export type NormSector = (typeof NORM_SECTORS)[number];

const PreschoolSchema = z
  .object({
    sector: z.literal('preschool'),
    nurseryGroups: figure,
    kindergartenClasses: figure,
    singleSiteGroups: figure.optional(),
    singleSiteClasses: figure.optional(),
    leftoverChildren: z.partialRecord(z.enum(CHILD_BANDS), figure).optional(),
  })
  .strict();
const SchoolSchema = z
  .object({
    sector: z.literal('school'),
    level: z.enum(['primary', 'lower-secondary', 'upper-secondary'], { error: 'err.normFigures' }),
    region: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'err.normFigures' }),
    pupils: figure.optional(),
    classes: figure.optional(),
    classSize: figure.optional(),
    oneSessionClasses: figure.optional(),
    boarding: z.boolean().optional(),
    specialisedClasses: figure.optional(),
  })
  .strict();
const HealthSchema = z
  .object({
    sector: z.literal('commune-health-station'),
    population: figure,
    region: z.enum(['I', 'II', 'III'], { error: 'err.normFigures' }),
  })
  .strict();

/** The stored figures, field by field (parseNormInputs also refuses figures the norm cannot be computed from). */
export const NormInputsSchema = z.discriminatedUnion('sector', [PreschoolSchema, SchoolSchema, HealthSchema], {
  error: 'err.normFigures',
});
export type NormInputs = z.output<typeof NormInputsSchema>;

/**
 * The count the norm is compared with: the unit's number of state-paid public employees (số người
 * làm việc). Every norm held (teachers of a school, the staff of a commune health station) counts
 * public employees, whatever kind the unit is filed under (a station is often "khác").
 */
export const quotaOf = (unit: Pick<Unit, 'publicEmployeeQuota'>): number => unit.publicEmployeeQuota;

/** The normed headcount of stored figures (they were validated when stored; a refusal gives its key). */
export function normOf(inputs: NormInputs): { norm: NormResult; error: null } | { norm: null; error: MessageKey } {
  const r = unitNorm(inputs);
  return r.ok ? { norm: r.norm, error: null } : { norm: null, error: r.key };
}

/**
 * `quota-vs-norm` for every unit with figures (in `only`, when given), judged on `date`. The quota
 * is the unit's whole quota, so against a teachers-only norm a quota above it is a note
 * (normFinding's `whole-unit` scope): the quota also holds managers and staff.
 */
export function normFindings(
  units: readonly Unit[],
  inputs: ReadonlyMap<string, NormInputs>,
  date: string,
  only?: ReadonlySet<string>,
): PositionFinding[] {
  const out: PositionFinding[] = [];
  for (const u of units) {
    const f = inputs.get(u.code);
    if (!f || (only && !only.has(u.code))) continue;
    const { norm } = normOf(f);
    if (!norm) continue;
    const finding = normFinding(u.code, norm, { count: quotaOf(u), scope: 'whole-unit' }, date);
    if (finding) out.push(finding);
  }
  return out;
}

export type NormInputsParse =
  { ok: true; inputs: NormInputs } | { ok: false; issues: { field: string; key: MessageKey }[] };

/** Reads figures from a client or a file: each problem names its field, with a message key (never zod's English). */
export function parseNormInputs(value: unknown): NormInputsParse {
  const parsed = NormInputsSchema.safeParse(value);
  if (parsed.success) {
    // Figures valid one by one may still give no norm (neither pupils nor classes; a boarding school's class size).
    const norm = unitNorm(parsed.data);
    return norm.ok ? { ok: true, inputs: parsed.data } : { ok: false, issues: [{ field: 'sector', key: norm.key }] };
  }
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      field: i.path.map(String).join('.') || 'sector',
      key: (i.message.startsWith('err.') ? i.message : 'err.normFigures') as MessageKey,
    })),
  };
}
