/**
 * The unit of money amounts. Every amount is stored in one unit: millionths of a đồng (see
 * amount.ts). A figure written in triệu đồng with up to 12 decimals, or in đồng with up to 6, is
 * converted to it exactly, and shown back in either unit exactly, so the unit a year was entered
 * in is a declaration, never a rounding. Files declare their unit ("Đơn vị tính: triệu đồng",
 * "(đồng)" after a header, or a column "Đơn vị tính"); without a declaration the user is asked.
 */
import type { Amount } from './amount.ts';
import { scaled, type Exact } from '../import/numbers.ts';
import { matchKey } from '../text.ts';

export const AMOUNT_UNITS = ['dong', 'trieu_dong'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

/** Decimals of the unit kept exactly in millionths of a đồng. */
const UNIT_DECIMALS: Record<AmountUnit, number> = { dong: 6, trieu_dong: 12 };

/** How each unit is written in Vietnamese (labels, exports, declarations). */
export const UNIT_WORDS: Record<AmountUnit, string> = { dong: 'đồng', trieu_dong: 'triệu đồng' };

const WORDS = new Map<string, AmountUnit | 'unsupported'>([
  ['dong', 'dong'],
  ['vnd', 'dong'],
  ['vnđ', 'dong'],
  ['d', 'dong'],
  ['trieu dong', 'trieu_dong'],
  ['trieu', 'trieu_dong'],
  ['tr d', 'trieu_dong'],
  ['trd', 'trieu_dong'],
  ['tr dong', 'trieu_dong'],
  ['trieu vnd', 'trieu_dong'],
  ['nghin dong', 'unsupported'],
  ['ngan dong', 'unsupported'],
  ['ty dong', 'unsupported'],
  ['ti dong', 'unsupported'],
  ['nghin', 'unsupported'],
  ['ty', 'unsupported'],
]);

/** "triệu đồng", "Tr.đ", "đồng" → the unit; a money word TinhGon does not take ("nghìn đồng") → 'unsupported'; else null. */
export function unitOfWord(text: string): AmountUnit | 'unsupported' | null {
  return WORDS.get(matchKey(text)) ?? null;
}

/** A declaration in a cell: "Đơn vị tính: triệu đồng", "ĐVT: đồng", "(Đơn vị: đồng)"; null if the cell declares none. */
export function declaredUnit(text: string): AmountUnit | 'unsupported' | null {
  const m = /^\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*[:：]\s*([^)]*?)\)?\s*$/iu.exec(text.normalize('NFC').trim());
  return m ? unitOfWord(m[1]!) : null;
}

/** A header with its unit in brackets at the end ("Tổng nguồn thu (A) (triệu đồng)") → the header without it and the unit. */
export function splitHeaderUnit(text: string): { header: string; unit: AmountUnit | 'unsupported' } | null {
  const m = /^(.*?)\s*\(\s*(?:(?:đơn vị tính|đơn vị|đvt)\s*[:：]\s*)?([^()]*?)\s*\)\s*$/iu.exec(
    text.normalize('NFC').trim(),
  );
  if (!m || !m[1]) return null;
  const unit = unitOfWord(m[2]!);
  return unit ? { header: m[1], unit } : null;
}

/** A number written in `unit` as millionths of a đồng, or null if it has more decimals than can be kept exactly. */
export function toStored(e: Exact, unit: AmountUnit): Amount | null {
  // 1 đồng = 10^6 millionths and 1 triệu đồng = 10^12: scaling by the unit's decimals is the conversion.
  return scaled(e, UNIT_DECIMALS[unit]);
}

/** A stored amount in `unit`, exactly, in Vietnamese format (1.234.567,891; trailing zeros dropped). */
export function amountIn(a: Amount, unit: AmountUnit): string {
  const shift = UNIT_DECIMALS[unit];
  const negative = a < 0n;
  const abs = negative ? -a : a;
  const scale = 10n ** BigInt(shift);
  const whole = (abs / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = (abs % scale).toString().padStart(shift, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `,${frac}` : ''}`;
}

/** A stored amount as a number of `unit` (for chart scales only, never for a figure shown). */
export const amountValue = (a: Amount, unit: AmountUnit): number => Number(a) / 1e6 / (unit === 'trieu_dong' ? 1e6 : 1);

/** The unit line printed on tables, charts and exports. */
export const unitLine = (unit: AmountUnit): string => `Đơn vị tính: ${UNIT_WORDS[unit]}`;

/** "dong" / "trieu-dong" (command line) or "trieu_dong" → the unit, else undefined. */
export function parseUnitOption(text: string | undefined): AmountUnit | undefined {
  const u = text?.replace('-', '_');
  return u === 'dong' || u === 'trieu_dong' ? u : undefined;
}
