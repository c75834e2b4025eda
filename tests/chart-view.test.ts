/** What the org chart draws of its layout: the boxes and links in the view plus a margin. */
import { describe, expect, it } from 'vitest';
import {
  MIN_SCALE,
  READABLE_SCALE,
  WRAP_AFTER,
  boxesIn,
  fitTransform,
  fitView,
  layoutChart,
  linkPath,
  rectContains,
  shiftLayout,
  worldRect,
  WORKSPACE_BOX,
  type ChartLayout,
} from '../renderer/src/chart/chart-layout.ts';
import { buildTree, parentCodes } from '../shared/tree.ts';
import { generateUnits } from '../shared/sample/generate.ts';
import { generateCanTho2025 } from '../shared/sample/can-tho-2025.ts';

const box = WORKSPACE_BOX; // 200 × 62
/** A row of boxes 300 apart on y = 0 (centres at x = 0, 300, 600, …), each linked to the first. */
const row = (n: number): Pick<ChartLayout, 'nodes' | 'links'> => {
  const nodes = Array.from({ length: n }, (_, i) => ({ code: `B${i}`, x: i * 300, y: 0, hasChildren: false }));
  return { nodes, links: nodes.slice(1).map((b) => ({ from: { x: 0, y: 0 }, to: { x: b.x, y: b.y }, code: b.code })) };
};
const codes = (l: Pick<ChartLayout, 'nodes'>) => l.nodes.map((n) => n.code);

describe('worldRect', () => {
  it('maps the view back through the zoom, grown by the margin in screen pixels', () => {
    expect(worldRect({ x: 0, y: 0, k: 1 }, 800, 600, 0)).toEqual({ minX: 0, maxX: 800, minY: 0, maxY: 600 });
    // Panned 100 px right and zoomed to 0.5: the view shows x from -200 to 1400 of the layout.
    expect(worldRect({ x: 100, y: 50, k: 0.5 }, 800, 600, 0)).toEqual({
      minX: -200,
      maxX: 1400,
      minY: -100,
      maxY: 1100,
    });
    expect(worldRect({ x: 0, y: 0, k: 2 }, 800, 600, 100)).toEqual({ minX: -50, maxX: 450, minY: -50, maxY: 350 });
  });
  it('rectContains', () => {
    const outer = { minX: 0, maxX: 100, minY: 0, maxY: 100 };
    expect(rectContains(outer, { minX: 0, maxX: 100, minY: 10, maxY: 90 })).toBe(true);
    expect(rectContains(outer, { minX: -1, maxX: 50, minY: 10, maxY: 90 })).toBe(false);
  });
});

describe('boxesIn: the boxes and links to draw', () => {
  it('draws only the boxes that meet the view, at zoom 1', () => {
    // View 800 wide from x = 0: centres 0, 300, 600 are inside; 900 reaches in by its left half (800 ≥ 900 − 100).
    const r = worldRect({ x: 0, y: 100, k: 1 }, 800, 300, 0);
    expect(codes(boxesIn(row(10), box, r))).toEqual(['B0', 'B1', 'B2', 'B3']);
  });
  it('counts a box touching the edge, not one a pixel beyond it', () => {
    // B4's left edge is at 1200 − 100 = 1100.
    const touching = boxesIn(row(10), box, { minX: 0, maxX: 1100, minY: -10, maxY: 10 });
    expect(codes(touching)).toContain('B4');
    const short = boxesIn(row(10), box, { minX: 0, maxX: 1099, minY: -10, maxY: 10 });
    expect(codes(short)).not.toContain('B4');
    // Vertically: the row's boxes reach from y = −31 to 31.
    expect(boxesIn(row(3), box, { minX: 0, maxX: 1000, minY: 31, maxY: 500 }).nodes).toHaveLength(3);
    expect(boxesIn(row(3), box, { minX: 0, maxX: 1000, minY: 31.5, maxY: 500 }).nodes).toHaveLength(0);
  });
  it('draws more after zooming out and fewer after zooming in, around the same centre', () => {
    const l = row(40);
    const at = (k: number) => boxesIn(l, box, worldRect({ x: 400 - 3000 * k, y: 300, k }, 800, 600, 0)).nodes.length;
    expect(at(1)).toBe(3); // x 2600..3400: centres 2700, 3000, 3300 (2400 + 100 and 3600 − 100 fall short)
    expect(at(0.35)).toBeGreaterThan(at(1));
    expect(at(3)).toBe(1); // x 2867..3133: only the box centred on 3000
    expect(at(0.02)).toBe(40);
  });
  it('after a pan, draws the boxes the view reached and drops those it left', () => {
    const l = row(40);
    const before = codes(boxesIn(l, box, worldRect({ x: 0, y: 300, k: 1 }, 800, 600, 0)));
    const after = codes(boxesIn(l, box, worldRect({ x: -6000, y: 300, k: 1 }, 800, 600, 0)));
    expect(before).toContain('B0');
    expect(after).not.toContain('B0');
    expect(after).toContain('B20');
  });
  it('draws a link whose boxes are both outside the view when it crosses it', () => {
    // The link B0 → B10 spans x 0..3000; a view over x 1000..1500 shows its horizontal run.
    const r = { minX: 1000, maxX: 1500, minY: -100, maxY: 100 };
    const drawn = boxesIn(row(11), box, r);
    expect(drawn.links.map((k) => k.code)).toContain('B10');
    expect(codes(drawn)).not.toContain('B10');
  });
  it('on a generated 2,000-unit tree at the readable zoom, draws a small part of what is laid out', () => {
    const tree = buildTree(generateUnits(2_000, 1));
    const l = layoutChart(tree, new Set(parentCodes(tree)), 'vertical');
    const first = l.nodes[0]!;
    const drawn = boxesIn(l, box, worldRect({ x: 450 - first.x * 0.35, y: 20, k: 0.35 }, 900, 750, 400));
    expect(l.nodes.length).toBe(2_000);
    expect(drawn.nodes.length).toBeGreaterThan(0);
    expect(drawn.nodes.length).toBeLessThan(200);
    expect(codes(drawn)).toContain(first.code);
  });
});

describe('shiftLayout', () => {
  it('moves boxes, links and bounds together; no move returns the same layout', () => {
    const tree = buildTree(generateUnits(50, 1));
    const l = layoutChart(tree, new Set(parentCodes(tree)), 'horizontal');
    expect(shiftLayout(l, 0, 0)).toBe(l);
    const s = shiftLayout(l, 10, -5);
    expect(s.nodes[3]).toEqual({ ...l.nodes[3]!, x: l.nodes[3]!.x + 10, y: l.nodes[3]!.y - 5 });
    expect(s.links[0]!.to).toEqual({ x: l.links[0]!.to.x + 10, y: l.links[0]!.to.y - 5 });
    expect(s.bounds!.minX).toBe(l.bounds!.minX + 10);
  });
});

describe('fitTransform ("Vừa khung")', () => {
  /** The laid-out rectangle on screen under the transform. */
  const onScreen = (
    b: { minX: number; maxX: number; minY: number; maxY: number },
    t: { x: number; y: number; k: number },
  ) => ({
    left: b.minX * t.k + t.x,
    right: b.maxX * t.k + t.x,
    top: b.minY * t.k + t.y,
    bottom: b.maxY * t.k + t.y,
  });

  it('puts the whole tree inside the view, even a province opened to its third level (far too wide to read)', () => {
    const units = generateUnits(3000, 7);
    const tree = buildTree(units);
    const open = new Set(parentCodes(tree).filter((c) => (tree.depth.get(c) ?? 9) < 2));
    const { bounds } = layoutChart(tree, open, 'vertical', box);
    for (const [width, height] of [
      [676, 600],
      [1590, 900],
    ] as const) {
      const t = fitTransform(bounds!, width, height);
      const r = onScreen(bounds!, t);
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(width);
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.bottom).toBeLessThanOrEqual(height);
      // It fills the view on its limiting side (within the margin), not a corner of it.
      expect(Math.max(r.right - r.left, (r.bottom - r.top) * (width / height))).toBeGreaterThan(width - 40);
    }
  });

  it('centres a small tree without blowing it up past 1.2×', () => {
    const t = fitTransform({ minX: -100, maxX: 100, minY: -31, maxY: 31 }, 800, 600);
    expect(t.k).toBe(1.2);
    const r = onScreen({ minX: -100, maxX: 100, minY: -31, maxY: 31 }, t);
    expect((r.left + r.right) / 2).toBeCloseTo(400);
    expect((r.top + r.bottom) / 2).toBeCloseTo(300);
  });

  it('never goes below the smallest zoom', () => {
    expect(fitTransform({ minX: 0, maxX: 1e12, minY: 0, maxY: 10 }, 800, 600).k).toBe(MIN_SCALE);
  });
});

describe('a long run of siblings wrapped into rows (the two-tier city: 120 units under UBND thành phố)', () => {
  const tree = buildTree(generateCanTho2025());
  const kids = tree.children.get('CT')!;
  const SCENARIO_BOX = { w: 250, h: 96 };
  /** Do two boxes of the layout overlap (with `box` their size)? The codes of the first pair found. */
  const overlap = (l: ChartLayout, b: { w: number; h: number }) => {
    for (let i = 0; i < l.nodes.length; i++)
      for (let j = i + 1; j < l.nodes.length; j++) {
        const p = l.nodes[i]!;
        const q = l.nodes[j]!;
        if (Math.abs(p.x - q.x) < b.w && Math.abs(p.y - q.y) < b.h) return [p.code, q.code];
      }
    return null;
  };

  it("lays the city's units out row by row in their order, a block about twice as wide as tall", () => {
    expect(kids.length).toBeGreaterThan(WRAP_AFTER);
    const l = layoutChart(tree, new Set(['CT']), 'vertical', SCENARIO_BOX);
    expect(l.nodes).toHaveLength(kids.length + 1);
    expect(overlap(l, SCENARIO_BOX)).toBeNull();
    const at = new Map(l.nodes.map((n) => [n.code, n]));
    const rowY = [...new Set(kids.map((c) => at.get(c)!.y))].sort((a, b) => a - b);
    const columns = kids.filter((c) => at.get(c)!.y === rowY[0]).length;
    expect(columns).toBeGreaterThan(1);
    expect(rowY.length).toBe(Math.ceil(kids.length / columns));
    // Read left to right, row after row, the units come in the tree's order.
    const read = [...kids].sort((a, b) => at.get(a)!.y - at.get(b)!.y || at.get(a)!.x - at.get(b)!.x);
    expect(read).toEqual(kids);
    const b = l.bounds!;
    const ratio = (b.maxX - b.minX) / (b.maxY - b.minY);
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(4);
    // The city's box above the middle of the rows.
    expect(at.get('CT')!.y).toBeLessThan(rowY[0]!);
  });

  it('links a unit below the first row along a spine beside the rows: no link runs through a box', () => {
    const l = layoutChart(tree, new Set(['CT']), 'vertical', SCENARIO_BOX);
    const below = l.links.filter((k) => k.via);
    expect(below.length).toBeGreaterThan(kids.length / 2);
    const crossing: string[] = [];
    for (const link of l.links) {
      // Every segment of the path, as points; none passes through the inside of a box.
      const points = [
        { x: link.from.x, y: link.from.y + SCENARIO_BOX.h / 2 },
        ...(link.via ?? [
          { x: link.from.x, y: (link.from.y + link.to.y) / 2 },
          { x: link.to.x, y: (link.from.y + link.to.y) / 2 },
        ]),
        { x: link.to.x, y: link.to.y - SCENARIO_BOX.h / 2 },
      ];
      for (let i = 1; i < points.length; i++) {
        const [p, q] = [points[i - 1]!, points[i]!];
        for (const n of l.nodes) {
          const x0 = Math.min(p.x, q.x);
          const x1 = Math.max(p.x, q.x);
          const y0 = Math.min(p.y, q.y);
          const y1 = Math.max(p.y, q.y);
          const crosses =
            x1 > n.x - SCENARIO_BOX.w / 2 + 1 &&
            x0 < n.x + SCENARIO_BOX.w / 2 - 1 &&
            y1 > n.y - SCENARIO_BOX.h / 2 + 1 &&
            y0 < n.y + SCENARIO_BOX.h / 2 - 1;
          if (crosses) crossing.push(`${link.code} through ${n.code}`);
        }
      }
      expect(linkPath(link, SCENARIO_BOX, 'vertical')).toMatch(/^M/);
    }
    expect(crossing).toEqual([]);
  });

  it('keeps an open unit in its place among the wrapped runs, its own units below it, in both layouts', () => {
    for (const layout of ['vertical', 'horizontal'] as const) {
      const l = layoutChart(tree, new Set(['CT', 'CT.SNV']), layout, WORKSPACE_BOX);
      expect(overlap(l, WORKSPACE_BOX)).toBeNull();
      const at = new Map(l.nodes.map((n) => [n.code, n]));
      for (const c of tree.children.get('CT.SNV')!)
        if (layout === 'vertical') expect(at.get(c)!.y).toBeGreaterThan(at.get('CT.SNV')!.y);
        else expect(at.get(c)!.x).toBeGreaterThan(at.get('CT.SNV')!.x);
    }
  });

  it('leaves a short run of siblings in one row', () => {
    const l = layoutChart(tree, new Set(['CT', 'CT.SNV']), 'vertical', WORKSPACE_BOX);
    const snv = tree.children.get('CT.SNV')!;
    expect(snv.length).toBeLessThanOrEqual(WRAP_AFTER);
    const ys = new Set(l.nodes.filter((n) => snv.includes(n.code)).map((n) => n.y));
    expect(ys.size).toBe(1);
  });
});

describe('fitView ("Vừa khung" and the first view)', () => {
  const tree = buildTree(generateCanTho2025());
  const box2 = { w: 250, h: 96 };
  it('shows the whole tree when it can be read so', () => {
    const l = layoutChart(tree, new Set(), 'vertical', box2);
    const { t, whole } = fitView(l.bounds!, l.nodes[0]!, 'vertical', 800, 600);
    expect(whole).toBe(true);
    expect(t).toEqual(fitTransform(l.bounds!, 800, 600));
  });
  for (const layout of ['vertical', 'horizontal'] as const)
    it(`shows the top of a tree too wide to read whole, readable, the first unit in view (${layout})`, () => {
      const l = layoutChart(tree, new Set(['CT']), layout, box2);
      for (const [width, height] of [
        [676, 420],
        [1290, 560],
      ] as const) {
        expect(fitTransform(l.bounds!, width, height).k).toBeLessThan(READABLE_SCALE);
        const { t, whole } = fitView(l.bounds!, l.nodes[0]!, layout, width, height);
        expect(whole).toBe(false);
        expect(t.k).toBe(READABLE_SCALE);
        const root = l.nodes[0]!;
        const sx = root.x * t.k + t.x;
        const sy = root.y * t.k + t.y;
        expect(sx - (box2.w / 2) * t.k).toBeGreaterThanOrEqual(0);
        expect(sx + (box2.w / 2) * t.k).toBeLessThanOrEqual(width);
        expect(sy - (box2.h / 2) * t.k).toBeGreaterThanOrEqual(0);
        expect(sy + (box2.h / 2) * t.k).toBeLessThanOrEqual(height);
        // The view stays on the tree: no empty band beside it.
        if (layout === 'vertical') {
          expect(l.bounds!.minX * t.k + t.x).toBeLessThanOrEqual(0);
          expect(l.bounds!.maxX * t.k + t.x).toBeGreaterThanOrEqual(width);
        }
      }
    });
});
