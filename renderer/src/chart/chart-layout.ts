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

export interface ChartLayout {
  nodes: PlacedBox[];
  links: Array<{ from: { x: number; y: number }; to: { x: number; y: number }; code: string }>;
  bounds: { minX: number; maxX: number; minY: number; maxY: number } | null;
}

interface ChartNode {
  code: string;
  children?: ChartNode[];
}

export function layoutChart(
  tree: UnitTree,
  expanded: ReadonlySet<string>,
  layout: ChartLayoutKind,
  box: BoxSize = WORKSPACE_BOX,
): ChartLayout {
  const build = (code: string): ChartNode => {
    const kids = expanded.has(code) ? (tree.children.get(code) ?? []) : [];
    return kids.length > 0 ? { code, children: kids.map(build) } : { code };
  };
  const root = hierarchy<ChartNode>({ code: '', children: (tree.children.get(null) ?? []).map(build) });
  const [dx, dy] = layout === 'vertical' ? [box.w + GAP_X, box.h + GAP_Y] : [box.h + GAP_X / 2, box.w + GAP_Y];
  d3tree<ChartNode>().nodeSize([dx, dy])(root);
  const placed = root.descendants().filter((d) => d.depth > 0);
  const pos = (d: (typeof placed)[number]) =>
    layout === 'vertical' ? { x: d.x!, y: (d.depth - 1) * dy } : { x: (d.depth - 1) * dy, y: d.x! };
  const nodes = placed.map((d) => ({
    code: d.data.code,
    ...pos(d),
    hasChildren: (tree.children.get(d.data.code)?.length ?? 0) > 0,
  }));
  const links = placed
    .filter((d) => d.parent && d.parent.depth > 0)
    .map((d) => ({ from: pos(d.parent!), to: pos(d), code: d.data.code }));
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
  const links = l.links.filter(({ from, to }) => {
    const x0 = Math.min(from.x, to.x) - box.w / 2;
    const x1 = Math.max(from.x, to.x) + box.w / 2;
    const y0 = Math.min(from.y, to.y) - box.h / 2;
    const y1 = Math.max(from.y, to.y) + box.h / 2;
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
    links: l.links.map((k) => ({ from: at(k.from), to: at(k.to), code: k.code })),
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
