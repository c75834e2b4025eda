/**
 * Provincial merger: another province's units join a plan as a subtree (the "annex" operation),
 * and the departments (sở) that both provinces have under the same name are proposed for merging,
 * each into the home province's.
 */
import type { Unit } from '../model/unit.ts';
import { AppError } from '../errors.ts';
import { controlCharsAt, printable } from '../model/text.ts';
import { matchKey } from '../text.ts';
import { OperationSchema, type AnnexOperation, type Operation } from './operations.ts';

/**
 * The annexation as the plan will store it, checked as every later read of the plan checks it: the
 * other province's file was written by anyone (a crafted or older file may hold a name too long,
 * a bidi override, a terminal escape), and a plan holding what its schema refuses could never be
 * opened again. Refused naming the file, the unit and the field; nothing is written.
 */
export function checkedAnnexOperation(op: AnnexOperation, file: string): AnnexOperation {
  const parsed = OperationSchema.safeParse(op);
  const unsafe = parsed.success ? controlCharsAt(parsed.data) : null;
  if (parsed.success && unsafe === null) return op;
  const at = parsed.success ? unsafe!.split('.') : parsed.error.issues[0]!.path.map(String);
  const unit = at[0] === 'units' ? op.units[Number(at[1])]?.code : undefined;
  const field = (at[0] === 'units' ? at.slice(2) : at).join('.');
  throw new AppError('bad_request', 'err.annexInvalid', {
    file: printable(file, true),
    unit: printable(unit ?? '—', true),
    field: printable(field || '—', true),
  });
}

/** The annexed units as they join: every code prefixed, the roots placed under the operation's parent. */
export function annexedUnits(op: Pick<AnnexOperation, 'units' | 'parentCode' | 'codePrefix'>): Unit[] {
  const prefix = op.codePrefix ?? '';
  return op.units.map((u) => ({
    ...u,
    code: prefix + u.code,
    parentCode: u.parentCode === null ? op.parentCode : prefix + u.parentCode,
  }));
}

/** The annexed units that were roots in their own workspace (they go under the operation's parent). */
export function annexedRoots(op: Pick<AnnexOperation, 'units' | 'parentCode' | 'codePrefix'>): Unit[] {
  return annexedUnits(op).filter((_, i) => op.units[i]!.parentCode === null);
}

/** Which provinces count as one: the same name whatever its case, accents and spacing. */
export const provinceKey = (name: string) => matchKey(name);

/** A code prefix from a province's name: its initials, "Sóc Trăng" → "ST-". */
export function suggestedPrefix(province: string): string {
  const initials = matchKey(province)
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials ? `${initials}-` : '';
}

/** An annexed department and the home department of the same name it would merge into. */
export interface SameNameMerge {
  home: string;
  homeName: string;
  annexed: string;
  annexedName: string;
}

/**
 * Pairs each annexed department with the home department whose name matches after normalisation
 * (case, accents, spacing, punctuation: "Sở Tài chính" ~ "SỞ TÀI CHÍNH"), in the annexed order.
 * Departments without a namesake are left out.
 */
export function sameNameMerges(home: readonly Unit[], annexed: readonly Unit[]): SameNameMerge[] {
  const byName = new Map<string, Unit>();
  for (const u of home) if (u.kind === 'department' && !byName.has(matchKey(u.name))) byName.set(matchKey(u.name), u);
  const out: SameNameMerge[] = [];
  for (const a of annexed) {
    const h = a.kind === 'department' ? byName.get(matchKey(a.name)) : undefined;
    if (h) out.push({ home: h.code, homeName: h.name, annexed: a.code, annexedName: a.name });
  }
  return out;
}

/** The merge that carries out a proposal: the annexed department into the home one, which remains. */
export function sameNameMergeOperation(m: Pick<SameNameMerge, 'home' | 'annexed'>, year: number): Operation {
  return { type: 'merge', year, units: [m.home, m.annexed], into: m.home };
}
