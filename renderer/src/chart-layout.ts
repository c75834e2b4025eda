/**
 * Layout of the org chart: only the units open under the shared expand state are laid out. Pure
 * (d3-hierarchy, no DOM), so the benchmark measures exactly what the chart runs.
 */
import { hierarchy, tree as d3tree } from 'd3';
import type { UnitTree } from '../../shared/tree.ts';

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

export function layoutChart(tree: UnitTree, expanded: ReadonlySet<string>, layout: ChartLayoutKind, box: BoxSize = WORKSPACE_BOX): ChartLayout {
  const build = (code: string): ChartNode => {
    const kids = expanded.has(code) ? (tree.children.get(code) ?? []) : [];
    return kids.length > 0 ? { code, children: kids.map(build) } : { code };
  };
  const root = hierarchy<ChartNode>({ code: '', children: (tree.children.get(null) ?? []).map(build) });
  const [dx, dy] = layout === 'vertical' ? [box.w + GAP_X, box.h + GAP_Y] : [box.h + GAP_X / 2, box.w + GAP_Y];
  d3tree<ChartNode>().nodeSize([dx, dy])(root);
  const placed = root.descendants().filter((d) => d.depth > 0);
  const pos = (d: (typeof placed)[number]) => (layout === 'vertical' ? { x: d.x!, y: (d.depth - 1) * dy } : { x: (d.depth - 1) * dy, y: d.x! });
  const nodes = placed.map((d) => ({ code: d.data.code, ...pos(d), hasChildren: (tree.children.get(d.data.code)?.length ?? 0) > 0 }));
  const links = placed.filter((d) => d.parent && d.parent.depth > 0).map((d) => ({ from: pos(d.parent!), to: pos(d), code: d.data.code }));
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
  const bounds = nodes.length ? { minX: minX - box.w / 2, maxX: maxX + box.w / 2, minY: minY - box.h / 2, maxY: maxY + box.h / 2 } : null;
  return { nodes, links, bounds };
}
