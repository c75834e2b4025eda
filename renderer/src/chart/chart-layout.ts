/**
 * Layout of the org chart: only the units open under the shared expand state are laid out. Pure
 * (d3-hierarchy, no DOM), so the benchmark measures exactly what the chart runs.
 */
import { hierarchy, tree as d3tree } from 'd3';
import type { UnitTree } from '../../../shared/tree.ts';

export const BOX_W = 200;
export const BOX_H = 62;
const GAP_X = 24;
const GAP_Y = 44;

export type ChartLayoutKind = 'vertical' | 'horizontal';

/** The size of a box: the workspace chart's, or a taller one for the scenario chart. */
export interface BoxSize {
  w: number;
  h: number;
}
export const WORKSPACE_BOX: BoxSize = { w: BOX_W, h: BOX_H };

export interface PlacedBox {
  code: string;
  x: number;
  y: number;
  hasChildren: boolean;
}

/** A point of the layout (world coordinates). */
export interface Point {
  x: number;
  y: number;
}

/**
 * A link from a parent's box to a child's. `via`: the bends of a link to a box in a wrapped run of
 * siblings below its first row: along the gap under the parent, down a spine beside the run, along
 * the gap above the box's row (it never crosses a box).
 */
export interface ChartLink {
  from: Point;
  to: Point;
  code: string;
  via?: Point[];
}

export interface ChartLayout {
  nodes: PlacedBox[];
  links: ChartLink[];
  bounds: { minX: number; maxX: number; minY: number; maxY: number } | null;
}

/**
 * A laid-out box. In a wrapped run, the hierarchy's parent of a box below the first row is the box
 * above it in its column (so d3 puts it right under that box); `owner` is its unit's parent, `row`
 * its row in the run and `first` the run's first box (where the spine runs).
 */
interface ChartNode {
  code: string;
  children?: ChartNode[];
  owner?: string;
  row?: number;
  first?: string;
}

/** A run of more siblings than this, none of them open, is wrapped into rows (the communes of a city). */
export const WRAP_AFTER = 12;
/** A wrapped run has at least this many columns. */
const WRAP_MIN_COLUMNS = 6;

/**
 * The columns of a wrapped run of `n` boxes: the run about twice as wide as tall on screen, the
 * shape of a pane (`along`: the step from a row to the next, `across`: from a box to its neighbour).
 */
export function wrapColumns(n: number, layout: ChartLayoutKind, across: number, along: number): number {
  const c = layout === 'vertical' ? Math.sqrt((2 * n * along) / across) : Math.sqrt((n * along) / (2 * across));
  return Math.min(n, Math.max(WRAP_MIN_COLUMNS, Math.ceil(c)));
}

/**
 * Lays out the units open under `expanded` as a tidy tree (d3-hierarchy). A long run of siblings
 * none of which is open (WRAP_AFTER) is wrapped into rows under their parent, in the tree's order
 * row by row, instead of one row as wide as a hundred communes.
 */
export function layoutChart(
  tree: UnitTree,
  expanded: ReadonlySet<string>,
  layout: ChartLayoutKind,
  box: BoxSize = WORKSPACE_BOX,
): ChartLayout {
  const [dx, dy] = layout === 'vertical' ? [box.w + GAP_X, box.h + GAP_Y] : [box.h + GAP_X / 2, box.w + GAP_Y];
  const isOpen = (code: string) => expanded.has(code) && (tree.children.get(code)?.length ?? 0) > 0;
  // A run wrapped: column j chains the run's boxes j, j + columns, j + 2 × columns…
  const wrapped = (owner: string, run: readonly string[]): ChartNode[] => {
    const columns = wrapColumns(run.length, layout, dx, dy);
    const heads: ChartNode[] = [];
    for (let j = 0; j < columns; j++) {
      let below: ChartNode | undefined;
      for (let i = j + columns * Math.floor((run.length - 1 - j) / columns); i >= j; i -= columns) {
        const node: ChartNode = { code: run[i]!, owner, row: Math.floor(i / columns), first: run[0]! };
        if (below) node.children = [below];
        below = node;
      }
      heads.push(below!);
    }
    return heads;
  };
  const arrange = (owner: string, kids: readonly string[]): ChartNode[] => {
    const out: ChartNode[] = [];
    let run: string[] = [];
    const flush = () => {
      out.push(...(run.length > WRAP_AFTER ? wrapped(owner, run) : run.map((code) => ({ code }))));
      run = [];
    };
    for (const c of kids) {
      if (isOpen(c)) {
        flush();
        out.push(build(c));
      } else run.push(c);
    }
    flush();
    return out;
  };
  const build = (code: string): ChartNode =>
    isOpen(code) ? { code, children: arrange(code, tree.children.get(code)!) } : { code };
  const root = hierarchy<ChartNode>({ code: '', children: arrange('', tree.children.get(null) ?? []) });
  d3tree<ChartNode>()
    .nodeSize([dx, dy])
    // The boxes of one wrapped run stand as close as siblings do, in every row.
    .separation((a, b) => (a.parent === b.parent || (a.data.owner && a.data.owner === b.data.owner) ? 1 : 2))(root);
  const placed = root.descendants().filter((d) => d.depth > 0);
  const pos = (d: (typeof placed)[number]) =>
    layout === 'vertical' ? { x: d.x!, y: (d.depth - 1) * dy } : { x: (d.depth - 1) * dy, y: d.x! };
  const nodes = placed.map((d) => ({
    code: d.data.code,
    ...pos(d),
    hasChildren: (tree.children.get(d.data.code)?.length ?? 0) > 0,
  }));
  const at = new Map(nodes.map((n) => [n.code, n]));
  const links: ChartLink[] = [];
  for (const d of placed) {
    const to = pos(d);
    const { owner, row, first } = d.data;
    // The parent: the unit's (a wrapped box's owner), none for a top-level unit.
    const parent = owner !== undefined ? at.get(owner) : d.parent && d.parent.depth > 0 ? pos(d.parent) : undefined;
    if (!parent) continue;
    const from = { x: parent.x, y: parent.y };
    if (!row) {
      links.push({ from, to, code: d.data.code });
      continue;
    }
    // Below the first row: down the spine left of (above, in a horizontal chart) the run's first column.
    const head = at.get(first!)!;
    if (layout === 'vertical') {
      const spine = head.x - dx / 2;
      const bar = from.y + dy / 2;
      const gap = to.y - dy / 2;
      links.push({
        from,
        to,
        code: d.data.code,
        via: [
          { x: from.x, y: bar },
          { x: spine, y: bar },
          { x: spine, y: gap },
          { x: to.x, y: gap },
        ],
      });
    } else {
      const spine = head.y - dx / 2;
      const bar = from.x + dy / 2;
      const gap = to.x - dy / 2;
      links.push({
        from,
        to,
        code: d.data.code,
        via: [
          { x: bar, y: from.y },
          { x: bar, y: spine },
          { x: gap, y: spine },
          { x: gap, y: to.y },
        ],
      });
    }
  }
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const bounds = nodes.length
    ? { minX: minX - box.w / 2, maxX: maxX + box.w / 2, minY: minY - box.h / 2, maxY: maxY + box.h / 2 }
    : null;
  return { nodes, links, bounds };
}

/** The svg path of a link: from the parent box's edge to the child box's, through its bends (or one elbow). */
export function linkPath(l: ChartLink, box: BoxSize, layout: ChartLayoutKind): string {
  const { from, to } = l;
  if (layout === 'vertical') {
    const start = `M${from.x},${from.y + box.h / 2}`;
    const end = `${to.x},${to.y - box.h / 2}`;
    if (l.via) return `${start} L${l.via.map((p) => `${p.x},${p.y}`).join(' L')} L${end}`;
    return `${start} V${(from.y + to.y) / 2} H${to.x} V${to.y - box.h / 2}`;
  }
  const start = `M${from.x + box.w / 2},${from.y}`;
  const end = `${to.x - box.w / 2},${to.y}`;
  if (l.via) return `${start} L${l.via.map((p) => `${p.x},${p.y}`).join(' L')} L${end}`;
  return `${start} H${(from.x + to.x) / 2} V${to.y} H${to.x - box.w / 2}`;
}

/** A d3-zoom transform: screen = world × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}
/** A rectangle in layout (world) coordinates. */
export interface WorldRect {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The part of the layout a `width`×`height` view shows under `t`, grown by `margin` screen pixels on every side. */
export function worldRect(t: ViewTransform, width: number, height: number, margin: number): WorldRect {
  return {
    minX: (0 - margin - t.x) / t.k,
    maxX: (width + margin - t.x) / t.k,
    minY: (0 - margin - t.y) / t.k,
    maxY: (height + margin - t.y) / t.k,
  };
}

export const rectContains = (outer: WorldRect, inner: WorldRect) =>
  inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY && inner.maxY <= outer.maxY;

/** Does the box centred on (x, y) meet `r` (touching its edge counts)? */
const boxMeets = (x: number, y: number, box: BoxSize, r: WorldRect) =>
  x + box.w / 2 >= r.minX && x - box.w / 2 <= r.maxX && y + box.h / 2 >= r.minY && y - box.h / 2 <= r.maxY;

/**
 * What the chart draws of a layout: the boxes that meet `r` (the view plus a margin), and the
 * links whose span (the rectangle over both boxes they join) meets it.
 */
export function boxesIn(
  l: Pick<ChartLayout, 'nodes' | 'links'>,
  box: BoxSize,
  r: WorldRect,
): Pick<ChartLayout, 'nodes' | 'links'> {
  const nodes = l.nodes.filter((n) => boxMeets(n.x, n.y, box, r));
  const links = l.links.filter(({ from, to, via }) => {
    let x0 = Math.min(from.x, to.x) - box.w / 2;
    let x1 = Math.max(from.x, to.x) + box.w / 2;
    let y0 = Math.min(from.y, to.y) - box.h / 2;
    let y1 = Math.max(from.y, to.y) + box.h / 2;
    // A link along a spine reaches as far as its bends.
    for (const p of via ?? []) {
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.y);
      y1 = Math.max(y1, p.y);
    }
    return x1 >= r.minX && x0 <= r.maxX && y1 >= r.minY && y0 <= r.maxY;
  });
  return { nodes, links };
}

/** The layout moved by (dx, dy): the chart keeps an opened or closed box where it was. */
export function shiftLayout(l: ChartLayout, dx: number, dy: number): ChartLayout {
  if (dx === 0 && dy === 0) return l;
  const at = (p: { x: number; y: number }) => ({ x: p.x + dx, y: p.y + dy });
  return {
    nodes: l.nodes.map((n) => ({ ...n, ...at(n) })),
    links: l.links.map((k) => ({ ...k, from: at(k.from), to: at(k.to), ...(k.via && { via: k.via.map(at) }) })),
    bounds: l.bounds && {
      minX: l.bounds.minX + dx,
      maxX: l.bounds.maxX + dx,
      minY: l.bounds.minY + dy,
      maxY: l.bounds.maxY + dy,
    },
  };
}

/** The smallest zoom of a chart: "fit" goes down to it so that even a very wide tree fits. */
export const MIN_SCALE = 0.001;
/** The largest zoom "fit" uses for a small tree (boxes no bigger than this). */
const FIT_MAX_SCALE = 1.2;

/**
 * The zoom that shows all of `bounds` (the laid-out boxes) centred in a `width`×`height` view with
 * `margin` screen pixels free on every side: the whole drawn tree fits, however wide it is.
 */
export function fitTransform(bounds: WorldRect, width: number, height: number, margin = 16): ViewTransform {
  const w = Math.max(1, bounds.maxX - bounds.minX);
  const h = Math.max(1, bounds.maxY - bounds.minY);
  const k = Math.max(
    MIN_SCALE,
    Math.min(FIT_MAX_SCALE, Math.max(1, width - 2 * margin) / w, Math.max(1, height - 2 * margin) / h),
  );
  return {
    k,
    x: width / 2 - ((bounds.minX + bounds.maxX) / 2) * k,
    y: height / 2 - ((bounds.minY + bounds.maxY) / 2) * k,
  };
}

/** Below this zoom a box's text cannot be read: "Vừa khung" and a chart's first view go no smaller. */
export const READABLE_SCALE = 0.45;
/** Screen pixels kept free above (left of, in a horizontal chart) the top of the tree in a clipped view. */
const TOP_MARGIN = 20;

/**
 * "Vừa khung" and a chart's first view: the whole laid-out tree when it fits at a readable zoom
 * (`whole`); else, at the readable zoom, the top of the tree (the first level at the view's top,
 * or left edge in a horizontal chart) centred on `top`, the first unit's box, as far as the tree
 * lets it be centred: never a strip of boxes too small to read.
 */
export function fitView(
  bounds: WorldRect,
  top: Point,
  layout: ChartLayoutKind,
  width: number,
  height: number,
): { t: ViewTransform; whole: boolean } {
  const whole = fitTransform(bounds, width, height);
  if (whole.k >= READABLE_SCALE) return { t: whole, whole: true };
  const k = READABLE_SCALE;
  /** The centre on the axis across the tree's levels: on `at`, within the tree where it is wider than the view. */
  const across = (at: number, min: number, max: number, view: number) =>
    max - min <= view / k ? (min + max) / 2 : Math.min(Math.max(at, min + view / 2 / k), max - view / 2 / k);
  return layout === 'vertical'
    ? {
        t: { k, x: width / 2 - across(top.x, bounds.minX, bounds.maxX, width) * k, y: TOP_MARGIN - bounds.minY * k },
        whole: false,
      }
    : {
        t: { k, x: TOP_MARGIN - bounds.minX * k, y: height / 2 - across(top.y, bounds.minY, bounds.maxY, height) * k },
        whole: false,
      };
}
