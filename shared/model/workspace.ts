import { z } from 'zod';

/**
 * Province classes used by the organisation decrees to size structures (Hà Nội and TP.HCM,
 * class I, class II, class III). Rule sets are parameterised by it.
 */
export const PROVINCE_CLASSES = ['special', 'class1', 'class2', 'class3'] as const;
export type ProvinceClass = (typeof PROVINCE_CLASSES)[number];

export const WorkspaceMetaSchema = z.object({
  provinceName: z
    .string({ error: 'err.provinceName' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'err.provinceName' }).max(120, { error: 'err.provinceName' })),
  baseYear: z
    .number({ error: 'err.baseYear' })
    .int({ error: 'err.baseYear' })
    .min(2000, { error: 'err.baseYear' })
    .max(2100, { error: 'err.baseYear' }),
  provinceClass: z.enum(PROVINCE_CLASSES),
  /** True for the bundled illustrative province: the UI says the figures are not real. */
  isSample: z.boolean(),
});
export type WorkspaceMeta = z.output<typeof WorkspaceMetaSchema>;

export const WorkspaceInfoSchema = WorkspaceMetaSchema.extend({
  file: z.string(),
  schemaVersion: z.number().int(),
  unitCount: z.number().int(),
});
export type WorkspaceInfo = z.output<typeof WorkspaceInfoSchema>;

/** Metadata of a new, empty workspace; anything not given takes a sensible default. */
export function newWorkspaceMeta(
  given: { provinceName?: string; baseYear?: number; provinceClass?: string },
  currentYear: number,
): unknown {
  return {
    provinceName: given.provinceName ?? 'Tỉnh mới',
    baseYear: given.baseYear ?? currentYear,
    provinceClass: given.provinceClass ?? 'class2',
    isSample: false,
  };
}
