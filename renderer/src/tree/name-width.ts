/**
 * The width of the unit grid's name column: as wide as the longest visible name needs (indent,
 * ▸/▾, drag handle and padding included), at least its narrow width, but never so wide that the
 * findings and the first number columns leave the grid's view (the 1366 px requirement: name,
 * findings and at least four number columns seen).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AgGridReact } from 'ag-grid-react';
import type { ColumnResizedEvent } from 'ag-grid-community';

/** The name column's narrowest and widest widths (px). */
export const NAME_MIN = 220;
export const NAME_MAX = 600;
/** What the name cell adds to the name's text: drag handle, ▸/▾, padding (px); and each level's indent. */
export const NAME_CHROME = 64;
export const NAME_INDENT = 16;

/**
 * The name column's width in a grid `host` px wide whose names need `wanted` px, keeping `reserved`
 * px in view for the columns that must stay seen beside it (findings, number columns, scrollbar).
 */
export function nameColumnWidth(host: number, wanted: number, reserved: number): number {
  return Math.round(Math.max(NAME_MIN, Math.min(wanted, host - reserved, NAME_MAX)));
}

/** The px a row's name needs: its indent, the cell's chrome and its text (`measure`). */
export const nameNeeds = (row: { depth: number; name: string }, measure: (text: string) => number): number =>
  row.depth * NAME_INDENT + NAME_CHROME + measure(row.name);

/** The most rows measured: past this many the width of the first ones is kept (a fully opened big tree). */
const MEASURED = 5_000;

/**
 * Sizes the name column of `grid` to the visible `rows` (their names by `nameOf`) and the width
 * of `host`, until the person resizes it by hand (then their width is kept). Returns the grid's
 * handlers: a column resized, and the first data drawn (the column can be sized from then on).
 */
export function useNameWidth<R>(
  grid: RefObject<AgGridReact<R> | null>,
  host: RefObject<HTMLElement | null>,
  rows: ReadonlyArray<{ depth: number; code: string }>,
  nameOf: (code: string) => string,
  reserved: number,
) {
  const [hostWidth, setHostWidth] = useState(0);
  // Counted: the grid is drawn again (a new one) when the language changes.
  const [drawn, setDrawn] = useState(0);
  const byHand = useRef(false);
  const widths = useRef(new Map<string, number>());
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const seen = new ResizeObserver(() => setHostWidth(el.clientWidth));
    seen.observe(el);
    setHostWidth(el.clientWidth);
    return () => seen.disconnect();
  }, [host]);
  useEffect(() => {
    const api = grid.current?.api;
    const el = host.current;
    if (drawn === 0 || !api || !el || hostWidth === 0 || byHand.current) return;
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return;
    ctx.font = `13px ${getComputedStyle(el).fontFamily}`;
    const measure = (text: string) => {
      let w = widths.current.get(text);
      if (w === undefined) widths.current.set(text, (w = ctx.measureText(text).width));
      return w;
    };
    let wanted = 0;
    for (const r of rows.slice(0, MEASURED))
      wanted = Math.max(wanted, nameNeeds({ depth: r.depth, name: nameOf(r.code) }, measure));
    const width = nameColumnWidth(hostWidth, wanted, reserved);
    if (api.getColumn('name')?.getActualWidth() !== width) api.setColumnWidths([{ key: 'name', newWidth: width }]);
  }, [grid, host, rows, nameOf, hostWidth, reserved, drawn]);
  const onColumnResized = useCallback((e: ColumnResizedEvent<R>) => {
    if (e.source === 'uiColumnResized' && e.finished && e.column?.getColId() === 'name') byHand.current = true;
  }, []);
  const onFirstDataRendered = useCallback(() => setDrawn((d) => d + 1), []);
  return { onColumnResized, onFirstDataRendered };
}
