/**
 * The appendices a document carries: those the officer chose for its type, in the chosen order,
 * numbered I, II… in that order, so that the body refers to each attached one by its number and
 * never to one left out. Each appendix carries its key ("chart", "positions:CODE"…): the body's
 * `appendixRef` placeholders take the label of the appendix so numbered (see model.ts).
 */
import type { Appendix, Block } from './model.ts';
import type { AppendixKey } from './settings.ts';

const NUMERALS: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** `n` (1 or more) in Roman numerals: 16 is "XVI", 44 "XLIV" (Decree 30/2020 numbers parts and appendices so, however many). */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`romanNumeral: ${n} is not a positive integer`);
  let out = '';
  let rest = n;
  for (const [value, digits] of NUMERALS) for (; rest >= value; rest -= value) out += digits;
  return out;
}

/** The Roman number of the appendix at index `i` (0: "I"). */
const roman = (i: number) => romanNumeral(i + 1);

/** One kind of appendix the plan can give: the title of each of its appendices (several for the positions, one per unit; none: nothing to attach) and their contents, built only when attached. */
export interface AppendixSource {
  key: AppendixKey;
  /** Each appendix's own key where the kind gives several (the positions: "positions:CODE"); none: the kind's key. */
  keys?: string[];
  titles: string[];
  build: () => Block[][];
}

export interface ArrangedAppendices {
  /** The attached appendices' numbers and titles, in order. */
  attached: Array<{ number: string; title: string }>;
  /** "Phụ lục II" (or "Phụ lục IV–VI" for several) of an attached kind; null when it is not attached. */
  ref: (key: AppendixKey) => string | null;
  /** The attached appendices with their contents. */
  build: () => Appendix[];
}

/** Numbers the chosen sources in order; `subtitle` is the "(Kèm theo …)" line of every appendix. */
export function arrangeAppendices(
  sources: readonly AppendixSource[],
  choice: ReadonlyArray<{ key: AppendixKey; on: boolean }>,
  subtitle: string,
): ArrangedAppendices {
  const byKey = new Map(sources.map((s) => [s.key, s]));
  const refs = new Map<AppendixKey, string>();
  const chosen: Array<{ source: AppendixSource; first: number }> = [];
  let next = 0;
  for (const { key, on } of choice) {
    const source = byKey.get(key);
    if (!on || !source || source.titles.length === 0) continue;
    const first = next;
    next += source.titles.length;
    refs.set(key, first === next - 1 ? `Phụ lục ${roman(first)}` : `Phụ lục ${roman(first)}–${roman(next - 1)}`);
    chosen.push({ source, first });
  }
  return {
    attached: chosen.flatMap(({ source, first }) =>
      source.titles.map((title, i) => ({ number: roman(first + i), title })),
    ),
    ref: (key) => refs.get(key) ?? null,
    build: () =>
      chosen.flatMap(({ source, first }) => {
        const contents = source.build();
        return source.titles.map((title, i) => ({
          number: roman(first + i),
          key: source.keys?.[i] ?? source.key,
          title,
          subtitle,
          blocks: contents[i] ?? [],
        }));
      }),
  };
}

/** " (chi tiết tại Phụ lục II)" for an attached appendix, else nothing. */
export const seeAppendix = (ref: string | null): string => (ref ? ` (chi tiết tại ${ref})` : '');
