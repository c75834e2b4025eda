/**
 * The number convention of a column, decided from the file itself. A file may write "1.234,5"
 * (Vietnamese: "." groups thousands, "," marks decimals) or "1,234.5" (the other way round). Each
 * value says which conventions it can be read under, given what the column holds (a head count
 * has no decimals, a coefficient is at most 20…):
 *   - "2.01", "2.0099", "1,234.5", "1.234,5", "1.234.567": one reading only → decides the column;
 *   - "1250", a spreadsheet number, "0,5" in a count column: the same under both, or none;
 *   - "1.250" in a decimal column: 1.25 or 1250 → ambiguous. In a count column it is 1250 only
 *     (1.25 is not a count), but "1.000" stays ambiguous there (1 or 1000).
 * A column whose values decide both ways is refused naming the row and value that disagrees; a
 * column in which every deciding value is ambiguous is asked (mapping step, `--decimal`), never
 * guessed.
 */
import { cellText, type Cell } from './table.ts';

export const DECIMAL_MARKS = [',', '.'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/** What a column holds: at most `decimals` significant decimals, and at most `max` when given. */
export interface NumberKind {
  decimals: number;
  max?: number;
}

/** An exact decimal: digits before and after the mark (no leading/trailing zeros kept). */
export interface Exact {
  negative: boolean;
  int: string;
  frac: string;
}

const SPACES = /[\s\u00a0\u202f]/g;

/** The text as a number written with `mark` as decimal mark (the other groups thousands), or null. */
export function readNumber(text: string, mark: DecimalMark): Exact | null {
  const s = text.replace(SPACES, '');
  const group = mark === ',' ? '\\.' : ',';
  const m = new RegExp(`^([-+]?)([1-9]\\d{0,2}(?:${group}\\d{3})+|\\d+)(?:\\${mark}(\\d+))?$`).exec(s);
  if (!m) return null;
  const int = m[2]!.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return { negative: m[1] === '-' && (int !== '0' || frac !== ''), int, frac };
}

/** A spreadsheet number as an exact decimal (15 significant digits, as the spreadsheet keeps it). */
function exactOfNumber(n: number): Exact | null {
  if (!Number.isFinite(n)) return null;
  const text = Math.abs(n).toPrecision(15);
  if (/e/.test(text)) return null; // beyond 10^15 or below 10^-6: not a figure a sheet holds exactly
  const [int, frac = ''] = text.split('.');
  const e = { negative: n < 0, int: int!.replace(/^0+(?=\d)/, ''), frac: frac.replace(/0+$/, '') };
  return { ...e, negative: e.negative && (e.int !== '0' || e.frac !== '') };
}

function fits(e: Exact, kind: NumberKind): boolean {
  if (e.frac.length > kind.decimals) return false;
  if (kind.max === undefined) return true;
  return Number(`${e.int}.${e.frac || '0'}`) <= kind.max;
}

const same = (a: Exact, b: Exact) => a.negative === b.negative && a.int === b.int && a.frac === b.frac;

/** Under which marks a value reads as a number of this kind: 'both' (same value), 'either' (two values), one mark, or 'none'. */
export function readingsOf(
  cell: Cell | undefined,
  kind: NumberKind,
): 'empty' | 'both' | 'either' | 'none' | DecimalMark {
  if (typeof cell === 'number') return 'both';
  const text = cellText(cell);
  if (text === '') return 'empty';
  const comma = readNumber(text, ',');
  const dot = readNumber(text, '.');
  const c = comma && fits(comma, kind) ? comma : null;
  const d = dot && fits(dot, kind) ? dot : null;
  if (c && d) return same(c, d) ? 'both' : 'either';
  return c ? ',' : d ? '.' : 'none';
}

export type ColumnDecision =
  /** `mark` null: no value depends on the mark. */
  | { status: 'decided'; mark: DecimalMark | null }
  /** Every value that depends on the mark can be read both ways; the first of them. */
  | { status: 'ambiguous'; row: number; value: string }
  /** A value that reads only under `mark`, against the first value that read only under the other. */
  | { status: 'mixed'; row: number; value: string; mark: DecimalMark; against: { row: number; value: string } };

/** Decides a column's decimal mark from all its values (see the file comment). */
export function decideColumn(
  cells: ReadonlyArray<{ row: number; cell: Cell | undefined }>,
  kind: NumberKind,
): ColumnDecision {
  let decided: { mark: DecimalMark; row: number; value: string } | null = null;
  let ambiguous: { row: number; value: string } | null = null;
  for (const { row, cell } of cells) {
    const r = readingsOf(cell, kind);
    if (r === 'either') ambiguous ??= { row, value: cellText(cell) };
    else if (r === ',' || r === '.') {
      if (!decided) decided = { mark: r, row, value: cellText(cell) };
      else if (decided.mark !== r)
        return {
          status: 'mixed',
          row,
          value: cellText(cell),
          mark: r,
          against: { row: decided.row, value: decided.value },
        };
    }
  }
  if (decided) return { status: 'decided', mark: decided.mark };
  if (ambiguous) return { status: 'ambiguous', ...ambiguous };
  return { status: 'decided', mark: null };
}

/** Why a column cannot be read: two conventions in it, or every value reads two ways and nobody answered. */
export interface ColumnProblem {
  row: number;
  value: string;
  key: 'err.decimalMixed' | 'err.decimalAmbiguous';
  params: { value: string; mark?: DecimalMark; againstRow?: number; againstValue?: string };
}

/** A column's mark: decided by its values, else `chosen` (the answer to the question), else the problem to report. */
export function columnMark(
  cells: ReadonlyArray<{ row: number; cell: Cell | undefined }>,
  kind: NumberKind,
  chosen?: DecimalMark,
): { mark: DecimalMark | null } | { problem: ColumnProblem } {
  const d = decideColumn(cells, kind);
  if (d.status === 'decided') return { mark: d.mark };
  if (d.status === 'mixed')
    return {
      problem: {
        row: d.row,
        value: d.value,
        key: 'err.decimalMixed',
        params: { value: d.value, mark: d.mark, againstRow: d.against.row, againstValue: d.against.value },
      },
    };
  return chosen
    ? { mark: chosen }
    : { problem: { row: d.row, value: d.value, key: 'err.decimalAmbiguous', params: { value: d.value } } };
}

/**
 * A cell as an exact number under the column's mark (null: no value depends on it), or null when
 * it is not a number of this kind; undefined when empty.
 */
export function readCell(cell: Cell | undefined, mark: DecimalMark | null, kind: NumberKind): Exact | null | undefined {
  if (typeof cell === 'number') {
    const e = exactOfNumber(cell);
    return e && fits(e, kind) ? e : null;
  }
  const text = cellText(cell);
  if (text === '') return undefined;
  const marks = mark ? [mark] : DECIMAL_MARKS;
  for (const m of marks) {
    const e = readNumber(text, m);
    if (e && fits(e, kind)) return e;
  }
  return null;
}

/** An exact decimal scaled by 10^decimals as a bigint, or null if it has more decimals. */
export function scaled(e: Exact, decimals: number): bigint | null {
  if (e.frac.length > decimals) return null;
  const v = BigInt(e.int + e.frac.padEnd(decimals, '0'));
  return e.negative ? -v : v;
}

/** An exact decimal as a JS number (counts and small coefficients, which a double holds exactly enough). */
export const numberOf = (e: Exact): number => Number(`${e.negative ? '-' : ''}${e.int}.${e.frac || '0'}`);

/** The line an export writes above its header, so that its own numbers never need a question. */
export const VIETNAMESE_NUMBERS_NOTE = 'Dấu thập phân: dấu phẩy (số viết như 1.234,5)';

/** A cell declaring the file's decimal mark ("Dấu thập phân: dấu phẩy", "Dấu thập phân: ."), else null. */
export function declaredDecimal(text: string): DecimalMark | null {
  const m = /^dấu thập phân\s*[:：]\s*(.+)$/iu.exec(text.normalize('NFC').trim());
  if (!m) return null;
  const rest = m[1]!.toLowerCase();
  if (/^(dấu )?phẩy\b|^,/u.test(rest)) return ',';
  if (/^(dấu )?chấm\b|^\./u.test(rest)) return '.';
  return null;
}

/** "," / "." from the command line or a stored answer, else undefined. */
export function parseDecimalMark(text: string | undefined): DecimalMark | undefined {
  return text === ',' || text === '.' ? text : undefined;
}
