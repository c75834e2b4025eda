/**
 * Target sets a scenario is judged by: the built-in ones (resolutions, conclusions) and those a
 * province defines for itself, stored in the workspace or carried inline in a plan's JSON.
 */
import { z } from 'zod';
import { METRIC_KEYS } from './metrics.ts';
import { BUILT_IN_TARGET_SETS, type Target, type TargetSet } from './targets.ts';

const id = z
  .string()
  .trim()
  .min(1, { error: 'err.targetId' })
  .max(100, { error: 'err.targetId' })
  .regex(/^[\p{L}\p{N}._-]+$/u, { error: 'err.targetId' });
const year = z
  .number({ error: 'err.figureYear' })
  .int({ error: 'err.figureYear' })
  .min(1990, { error: 'err.figureYear' })
  .max(2100, { error: 'err.figureYear' });
const metric = z.array(z.enum(METRIC_KEYS, { error: 'err.targetMetric' })).min(1, { error: 'err.targetMetric' });

export const TargetSchema = z
  .object({
    id,
    title: z.string().trim().min(1, { error: 'err.targetTitle' }).max(300),
    citation: z.string().trim().max(300).default(''),
    kind: z.enum(['reduction', 'share', 'not_above'], { error: 'err.targetKind' }).optional(),
    metric,
    of: metric.optional(),
    baseYear: year,
    year,
    requiredPct: z
      .number({ error: 'err.targetPct' })
      .min(0, { error: 'err.targetPct' })
      .max(100, { error: 'err.targetPct' }),
    communeStaff: z.enum(['included', 'excluded'], { error: 'err.targetScope' }).optional(),
    scopeNote: z.string().trim().max(300).optional(),
    baseline: z
      .number({ error: 'err.targetBaseline' })
      .int({ error: 'err.targetBaseline' })
      .min(0, { error: 'err.targetBaseline' })
      .optional(),
    programme: z.boolean().optional(),
  })
  .strict()
  .refine((t) => t.requiredPct > 0 || t.kind === 'not_above', { error: 'err.targetPct', path: ['requiredPct'] })
  .refine((t) => t.year > t.baseYear || t.kind === 'share' || (t.kind === 'not_above' && t.year === t.baseYear), {
    error: 'err.targetYears',
    path: ['year'],
  })
  .refine((t) => t.kind !== 'share' || (t.of?.length ?? 0) > 0, { error: 'err.targetOf', path: ['of'] });

export const TargetSetSchema = z
  .object({
    id,
    title: z.string().trim().min(1, { error: 'err.targetTitle' }).max(300),
    citation: z.string().trim().max(300).optional(),
    targets: z.array(TargetSchema).min(1, { error: 'err.targetNone' }),
  })
  .strict()
  .refine((s) => new Set(s.targets.map((t) => t.id)).size === s.targets.length, {
    error: 'err.targetDuplicate',
    path: ['targets'],
  });

/** A reference to a set by id, or the set itself (inline in an exported plan). */
export const TargetSetRefSchema = z.union([id, TargetSetSchema]);
export type TargetSetRef = z.output<typeof TargetSetRefSchema>;

export const isBuiltInSet = (setId: string) => BUILT_IN_TARGET_SETS.some((s) => s.id === setId);

/**
 * The targets of the sets a plan names (null: it names none, so every built-in target within its
 * years applies). An id neither built in nor in `library` is reported as `unknown`.
 */
export function resolveTargets(
  refs: readonly TargetSetRef[] | undefined,
  library: readonly TargetSet[],
): { targets: Target[] | null; unknown: string[] } {
  if (!refs || refs.length === 0) return { targets: null, unknown: [] };
  const unknown: string[] = [];
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const set =
      typeof ref === 'string'
        ? (BUILT_IN_TARGET_SETS.find((s) => s.id === ref) ?? library.find((s) => s.id === ref))
        : ref;
    if (!set) {
      unknown.push(ref as string);
      continue;
    }
    for (const t of set.targets) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      targets.push(t);
    }
  }
  return { targets, unknown };
}

/** A plan made self-contained for export: references to the workspace's own sets become the sets themselves. */
export function inlineSets(
  refs: readonly TargetSetRef[] | undefined,
  library: readonly TargetSet[],
): TargetSetRef[] | undefined {
  return refs?.map((r) => (typeof r === 'string' && !isBuiltInSet(r) ? (library.find((s) => s.id === r) ?? r) : r));
}
