import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scrollToShow, visibleWindow } from './visible-window.ts';

describe('visibleWindow', () => {
  it('renders the rows in view plus the overscan, and pads the rest', () => {
    expect(visibleWindow(0, 100, 20, 1000, 3)).toEqual({ start: 0, end: 8, before: 0, after: 992 * 20 });
    expect(visibleWindow(1000, 100, 20, 1000, 3)).toEqual({ start: 47, end: 58, before: 47 * 20, after: 942 * 20 });
    // A partly shown row at either edge counts as in view.
    expect(visibleWindow(10, 100, 20, 1000, 0)).toEqual({ start: 0, end: 6, before: 0, after: 994 * 20 });
  });

  it('handles an empty list, a short list and a scroll past the end', () => {
    expect(visibleWindow(0, 100, 20, 0, 5)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(visibleWindow(0, 500, 20, 4, 5)).toEqual({ start: 0, end: 4, before: 0, after: 0 });
    expect(visibleWindow(99_999, 100, 20, 10, 2)).toEqual({ start: 7, end: 10, before: 140, after: 0 });
  });

  it('covers every row in the viewport and keeps the total height (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 50 }),
        (count, scrollTop, height, rowH, overscan) => {
          const w = visibleWindow(scrollTop, height, rowH, count, overscan);
          expect(0 <= w.start && w.start <= w.end && w.end <= count).toBe(true);
          expect(w.before + (w.end - w.start) * rowH + w.after).toBe(count * rowH);
          const maxTop = Math.max(0, count * rowH - height); // the browser clamps the scroll offset
          const top = Math.min(scrollTop, maxTop);
          const wc = visibleWindow(top, height, rowH, count, overscan);
          for (let i = 0; i < count; i++) {
            const inView = i * rowH < top + height && (i + 1) * rowH > top;
            if (inView) expect(i >= wc.start && i < wc.end).toBe(true);
          }
          expect(wc.end - wc.start).toBeLessThanOrEqual(Math.ceil(height / rowH) + 1 + 2 * overscan);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('scrollToShow', () => {
  it('scrolls the least needed to show a row', () => {
    expect(scrollToShow(5, 0, 100, 20)).toBe(20); // below: its bottom at the viewport's bottom
    expect(scrollToShow(2, 100, 100, 20)).toBe(40); // above: its top at the viewport's top
    expect(scrollToShow(6, 100, 100, 20)).toBe(100); // in view: unchanged
  });
});
