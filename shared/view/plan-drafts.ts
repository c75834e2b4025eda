/**
 * What the merge wizard and the split form have typed, read into an operation or into the reasons
 * it cannot be one yet (each naming its field), before anything is sent to be simulated or stored.
 */
import { HEADCOUNT_FIELDS, type HeadcountField, type Unit, type UnitKind } from '../model/unit.ts';
import { issuesFromZod, type FieldIssue } from '../errors.ts';
import { parseCount } from '../format.ts';
import type { Lang } from '../i18n/index.ts';
import { NewUnitSchema, OperationSchema, type Operation } from '../scenario/operations.ts';

export type DraftResult = { op: Operation; issues: [] } | { op: null; issues: FieldIssue[] };

/** Our own issues, then the schema's (empty code or name, bad format, not a count) on the fields ours do not cover. */
const done = (issues: FieldIssue[], candidate: unknown): DraftResult => {
  const parsed = OperationSchema.safeParse(candidate);
  if (parsed.success && issues.length === 0) return { op: parsed.data, issues: [] };
  const covered = (field: string) => issues.some((i) => i.field === field || i.field.startsWith(`${field}.`));
  const schema = parsed.success ? [] : issuesFromZod(parsed.error).filter((i) => !covered(i.field));
  return { op: null, issues: [...issues, ...schema] };
};

/** A merge needs two different units at least. */
export function tooFewToMerge(units: readonly string[]): FieldIssue | null {
  const count = new Set(units).size;
  return count < 2 ? { field: 'units', key: 'err.mergeTooFew', params: { count } } : null;
}

export interface MergeDraft {
  year: number;
  units: readonly string[];
  /** The unit that remains (one of `units`), or a new unit. */
  into: string | { code: string; name: string; kind: UnitKind; parentCode: string | null };
}

/**
 * A merge from the wizard. `existing` holds the codes of the units in the state the merge applies
 * to; a new unit's code may reuse one of the merged units' codes but no other.
 */
export function readMerge(draft: MergeDraft, existing: ReadonlySet<string>): DraftResult {
  const units = [...new Set(draft.units)];
  const few = tooFewToMerge(units);
  const issues: FieldIssue[] = few ? [few] : [];
  if (typeof draft.into === 'string') {
    if (!units.includes(draft.into))
      issues.push({ field: 'into', key: 'err.scenarioMergeInto', params: { code: draft.into } });
  } else {
    // Checked on its own: within the union of "a code or a new unit" the schema could only blame `into` as a whole.
    const parsed = NewUnitSchema.safeParse(draft.into);
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['into']));
    const code = draft.into.code.trim();
    if (existing.has(code) && !units.includes(code))
      issues.push({ field: 'into.code', key: 'err.duplicateCode', params: { code } });
  }
  return done(issues, { type: 'merge', year: draft.year, units, into: draft.into });
}

export interface SplitPartDraft {
  code: string;
  name: string;
  /** Each field as typed (empty is 0). */
  counts: Partial<Record<HeadcountField, string>>;
}

export type SplitReading = Record<HeadcountField, { assigned: number; remaining: number } | null>;

/** How much of each field the parts take and how much is left (null while a part's entry is not a count). */
export function splitRemainders(unit: Unit, parts: readonly SplitPartDraft[], lang: Lang): SplitReading {
  return Object.fromEntries(
    HEADCOUNT_FIELDS.map((f) => {
      let assigned = 0;
      for (const p of parts) {
        const v = parseCount(p.counts[f] ?? '', lang) ?? 0;
        if (!Number.isInteger(v) || v < 0) return [f, null];
        assigned += v;
      }
      return [f, { assigned, remaining: unit[f] - assigned }];
    }),
  ) as SplitReading;
}

/**
 * A split from the form: every field must add up to the unit's value (the issue says by how much
 * it is short or over), the parts' codes must differ from each other and from every other unit.
 */
export function readSplit(
  unit: Unit,
  year: number,
  parts: readonly SplitPartDraft[],
  existing: ReadonlySet<string>,
  lang: Lang,
): DraftResult {
  const issues: FieldIssue[] = [];
  if (parts.length < 2) issues.push({ field: 'into', key: 'err.splitTooFew', params: { count: parts.length } });
  const seen = new Set<string>();
  parts.forEach((p, i) => {
    const code = p.code.trim();
    if (code && (seen.has(code) || (existing.has(code) && code !== unit.code)))
      issues.push({ field: `into.${i}.code`, key: 'err.duplicateCode', params: { code } });
    seen.add(code);
  });
  const sums = splitRemainders(unit, parts, lang);
  for (const f of HEADCOUNT_FIELDS) {
    const s = sums[f];
    if (s && s.remaining > 0)
      issues.push({
        field: f,
        key: 'err.splitShort',
        params: { field: `field.${f}`, missing: s.remaining, expected: unit[f] },
      });
    if (s && s.remaining < 0)
      issues.push({
        field: f,
        key: 'err.splitOver',
        params: { field: `field.${f}`, over: -s.remaining, expected: unit[f] },
      });
  }
  const into = parts.map((p) => ({
    code: p.code,
    name: p.name,
    ...Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, parseCount(p.counts[f] ?? '', lang) ?? 0])),
  }));
  return done(issues, { type: 'split', year, unit: unit.code, into });
}

/** Each field divided as evenly as whole people allow, the first parts taking the remainder. */
export function evenSplit(unit: Unit, parts: number): Array<Record<HeadcountField, number>> {
  return Array.from(
    { length: parts },
    (_, i) =>
      Object.fromEntries(
        HEADCOUNT_FIELDS.map((f) => [f, Math.floor(unit[f] / parts) + (i < unit[f] % parts ? 1 : 0)]),
      ) as Record<HeadcountField, number>,
  );
}
