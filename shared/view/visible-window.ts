/**
 * The rows of a long list of fixed-height rows that a scrolled viewport shows, plus `overscan`
 * rows either side (so keyboard focus and small scrolls find rows already drawn): the half-open
 * index range [start, end) to render, and the blank space to leave above and below it so that the
 * scroll height and positions stay those of the whole list.
 */
export interface VisibleWindow {
  start: number;
  end: number;
  /** Height of the rows above `start` (px). */
  before: number;
  /** Height of the rows from `end` on (px). */
  after: number;
}

export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): VisibleWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last, first + 1) + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/**
 * The scroll offset that brings row `index` into a viewport of `viewportHeight` scrolled to
 * `scrollTop` with the least movement ("nearest"), or `scrollTop` itself when it is in view.
 */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
