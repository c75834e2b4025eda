/**
 * Money amounts as exact fixed-point integers (millionths of the workspace unit, đồng or triệu
 * đồng), so that no floating-point rounding can move a unit across a legal threshold.
 */
export const AMOUNT_DECIMALS = 6;
const SCALE = 10n ** BigInt(AMOUNT_DECIMALS);

/** An exact amount: the value × 10^6 as a bigint. */
export type Amount = bigint;

/**
 * Reads an amount typed the Vietnamese way ("1.234.567,89") or plainly ("1234567.89"), or a
 * spreadsheet number. Returns undefined for empty input and null for what is not an amount
 * (including more than 6 decimals, which no budget figure has).
 */
export function parseAmount(input: string | number | null | undefined): Amount | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    // A spreadsheet number: its shortest decimal text is exact for the decimals people type.
    return parseAmount(input.toString().includes('e') ? input.toFixed(AMOUNT_DECIMALS) : input.toString().replace('.', ','));
  }
  const s = input.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return undefined;
  let intPart: string;
  let frac = '';
  let m: RegExpExecArray | null;
  if ((m = /^(-?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s))) {
    intPart = m[1]! + m[2]!.replace(/\./g, '');
    frac = m[3] ?? '';
  } else if ((m = /^(-?\d+)(?:[,.](\d+))?$/.exec(s))) {
    // "12,5" (Vietnamese) or "12.5" (a number written plainly).
    intPart = m[1]!;
    frac = m[2] ?? '';
  } else return null;
  if (frac.length > AMOUNT_DECIMALS) return null;
  const negative = intPart.startsWith('-');
  const digits = BigInt(intPart.replace('-', '')) * SCALE + BigInt(frac.padEnd(AMOUNT_DECIMALS, '0') || '0');
  return negative ? -digits : digits;
}

/** An amount for display, in Vietnamese format with up to `decimals` decimals (rounded half up; trailing zeros dropped). */
export function formatAmount(a: Amount, decimals = 2): string {
  const negative = a < 0n;
  const abs = negative ? -a : a;
  const unit = 10n ** BigInt(AMOUNT_DECIMALS - decimals);
  const rounded = (abs + unit / 2n) / unit;
  const whole = rounded / 10n ** BigInt(decimals);
  const frac = (rounded % 10n ** BigInt(decimals)).toString().padStart(decimals, '0');
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = decimals > 0 && /[1-9]/.test(frac) ? `${grouped},${frac.replace(/0+$/, '')}` : grouped;
  return negative ? `-${text}` : text;
}
