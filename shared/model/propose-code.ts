/**
 * The code proposed for a unit a form creates, so nobody has to invent one: the next free code
 * under its parent following the siblings' pattern (`HG.SYT.06` → `HG.SYT.07`; siblings without a
 * number → `HG.SYT.01`), editable, and checked against the codes in use.
 */
import { codeSchema } from './unit.ts';

/** The siblings' numbered suffixes ("07" of `HG.SYT.07`), under `prefix` (with its dot), of one segment. */
function numberedSuffixes(prefix: string, codes: Iterable<string>): string[] {
  const out: string[] = [];
  for (const c of codes) {
    if (!c.startsWith(prefix)) continue;
    const rest = c.slice(prefix.length);
    if (/^\d+$/.test(rest)) out.push(rest);
  }
  return out;
}

/**
 * The next free code under `parent` (null: at the top, under the codes' common first segment when
 * they share one): one more than the highest numbered sibling, as wide as the widest (at least two
 * digits), skipping any code in `taken`.
 */
export function proposeUnitCode(parent: string | null, taken: Iterable<string>): string {
  const all = new Set(taken);
  const firsts = new Set([...all].map((c) => c.split('.')[0]!));
  const base = parent ?? (firsts.size === 1 ? [...firsts][0]! : null);
  const prefix = base === null ? 'DV' : `${base}.`;
  const numbered = numberedSuffixes(prefix, all);
  const width = Math.max(2, ...numbered.map((s) => s.length));
  let next = Math.max(0, ...numbered.map(Number)) + 1;
  const codeOf = (k: number) => `${prefix}${String(k).padStart(width, '0')}`;
  while (all.has(codeOf(next))) next++;
  return codeOf(next);
}

/** Why a code typed for a new unit cannot be used (a message key and its parameters), or null when it can. */
export function newCodeProblem(
  code: string,
  inUse: ReadonlyMap<string, string>,
): {
  key: 'err.codeRequired' | 'err.codeFormat' | 'err.codeTooLong' | 'err.codeInUse';
  params: Record<string, string>;
} | null {
  const parsed = codeSchema.safeParse(code);
  if (!parsed.success) {
    const key = parsed.error.issues[0]!.message as 'err.codeRequired' | 'err.codeFormat' | 'err.codeTooLong';
    return { key, params: {} };
  }
  const owner = inUse.get(parsed.data);
  return owner === undefined ? null : { key: 'err.codeInUse', params: { code: parsed.data, name: owner } };
}
