/**
 * A job position (vị trí việc làm) of a unit: its name, class, rank or professional title, for
 * public employees the level (bậc 1–5 of Decree 232/2026 Art. 7), how it is staffed, how many
 * people it needs and how many hold it. Error messages are i18n keys.
 */
import { z } from 'zod';
import { codeSchema, countSchema, CONTROL_CHARS, NAME_MAX_LENGTH, type Unit } from '../model/unit.ts';
import { POSITION_CLASSES, STAFFINGS, type Workforce } from './classes.ts';

export const POSITION_LEVELS = [1, 2, 3, 4, 5] as const;
export type PositionLevel = (typeof POSITION_LEVELS)[number];

const text = (
  required: 'err.positionNameRequired' | null,
  tooLong: 'err.positionNameTooLong' | 'err.positionRankTooLong',
) =>
  z
    .string({ error: required ?? 'err.invalid' })
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, { error: required ?? 'err.invalid' })
        .max(NAME_MAX_LENGTH, { error: tooLong })
        .refine((s) => !CONTROL_CHARS.test(s), { error: 'err.controlChars' }),
    );

export const levelSchema = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? null : Number(v.trim().replace(/^bậc\s*/i, ''))) : v),
  z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], { error: 'err.positionLevel' })
    .nullable(),
);

export const PositionSchema = z.object({
  unitCode: codeSchema,
  name: text('err.positionNameRequired', 'err.positionNameTooLong'),
  class: z.enum(POSITION_CLASSES, { error: 'err.positionClass' }),
  /** Ngạch (civil servants) or chức danh nghề nghiệp (public employees); may be empty. */
  rank: text(null, 'err.positionRankTooLong').default(''),
  /** Bậc 1–5 (public employees only); null when not set. */
  level: levelSchema.default(null),
  staffing: z.enum(STAFFINGS, { error: 'err.positionStaffing' }),
  /** True when `staffing` is the class's default (the `Hình thức` cell was empty): a convention marked M. */
  staffingDefaulted: z.boolean().default(false),
  needed: countSchema,
  present: countSchema,
});
export type Position = z.output<typeof PositionSchema>;
export type PositionInput = z.input<typeof PositionSchema>;

/** A job position left by a staff exit in a plan (./exit.ts), and how many left it. */
export interface PositionLeft {
  name: string;
  count: number;
  /** Taken off in proportion (the exit named no position), not said by the plan. */
  estimated: boolean;
}

/** What decides whom a unit's positions are for: its kind and what it is staffed with. */
export type StaffedUnit = Pick<
  Unit,
  'kind' | 'civilServantQuota' | 'publicEmployeeQuota' | 'civilServantActual' | 'publicEmployeeActual'
>;

/**
 * Whom a unit's job positions are for, by what the unit is staffed with rather than its kind alone
 * (a commune health station is kind 'other' yet staffed with viên chức):
 * 1. a public service unit or its division: public employees;
 * 2. a civil-servant quota (biên chế công chức): civil servants — also when the unit has a
 *    public-employee quota besides (mixed: the positions are weighed against the civil-servant quota);
 * 3. a public-employee quota (số lượng người làm việc) and no civil-servant quota: public employees;
 * 4. no quota: public employees when it has public employees and no civil servants, else civil
 *    servants (an empty unit keeps the agency's default).
 */
export function workforceOf(u: StaffedUnit): Workforce {
  if (u.kind === 'psu' || u.kind === 'psu_division') return 'public-employee';
  if (u.civilServantQuota > 0) return 'civil-servant';
  if (u.publicEmployeeQuota > 0) return 'public-employee';
  return u.publicEmployeeActual > 0 && u.civilServantActual === 0 ? 'public-employee' : 'civil-servant';
}

/** A unit staffed both ways (rule 2 above), where the UI says its positions count as civil servants'. */
export const isMixedStaffing = (u: StaffedUnit): boolean =>
  u.kind !== 'psu' && u.kind !== 'psu_division' && u.civilServantQuota > 0 && u.publicEmployeeQuota > 0;

/** The quota a unit's positions are weighed against, and the people who can hold them. */
export const quotaOf = (u: StaffedUnit): number =>
  workforceOf(u) === 'civil-servant' ? u.civilServantQuota : u.publicEmployeeQuota;

export type PositionCheck = { ok: true; position: Position } | { ok: false; issues: { field: string; key: string }[] };

/**
 * Parses a position for a unit of the given workforce: a level is refused on a civil servant's
 * position (Decree 232/2026 levels are for viên chức; Law 80/2025 has none).
 */
export function parsePosition(input: unknown, workforce: Workforce): PositionCheck {
  const r = PositionSchema.safeParse(input);
  if (!r.success)
    return { ok: false, issues: r.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), key: i.message })) };
  if (workforce === 'civil-servant' && r.data.level !== null)
    return { ok: false, issues: [{ field: 'level', key: 'err.positionLevelCivilServant' }] };
  return { ok: true, position: r.data };
}
