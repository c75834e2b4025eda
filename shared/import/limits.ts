/**
 * Limits on what an import may hold, checked while a file is read (before any table is built), so
 * a small file cannot make the back end build millions of cells or column labels. Each refusal
 * names its limit. The largest real workbook we know (50,000 units, 20 columns) is far below.
 */

/** Bytes of one uploaded file (any transport). Base64 makes it 64 MiB on the wire. */
export const MAX_UPLOAD_BYTES = 48 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024;
/** Length of the base64 text of the largest upload. */
export const MAX_UPLOAD_BASE64 = 4 * Math.ceil(MAX_UPLOAD_BYTES / 3);

/** Rows beyond this are refused (four times the 50,000 units of the largest workspace we measure). */
export const MAX_IMPORT_ROWS = 200_000;
/** Columns of a sheet (a cell further right is refused, not padded). */
export const MAX_IMPORT_COLUMNS = 1_000;
/** Cells of a whole file, empty cells up to each row's last one included. */
export const MAX_IMPORT_CELLS = 3_000_000;
/** Merged ranges of one sheet (exceljs compares each with every other while loading). */
export const MAX_IMPORT_MERGES = 10_000;
