/**
 * The code proposed for a unit a form creates, so nobody has to invent one: the next free code
 * under its parent following the siblings' pattern (`HG.SYT.06` → `HG.SYT.07`; siblings without a
 * number → `HG.SYT.01`; the parent's phòng numbered `CT.SYT.P01`…`P05` → a new phòng `CT.SYT.P06`),
 * editable, and checked against the codes in use.
 */
import { codeSchema } from './unit.ts';

/** The siblings' numbered suffixes ("07" of `HG.SYT.07`), under `prefix` (with its dot and any letters), of one segment. */
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
 * The letters the codes of `like` (the parent's units of the new unit's kind) put before their
 * number under `parent` ("P" of `CT.SYT.P03`): the most used, or "" when none is lettered and numbered.
 */
function seriesLetters(parent: string, like: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const c of like) {
    const m = c.startsWith(`${parent}.`) ? /^([A-Za-z]+)\d+$/.exec(c.slice(parent.length + 1)) : null;
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [letters, n] of counts) if (n > most) [best, most] = [letters, n];
  return best;
}

/**
 * The next free code under `parent` (null: at the top, under the codes' common first segment when
 * they share one): one more than the highest numbered sibling, as wide as the widest (at least two
 * digits, or as a lettered series writes them), skipping any code in `taken`. `like` (the parent's units of the new unit's kind) numbered
 * after letters (`CT.SYT.P01`) make the code follow their series (`CT.SYT.P06`).
 */
export function proposeUnitCode(parent: string | null, taken: Iterable<string>, like: Iterable<string> = []): string {
  const all = new Set(taken);
  const firsts = new Set([...all].map((c) => c.split('.')[0]!));
  const base = parent ?? (firsts.size === 1 ? [...firsts][0]! : null);
  const prefix = base === null ? 'DV' : `${base}.${parent === null ? '' : seriesLetters(parent, like)}`;
  const numbered = numberedSuffixes(prefix, all);
  // At least two digits (`HG.SYT.01`), or as the lettered series writes them (`TTYT1` → `TTYT4`).
  const width = Math.max(prefix.endsWith('.') || base === null ? 2 : 1, ...numbered.map((s) => s.length));
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
