/**
 * The org chart of a proposal's appendix, laid out for A4 pages: one group per unit of the top
 * levels that has subordinate units (the unit and its direct subordinates, four to a row), groups
 * packed on pages and never split unless one alone is taller than a page (then it continues on
 * the next page under its unit again). Sizes are in millimetres; renderers draw it as vector SVG.
 */
import type { Unit } from '../model/unit.ts';
import { buildTree } from '../tree.ts';
import { staffOf } from '../scenario/simulate.ts';
import { quotaOfRollup, unitFiguresOf } from '../scenario/figures.ts';
import { ownRollup } from '../rollup.ts';
import { TEXT_WIDTH } from './page.ts';
import { formatInteger } from '../format.ts';

export interface ChartBox {
  code: string;
  name: string;
  /** Biên chế được giao (civil servants + state-paid public employees) and people in post, of the whole subtree. */
  quota: number;
  staff: number;
  /** The unit's own row, for a unit with subordinates (its figures above are its subtree's). */
  own: { quota: number; staff: number } | null;
  /** Subordinate units (drawn in their own group when the chart goes that deep). */
  children: number;
  status: 'new' | 'changed' | null;
}

export interface PlacedBox extends ChartBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The name broken into lines. */
  lines: string[];
  /** Quota, staff and tags, broken into lines. */
  figures: string[];
  root: boolean;
}

export interface ChartGroup {
  y: number;
  height: number;
  continued: boolean;
  boxes: PlacedBox[];
  /** Connector segments [x1, y1, x2, y2]. */
  lines: Array<[number, number, number, number]>;
}

export interface ChartPage {
  caption: string;
  height: number;
  groups: ChartGroup[];
}

/** Millimetres per point. */
export const PT = 0.3528;
export const CHART_FONT = { name: 8, rootName: 9, figures: 7 } as const;
const COLUMNS = 4;
const TRUNK = 4;
const GAP = 3;
const ROW_GAP = 5;
const GROUP_GAP = 8;
const PAD = 1.5;
const MAX_LINES = 3;
/** Height available for the chart on a page under its caption, and on a page that also carries the appendix's title. */
export const CHART_PAGE_HEIGHT = 232;
export const CHART_FIRST_PAGE_HEIGHT = 200;

/** Rough advance widths of Times-metric glyphs, in em. */
function charWidth(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/[.,;:'"()\-/]/.test(ch)) return 0.3;
  if (/\d/.test(ch)) return 0.5;
  if (/[ijltfr]/.test(ch)) return 0.3;
  if (/[mw]/.test(ch)) return 0.75;
  if (ch !== ch.toLocaleLowerCase('vi')) return 0.7;
  return 0.48;
}

/** Breaks text into lines of at most `width` mm at `size` pt (words longer than a line are cut); at most `max` lines. */
export function wrapText(text: string, width: number, size: number, max = MAX_LINES): string[] {
  const em = size * PT;
  const measure = (s: string) => [...s].reduce((w, c) => w + charWidth(c) * em, 0);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (measure(next) <= width || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    let last = kept[max - 1]!;
    while (last.length > 1 && measure(`${last}…`) > width) last = last.slice(0, -1);
    kept[max - 1] = `${last}…`;
    return kept;
  }
  return lines;
}

/** "BC 15 · 14 người" (the subtree's), the unit's own row second, then the tags ("Mới", "Thay đổi", how many units are under it). */
export function boxFigures(box: ChartBox, root: boolean): string[] {
  const tags = [
    box.status === 'new' ? 'Mới' : box.status === 'changed' ? 'Thay đổi' : '',
    box.children > 0 && !root ? `${formatInteger(box.children)} đơn vị trực thuộc` : '',
  ].filter(Boolean);
  const own = box.own
    ? [`riêng đơn vị: BC ${formatInteger(box.own.quota)} · ${formatInteger(box.own.staff)} người`]
    : [];
  return [
    `BC ${formatInteger(box.quota)} · ${formatInteger(box.staff)} người`,
    ...own,
    ...(tags.length > 0 ? [tags.join(' · ')] : []),
  ];
}

function place(box: ChartBox, x: number, y: number, w: number, root: boolean): PlacedBox {
  const size = root ? CHART_FONT.rootName : CHART_FONT.name;
  const lines = wrapText(box.name, w - 2 * PAD, size);
  const figures = boxFigures(box, root).flatMap((f) => wrapText(f, w - 2 * PAD, CHART_FONT.figures, 2));
  const h = PAD * 2 + lines.length * size * PT * 1.2 + figures.length * CHART_FONT.figures * PT * 1.25;
  return { ...box, x, y, w, h, lines, figures, root };
}

/** One group: its unit on top, its subordinates in rows under a trunk on the left; split into parts no taller than `maxHeight`. */
function layoutGroup(root: ChartBox, children: ChartBox[], maxHeight: number): ChartGroup[] {
  const colWidth = (TEXT_WIDTH - TRUNK - GAP * (COLUMNS - 1)) / COLUMNS;
  const parts: ChartGroup[] = [];
  let i = 0;
  do {
    const top = place(root, (TEXT_WIDTH - 90) / 2, 0, 90, true);
    const boxes: PlacedBox[] = [top];
    const lines: ChartGroup['lines'] = [];
    const rootBottom = top.h;
    const rootMid = top.x + top.w / 2;
    let y = rootBottom + ROW_GAP;
    let lastBus = rootBottom;
    const start = i;
    while (i < children.length) {
      const row = children
        .slice(i, i + COLUMNS)
        .map((c, k) => place(c, TRUNK + k * (colWidth + GAP), y, colWidth, false));
      const rowHeight = Math.max(...row.map((b) => b.h));
      if (y + rowHeight > maxHeight && i > start) break;
      const bus = y - ROW_GAP / 2;
      const last = row[row.length - 1]!;
      lines.push([TRUNK / 2, bus, last.x + last.w / 2, bus]);
      for (const b of row) lines.push([b.x + b.w / 2, bus, b.x + b.w / 2, y]);
      lastBus = bus;
      boxes.push(...row);
      i += row.length;
      y += rowHeight + ROW_GAP;
    }
    // The unit's line down to the first bus, then the trunk on the left down to the last one.
    const firstBus = rootBottom + ROW_GAP / 2;
    lines.unshift(
      [rootMid, rootBottom, rootMid, firstBus],
      [TRUNK / 2, firstBus, rootMid, firstBus],
      [TRUNK / 2, firstBus, TRUNK / 2, lastBus],
    );
    parts.push({ y: 0, height: y - ROW_GAP, continued: parts.length > 0, boxes, lines });
  } while (i < children.length);
  return parts;
}

/**
 * The chart of a set of units as pages: a group for each unit down to `depth` levels below the
 * roots that has subordinates, in tree order. `status` marks new or changed units (the plan's).
 */
export function chartPages(
  units: readonly Unit[],
  caption: string,
  options: { depth?: number; status?: (u: Unit) => ChartBox['status']; firstPageHeight?: number } = {},
): ChartPage[] {
  const depth = options.depth ?? 1;
  const room = () => (pages.length <= 1 ? (options.firstPageHeight ?? CHART_PAGE_HEIGHT) : CHART_PAGE_HEIGHT);
  const tree = buildTree(units);
  const totals = unitFiguresOf(units, tree);
  const boxOf = (code: string): ChartBox => {
    const u = tree.byCode.get(code)!;
    const f = totals.get(code);
    const total = f?.total ?? ownRollup(u);
    return {
      code,
      name: u.name,
      quota: quotaOfRollup(total),
      staff: total.totalPeople,
      own: f && f.subordinates > 0 ? { quota: u.civilServantQuota + u.publicEmployeeQuota, staff: staffOf(u) } : null,
      children: tree.children.get(code)?.length ?? 0,
      status: options.status?.(u) ?? null,
    };
  };
  const pages: ChartPage[] = [];
  let page: ChartPage | null = null;
  for (const code of tree.preorder) {
    const kids = tree.children.get(code) ?? [];
    if ((tree.depth.get(code) ?? 0) > depth || kids.length === 0) continue;
    for (const part of layoutGroup(
      boxOf(code),
      kids.map(boxOf),
      Math.min(CHART_PAGE_HEIGHT, options.firstPageHeight ?? CHART_PAGE_HEIGHT),
    )) {
      if (!page || page.height + GROUP_GAP + part.height > room()) {
        page = { caption: pages.length === 0 ? caption : `${caption} (tiếp theo)`, height: 0, groups: [] };
        pages.push(page);
      } else page.height += GROUP_GAP;
      part.y = page.height;
      page.height += part.height;
      page.groups.push(part);
    }
  }
  return pages;
}
