import { z } from 'zod';
import { parseCount } from '../format.ts';
import { CONTROL_CHARS } from './text.ts';

/** Kinds of organisational unit (cơ quan, tổ chức, đơn vị). */
export const UNIT_KINDS = [
  'people_committee', // UBND
  'department', // sở and equivalents
  'sub_department', // chi cục and equivalents
  'division', // phòng, văn phòng under an agency
  'psu', // đơn vị sự nghiệp công lập
  'psu_division', // phòng inside a PSU
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Administrative level; the two-tier model after 07/2025 has no district level. */
export const LEVELS = ['province', 'district', 'commune'] as const;
export type Level = (typeof LEVELS)[number];

export const SECTORS = [
  'education',
  'health',
  'culture_sports_tourism',
  'science_technology',
  'agriculture_environment',
  'information_media',
  'labour_social',
  'construction_transport',
  'finance_planning',
  'industry_trade',
  'justice',
  'home_affairs',
  'general_administration',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Headcount fields of a unit, in display order. */
export const HEADCOUNT_FIELDS = [
  'civilServantQuota', // biên chế công chức được giao
  'civilServantActual', // công chức hiện có
  'publicEmployeeQuota', // số người làm việc hưởng lương NSNN được giao
  'publicEmployeeActual', // viên chức hiện có hưởng lương NSNN
  'selfFundedEmployees', // viên chức hưởng lương từ nguồn thu sự nghiệp
  'contractWorkers', // hợp đồng lao động
  'deputies', // số cấp phó
] as const;
export type HeadcountField = (typeof HEADCOUNT_FIELDS)[number];
export type Headcount = Record<HeadcountField, number>;

/** Largest count accepted in any headcount field (guards against typos such as 1e9). */
export const MAX_COUNT = 10_000_000;

/**
 * A non-negative integer count. Strings are accepted and read in Vietnamese format ("1.234" is
 * one thousand two hundred thirty-four; a decimal mark is refused, never guessed), so the CLI and
 * importers share one parser. Error messages are i18n keys.
 */
export const countSchema = z.preprocess(
  (v) => (typeof v === 'string' ? parseCount(v) : v),
  z
    .number({ error: 'err.notNumber' })
    .refine(Number.isFinite, { error: 'err.notNumber', abort: true })
    .refine(Number.isInteger, { error: 'err.notInteger', abort: true })
    .refine((n) => n >= 0, { error: 'err.negative', abort: true })
    .refine((n) => n <= MAX_COUNT, { error: 'err.tooLarge' }),
);

export const CODE_MAX_LENGTH = 40;
export const NAME_MAX_LENGTH = 250;

export const codeSchema = z
  .string({ error: 'err.codeRequired' })
  .trim()
  .min(1, { error: 'err.codeRequired', abort: true })
  .max(CODE_MAX_LENGTH, { error: 'err.codeTooLong', abort: true })
  .regex(/^[\p{L}\p{N}._\-/]+$/u, { error: 'err.codeFormat' });

/** Control characters, terminal escapes and bidi overrides: never part of a name (one definition: ./text.ts). */
export { CONTROL_CHARS };

export const nameSchema = z
  .string({ error: 'err.nameRequired' })
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'err.nameRequired' })
      .max(NAME_MAX_LENGTH, { error: 'err.nameTooLong' })
      .refine((s) => !CONTROL_CHARS.test(s), { error: 'err.controlChars' }),
  );

const headcountShape = Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, countSchema])) as Record<
  HeadcountField,
  typeof countSchema
>;

export const UnitSchema = z.object({
  code: codeSchema,
  name: nameSchema,
  parentCode: codeSchema.nullable(),
  kind: z.enum(UNIT_KINDS, { error: 'err.kind' }),
  level: z.enum(LEVELS, { error: 'err.level' }),
  sector: z.enum(SECTORS, { error: 'err.sector' }),
  ...headcountShape,
  /** Số cấp trưởng in post (the head; 0 while the post is vacant); null or absent: not entered, never taken as 1. */
  heads: countSchema.nullable().optional(),
});
export type Unit = z.output<typeof UnitSchema>;

/** Fields a user may change on an existing unit from the side panel (moves are tree operations). */
export const UnitPatchSchema = UnitSchema.omit({ parentCode: true }).partial().strict();
export type UnitPatch = z.output<typeof UnitPatchSchema>;
export type UnitPatchInput = z.input<typeof UnitPatchSchema>;
