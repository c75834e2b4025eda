/**
 * Counts what a worksheet's XML would make exceljs (and then readWorkbook) build, while it is being
 * inflated and before anything is built: rows, the column of each cell (its `r` attribute, else the
 * one after the previous cell), merged ranges and column ranges. Any count past its limit is
 * refused at once. A linear byte scanner (no regular expression over the stream), so hostile XML
 * cannot make it slow; it may count more than exceljs builds, never less.
 */
import { AppError } from '../../shared/errors.ts';
import {
  MAX_IMPORT_CELLS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_MERGES,
  MAX_IMPORT_ROWS,
} from '../../shared/import/limits.ts';

/** Excel's own last column (XFD): `<col max>` may name it to style "the rest of the row". */
const EXCEL_COLUMNS = 16_384;
/** A start tag we read the attributes of is never this long in a real file. */
const MAX_TAG = 64 * 1024;

const LT = 0x3c,
  GT = 0x3e,
  DQ = 0x22,
  SQ = 0x27,
  SLASH = 0x2f,
  COLON = 0x3a;

/** Where the scanner is: between tags, in a tag's name, in its attributes, in a quoted value. */
const State = { Text: 0, Name: 1, Attrs: 2, Double: 3, Single: 4 } as const;
type State = (typeof State)[keyof typeof State];

export class SheetScan {
  /** Cells of this sheet so far, empty cells up to each row's last one included, plus merged areas. */
  cells = 0;
  private state: State = State.Text;
  /** The tag being read: its watched local name, the bytes of its local name, whether it closes an element. */
  private name = '';
  private readonly nameBytes = new Uint8Array(16);
  private nameLength = 0;
  private closing = false;
  private attrs = '';
  private watched = false;
  private row = 0;
  private col = 0;
  private rowLast = 0;
  private rowCells = 0;
  private merges = 0;

  private readonly before: number;
  private readonly fileName: string;

  /** `before`: cells already counted in the file's other sheets. */
  constructor(before: number, fileName: string) {
    this.before = before;
    this.fileName = fileName;
  }

  feed(chunk: Uint8Array): void {
    // The hot loop keeps its state in locals (a bomb is tens of millions of tiny tags).
    let state: number = this.state;
    let nameLength = this.nameLength;
    const nameBytes = this.nameBytes;
    let attrStart = state >= State.Attrs && this.watched ? 0 : -1;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const b = chunk[i]!;
      if (state === State.Text) {
        if (b === LT) {
          state = State.Name;
          nameLength = 0;
          this.closing = false;
        } else {
          // A run of text (a value, or a bomb's zeros) is skipped natively to the next tag.
          const next = chunk.indexOf(LT, i + 1);
          i = (next < 0 ? n : next) - 1;
        }
      } else if (state === State.Name) {
        if (b === GT || b === SLASH || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) {
          if (b === SLASH && nameLength === 0 && !this.closing) {
            this.closing = true; // "</c>"
            continue;
          }
          this.nameLength = nameLength;
          this.watched = !this.closing && this.watchedName();
          if (b === GT) {
            if (this.watched) {
              this.attrs = '';
              this.endTag();
            }
            state = State.Text;
          } else {
            state = State.Attrs;
            this.attrs = '';
            attrStart = this.watched ? i : -1;
          }
        } else if (b === COLON)
          nameLength = 0; // a prefix: only the local name counts
        else if (nameLength < nameBytes.length) nameBytes[nameLength++] = b;
        else nameLength = nameBytes.length + 1; // longer than any watched name
      } else if (state === State.Attrs) {
        if (b === GT) {
          if (this.watched) {
            if (attrStart >= 0) this.keep(chunk, attrStart, i);
            this.endTag();
          }
          attrStart = -1;
          state = State.Text;
        } else if (b === DQ) state = State.Double;
        else if (b === SQ) state = State.Single;
      } else if (state === State.Double) {
        if (b === DQ) state = State.Attrs;
      } else if (b === SQ) state = State.Attrs;
    }
    if (attrStart >= 0) this.keep(chunk, attrStart, n);
    this.state = state as State;
    this.nameLength = nameLength;
  }

  /** The sheet's end: its last row counted. Returns the sheet's cells. */
  end(): number {
    this.endRow();
    return this.cells;
  }

  /** Whether the local name read is a watched one (compared byte by byte: no string per tag); sets `name`. */
  private watchedName(): boolean {
    const n = this.nameLength;
    const name = n === 1 ? 'c' : n === 3 ? (this.nameBytes[0] === 0x63 ? 'col' : 'row') : n === 9 ? 'mergeCell' : null;
    if (name === null) return false;
    for (let k = 0; k < n; k++) if (this.nameBytes[k] !== name.charCodeAt(k)) return false;
    this.name = name;
    return true;
  }

  private keep(chunk: Uint8Array, from: number, to: number): void {
    if (this.attrs.length + (to - from) > MAX_TAG)
      throw new AppError('bad_request', 'err.importUnreadable', { file: this.fileName });
    this.attrs += latin1(chunk, from, to);
  }

  /** A watched tag's end: its attributes are in `attrs`. */
  private endTag(): void {
    this.watched = false;
    if (this.name === 'row') {
      this.endRow();
      const r = attribute(this.attrs, 'r');
      this.row = r !== null && /^\d+$/.test(r) ? Number(r) : this.row + 1;
      if (this.row > MAX_IMPORT_ROWS) throw new AppError('bad_request', 'err.importTooLarge', { max: MAX_IMPORT_ROWS });
    } else if (this.name === 'c') {
      const r = attribute(this.attrs, 'r');
      const at = r === null ? null : address(r);
      this.col = at?.col ?? this.col + 1;
      this.columnWithin(this.col);
      this.rowLast = Math.max(this.rowLast, this.col);
      this.rowCells++;
    } else if (this.name === 'mergeCell') {
      if (++this.merges > MAX_IMPORT_MERGES)
        throw new AppError('bad_request', 'err.importTooManyMerges', { max: MAX_IMPORT_MERGES });
      const [from, to] = (attribute(this.attrs, 'ref') ?? '').split(':').map(address);
      if (!from) return;
      const last = to ?? from;
      this.columnWithin(Math.max(from.col, last.col));
      if (Math.max(from.row, last.row) > MAX_IMPORT_ROWS)
        throw new AppError('bad_request', 'err.importTooLarge', { max: MAX_IMPORT_ROWS });
      this.add((Math.abs(last.col - from.col) + 1) * (Math.abs(last.row - from.row) + 1));
    } else if (this.name === 'col') {
      const max = Number(attribute(this.attrs, 'max') ?? 0);
      if (!(max <= EXCEL_COLUMNS))
        throw new AppError('bad_request', 'err.importTooManyColumns', { max: MAX_IMPORT_COLUMNS });
    }
  }

  private endRow(): void {
    this.add(Math.max(this.rowLast, this.rowCells));
    this.col = 0;
    this.rowLast = 0;
    this.rowCells = 0;
  }

  private columnWithin(col: number): void {
    if (col > MAX_IMPORT_COLUMNS)
      throw new AppError('bad_request', 'err.importTooManyColumns', { max: MAX_IMPORT_COLUMNS });
  }

  private add(n: number): void {
    this.cells += n;
    if (this.before + this.cells > MAX_IMPORT_CELLS)
      throw new AppError('bad_request', 'err.importTooManyCells', { max: MAX_IMPORT_CELLS });
  }
}

const latin1 = (chunk: Uint8Array, from: number, to: number) =>
  Buffer.from(chunk.buffer, chunk.byteOffset + from, to - from).toString('latin1');

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

/** "AB12" (or "$AB$12") as a 1-based column and row; a column of more than three letters counts as beyond every limit. */
function address(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]+)\$?(\d*)$/.exec(ref.trim());
  if (!m) return null;
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: letters.length > 3 ? Infinity : col, row: Number(m[2] || 0) };
}
