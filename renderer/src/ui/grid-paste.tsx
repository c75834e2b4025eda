/**
 * Pasting a block copied from a spreadsheet into an AG Grid Community grid (which has no
 * clipboard module): the grid's host reads the text of a paste event, places it from the focused
 * cell down and right (shared/view/grid-paste.ts), asks the grid to read each cell, and applies
 * all of them in one call, or, when any cell is refused, none, naming every refused cell (the
 * row's unit, the column, the reason). A cell being edited takes the paste itself.
 */
import { useCallback, useState, type ClipboardEvent, type RefObject } from 'react';
import type { AgGridReact } from 'ag-grid-react';
import type { Column, IRowNode } from 'ag-grid-community';
import { pastedCells, placeCells, trimCell } from '../../../shared/view/grid-paste.ts';
import { useI18n } from '../i18n.tsx';

/** A pasted cell as the grid reads it: its row, column and value, or why it is refused. */
export interface PasteCell<R, V> {
  node: IRowNode<R>;
  row: R;
  column: Column;
  value: V;
}
export type CellReading<V> = { value: V } | { refused: string };

/** A grid's message: what was saved, or what was refused (one line per refused cell). */
export interface GridMessage {
  kind: 'ok' | 'error';
  lines: string[];
}

/**
 * The column's name in words: `context.label` when the column gives one (its tooltip explains more
 * than a name), else its header tooltip (the full name of an abbreviated header), else its header.
 */
export const columnLabel = (column: Column): string => {
  const def = column.getColDef();
  const label = (def.context as { label?: unknown } | undefined)?.label;
  if (typeof label === 'string') return label;
  return typeof def.headerTooltip === 'string' ? def.headerTooltip : (def.headerName ?? column.getColId());
};

export function useGridPaste<R, V>(opts: {
  gridRef: RefObject<AgGridReact<R> | null>;
  /** The row's name in a message (a unit's name). */
  rowLabel(row: R): string;
  /** Reads one pasted text for its row and column (the column is editable for the row). */
  read(text: string, row: R, column: Column): CellReading<V>;
  /** Applies every cell at once; a refusal is thrown and shown. */
  apply(cells: Array<PasteCell<R, V>>): Promise<string | void>;
  errorOf(err: unknown): string;
}) {
  const { t } = useI18n();
  const [message, setMessage] = useState<GridMessage | null>(null);
  const { gridRef, rowLabel, read, apply, errorOf } = opts;

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLElement>) => {
      const api = gridRef.current?.api;
      const focused = api?.getFocusedCell();
      if (!api || !focused || focused.rowPinned || api.getEditingCells().length > 0) return;
      const text = e.clipboardData.getData('text/plain');
      const cells = pastedCells(text);
      if (cells.length === 0) return;
      e.preventDefault();
      const rows: Array<IRowNode<R>> = [];
      for (let i = 0; i < api.getDisplayedRowCount(); i++) rows.push(api.getDisplayedRowAtIndex(i)!);
      const columns = api.getAllDisplayedColumns();
      const start = columns.findIndex((c) => c.getColId() === focused.column.getColId());
      const { placed, tooManyRows, tooManyColumns } = placeCells(cells, rows, focused.rowIndex, columns, start);
      if (tooManyRows > 0 || tooManyColumns > 0) {
        setMessage({
          kind: 'error',
          lines: [
            tooManyRows > 0
              ? t('paste.tooManyRows', { count: cells.length, rows: rows.length - focused.rowIndex })
              : t('paste.tooManyColumns', { count: Math.max(...cells.map((c) => c.length)) }),
          ],
        });
        return;
      }
      const refused: string[] = [];
      const ok: Array<PasteCell<R, V>> = [];
      for (const { row: node, column, text: raw } of placed) {
        if (!node.data) continue;
        const where = { unit: rowLabel(node.data), field: columnLabel(column) };
        if (!column.isCellEditable(node)) {
          refused.push(t('grid.cellRefused', { ...where, reason: t('paste.notEditable') }));
          continue;
        }
        const reading = read(trimCell(raw), node.data, column);
        if ('refused' in reading) refused.push(t('grid.cellRefused', { ...where, reason: reading.refused }));
        else ok.push({ node, row: node.data, column, value: reading.value });
      }
      if (refused.length > 0) {
        setMessage({ kind: 'error', lines: [t('paste.nothingSaved', { count: refused.length }), ...refused] });
        return;
      }
      setMessage(null);
      apply(ok)
        .then((done) => setMessage({ kind: 'ok', lines: [done || t('paste.saved', { count: ok.length })] }))
        .catch((err: unknown) =>
          setMessage({ kind: 'error', lines: [t('paste.nothingSaved', { count: 1 }), errorOf(err)] }),
        );
    },
    [gridRef, rowLabel, read, apply, errorOf, t],
  );
  return { onPaste, message, setMessage };
}

/** A grid's message over it: refusals as an alert, one line each. */
export function GridMessageBox({ message, testId }: { message: GridMessage | null; testId: string }) {
  if (!message) return null;
  return (
    <div
      className={message.kind === 'error' ? 'form-error grid-message' : 'grid-message ok'}
      role={message.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {message.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
