/**
 * Money amounts as exact fixed-point integers: millionths of a đồng (the one stored unit; see
 * money-unit.ts for figures written in triệu đồng), so that no floating-point rounding can move a
 * unit across a legal threshold.
 */
export const AMOUNT_DECIMALS = 6;
const SCALE = 10n ** BigInt(AMOUNT_DECIMALS);

/** An exact amount: the value × 10^6 as a bigint. */
export type Amount = bigint;

/**
 * Reads an amount typed the Vietnamese way ("1.234.567,89", "1234567,89"), or a spreadsheet
 * number. Returns undefined for empty input and null for what is not an amount (including more
 * than 6 decimals, which no budget figure has).
 */
export function parseAmount(input: string | number | null | undefined): Amount | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    // A spreadsheet keeps 15 significant digits: 0.1+0.2 is 0.3 to it, and so to us. Numbers too
    // large to hold exactly, or with digits below a millionth, are refused rather than rounded.
    const p = Number(input.toPrecision(15));
    if (Math.abs(p) >= 1e15) return null;
    const fixed = p.toFixed(AMOUNT_DECIMALS);
    if (Math.abs(Number(fixed) - p) > Math.abs(p) * 1e-12) return null;
    return parseAmount(fixed.replace('.', ','));
  }
  const s = input.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return undefined;
  // Vietnamese format only: "." groups thousands (1.234.567), "," marks decimals (1.234,5).
  // "1.5" or "1234.56" could be read two ways, so they are refused, never guessed.
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return null;
  const frac = m[3] ?? '';
  if (frac.length > AMOUNT_DECIMALS) return null;
  const digits = BigInt(m[2]!.replace(/\./g, '')) * SCALE + BigInt(frac.padEnd(AMOUNT_DECIMALS, '0') || '0');
  return m[1] ? -digits : digits;
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
