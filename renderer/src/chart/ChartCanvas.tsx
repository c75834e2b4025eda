/**
 * What every org chart shares (the workspace's and a scenario's): the layout of the open part of
 * the tree, d3 zoom and pan, fit and focus, dragging a box onto another, and the boxes with their
 * links and expand toggles. Each chart draws the inside of its boxes and its own toolbar.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import {
  MIN_SCALE,
  boxesIn,
  fitView,
  layoutChart,
  linkPath,
  rectContains,
  shiftLayout,
  worldRect,
  type BoxSize,
  type ChartLayoutKind,
  type PlacedBox,
  type ViewTransform,
  type WorldRect,
} from './chart-layout.ts';
import { useI18n } from '../i18n.tsx';
import type { UnitTree } from '../../../shared/tree.ts';
import { UNIT_KINDS } from '../../../shared/model/unit.ts';
import { matchKey } from '../../../shared/text.ts';

/** Below this many boxes, boxes are animated to their places and all drawn; from it on, only those in view. */
const ANIMATE_BELOW = 300;
/** Boxes are drawn this far (screen px) beyond the view, so a pan shows drawn boxes until the next frame draws more. */
const DRAW_MARGIN = 400;
/** The drawn part is recomputed when the view plus this margin leaves it, or is under a sixth of it (after zooming in). */
const KEEP_MARGIN = 100;
const area = (r: WorldRect) => (r.maxX - r.minX) * (r.maxY - r.minY);

export const PALETTE = [
  '#1f6fb2',
  '#2e8b57',
  '#b8860b',
  '#8e44ad',
  '#c0392b',
  '#16a085',
  '#d35400',
  '#2c3e50',
  '#7f8c8d',
  '#27ae60',
  '#e67e22',
  '#34495e',
  '#9b59b6',
  '#95a5a6',
];
/** The colour stripe of a box by the unit's kind. */
export const colourOfKind = new Map(UNIT_KINDS.map((k, i) => [k, PALETTE[i % PALETTE.length]!]));

/** A name or code cut to fit a box. */
export const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

let measureContext: CanvasRenderingContext2D | null = null;
const clipped = new Map<string, string>();
/**
 * `s` cut (with "…") to at most `width` pixels in the chart's name font (12 px, semi-bold, the
 * page's family), measured on a canvas: a name never runs under what sits beside it.
 */
export function clipToWidth(s: string, width: number): string {
  const key = `${width}|${s}`;
  const known = clipped.get(key);
  if (known !== undefined) return known;
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return clip(s, Math.floor(width / 7));
  measureContext.font = `600 12px ${getComputedStyle(document.body).fontFamily}`;
  const fits = (text: string) => measureContext!.measureText(text).width <= width;
  let out = s;
  if (!fits(s)) {
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(`${s.slice(0, mid)}…`)) lo = mid;
      else hi = mid - 1;
    }
    out = `${s.slice(0, lo).trimEnd()}…`;
  }
  if (clipped.size > 20_000) clipped.clear();
  clipped.set(key, out);
  return out;
}

/**
 * Lays out the open part of the tree and drives the zoom of the svg. On the first draw (and again
 * whenever `fitKey` changes) it shows `initialFocus` when it is drawn, or the whole chart.
 *
 * In a large chart only the boxes in the view plus a margin are drawn (`drawn`): the zoom moves the
 * drawn layer at once, and the next frame draws what the view reached. A small chart (under
 * ANIMATE_BELOW boxes) draws every laid-out box. (The printed chart of a proposal is drawn by
 * shared/print/org-chart.ts from the units, never from this svg, so it always has every box.)
 */
export function useChartView(opts: {
  tree: UnitTree;
  expanded: ReadonlySet<string>;
  layout: ChartLayoutKind;
  box: BoxSize;
  initialFocus?: string | null;
  fitKey?: string;
}) {
  const { tree, expanded, layout, box, initialFocus = null, fitKey = '' } = opts;
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const laidOut = useMemo(() => layoutChart(tree, expanded, layout, box), [tree, expanded, layout, box]);
  // A box opened or closed in a large chart stays where it was on screen: the new layout is moved
  // so that box keeps its place (and every later layout by as much). A small chart animates its
  // boxes to their new places instead.
  const anchorRef = useRef<PlacedBox | null>(null);
  const offsetRef = useRef({ dx: 0, dy: 0 });
  const { nodes, links, bounds } = useMemo(() => {
    const a = anchorRef.current;
    const n = a && laidOut.nodes.find((x) => x.code === a.code);
    if (a && n) offsetRef.current = { dx: a.x - n.x, dy: a.y - n.y };
    anchorRef.current = null;
    return shiftLayout(laidOut, offsetRef.current.dx, offsetRef.current.dy);
  }, [laidOut]);

  // The svg's size, from a ResizeObserver (reading it from the DOM after a change forces a layout).
  const sizeRef = useRef({ width: 0, height: 0 });
  const measure = () => {
    const { width, height } = svgRef.current!.getBoundingClientRect();
    sizeRef.current = { width, height };
    return sizeRef.current;
  };

  /** The last "Vừa khung" (or first view) showed only the top of the tree: too wide to fit and be read. */
  const [clipped, setClipped] = useState(false);

  // The part of the layout drawn: the view under the current zoom plus DRAW_MARGIN, kept while the view stays inside it.
  const transformRef = useRef<ViewTransform>(zoomIdentity);
  const drawnRectRef = useRef<WorldRect | null>(null);
  const [drawnRect, setDrawnRect] = useState<WorldRect | null>(null);
  const refreshDrawn = useCallback(() => {
    if (!svgRef.current) return;
    const { width, height } = sizeRef.current;
    if (width === 0 || height === 0) return; // hidden: nothing to draw for now
    const need = worldRect(transformRef.current, width, height, KEEP_MARGIN);
    const cur = drawnRectRef.current;
    if (cur && rectContains(cur, need) && area(cur) <= 6 * area(need)) return;
    drawnRectRef.current = worldRect(transformRef.current, width, height, DRAW_MARGIN);
    setDrawnRect(drawnRectRef.current);
  }, []);
  const culled = nodes.length >= ANIMATE_BELOW;
  const drawn = useMemo(
    () =>
      !culled ? { nodes, links } : drawnRect ? boxesIn({ nodes, links }, box, drawnRect) : { nodes: [], links: [] },
    [culled, nodes, links, box, drawnRect],
  );

  // d3-zoom on the svg: wheel to zoom, drag on empty space to pan (boxes keep their own drag). Set
  // up before the first fit below (layout effects run in order, before the frame is painted).
  useLayoutEffect(() => {
    let frame = 0;
    const svg = select(svgRef.current!);
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, 3])
      .extent((): [[number, number], [number, number]] => [
        [0, 0],
        [sizeRef.current.width, sizeRef.current.height],
      ])
      .filter((event: Event) => !(event.target as Element).closest?.('.chart-node') && !(event as MouseEvent).button)
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        layerRef.current?.setAttribute('transform', event.transform.toString());
        // Zoomed or panned by hand: the note on the last fit no longer says what is shown.
        if (event.sourceEvent) setClipped(false);
        transformRef.current = event.transform;
        if (!frame)
          frame = requestAnimationFrame(() => {
            frame = 0;
            refreshDrawn();
          });
      });
    svg.call(z);
    zoomRef.current = z;
    // The view's size changes with the window (or when a hidden chart is shown).
    const resized = new ResizeObserver(() => {
      measure();
      refreshDrawn();
    });
    resized.observe(svgRef.current!);
    return () => {
      svg.on('.zoom', null);
      cancelAnimationFrame(frame);
      resized.disconnect();
    };
  }, [refreshDrawn]);

  const animate = nodes.length < ANIMATE_BELOW;
  const zoomTo = useCallback(
    (x: number, y: number, k: number, instant = false) => {
      const svg = svgRef.current;
      if (!svg || !zoomRef.current) return;
      const { width, height } = sizeRef.current;
      const transform = zoomIdentity.translate(width / 2 - x * k, height / 2 - y * k).scale(k);
      setClipped(false);
      const sel = select(svg);
      if (animate && !instant) sel.transition().duration(300).call(zoomRef.current.transform, transform);
      else sel.call(zoomRef.current.transform, transform);
    },
    [animate],
  );

  /**
   * "Vừa khung", and the first view of a chart: the whole laid-out tree when it can be read so, else
   * its top at the smallest readable zoom, centred on the first unit (chart-layout.ts fitView).
   */
  const fit = useCallback(
    (instant = false) => {
      if (!bounds || !svgRef.current || !zoomRef.current || nodes.length === 0) return;
      const { width, height } = measure();
      if (width === 0 || height === 0) return;
      const { t, whole } = fitView(bounds, nodes[0]!, layout, width, height);
      const transform = zoomIdentity.translate(t.x, t.y).scale(t.k);
      const sel = select(svgRef.current);
      if (animate && !instant) sel.transition().duration(300).call(zoomRef.current.transform, transform);
      else sel.call(zoomRef.current.transform, transform);
      setClipped(!whole);
    },
    [bounds, animate, nodes, layout],
  );

  const focus = useCallback(
    (code: string | null, instant = false) => {
      const n = code ? nodes.find((x) => x.code === code) : undefined;
      if (n) zoomTo(n.x, n.y, 1, instant);
    },
    [nodes, zoomTo],
  );
  const zoomBy = (k: number) => {
    setClipped(false);
    if (svgRef.current && zoomRef.current) select(svgRef.current).call(zoomRef.current.scaleBy, k);
  };

  // A unit to centre on as soon as it is drawn (right after a move, its new place).
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const [pendingFocus, focusWhenDrawn] = useState<string | null>(null);
  useEffect(() => {
    if (pendingFocus && nodes.some((n) => n.code === pendingFocus)) {
      focusRef.current(pendingFocus);
      focusWhenDrawn(null);
    }
  }, [pendingFocus, nodes]);

  // On first draw, and when `fitKey` changes: the initial unit or the whole chart, at once and before
  // the frame is painted, so the first frame draws the boxes of that view (the svg has its size by
  // now; a hidden one gets it later and is fitted on the next frame).
  const fittedFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (fittedFor.current === fitKey || nodes.length === 0) return;
    const run = () => {
      measure();
      fittedFor.current = fitKey;
      if (initialFocus && nodes.some((n) => n.code === initialFocus)) focusRef.current(initialFocus, true);
      else fit(true);
      refreshDrawn();
    };
    if (svgRef.current && measure().width > 0) return run();
    const frame = requestAnimationFrame(run);
    return () => cancelAnimationFrame(frame);
  }, [nodes, fit, initialFocus, fitKey, refreshDrawn]);

  /** Opens or closes a box, drawn within the click (flushSync); a large chart keeps the box in place. */
  const toggleBox = (code: string, onToggle: (code: string) => void) => {
    anchorRef.current = animate ? null : (nodes.find((n) => n.code === code) ?? null);
    flushSync(() => onToggle(code));
  };

  return {
    svgRef,
    layerRef,
    nodes,
    links,
    drawn,
    toggleBox,
    layout,
    box,
    animate,
    fit,
    clipped,
    focus,
    zoomBy,
    focusWhenDrawn,
  };
}
export type ChartView = ReturnType<typeof useChartView>;

/** Drag a box onto another box (6 px before it counts as a drag); `onDrop` gets both codes. */
export function useBoxDrag(onDrop: ((code: string, target: string) => void) | null) {
  const [dragging, setDragging] = useState<{ code: string; over: string | null } | null>(null);
  const startDrag = (code: string, e: React.PointerEvent) => {
    if (!onDrop || e.button !== 0) return;
    const start = { x: e.clientX, y: e.clientY };
    let active = false;
    const over = (ev: PointerEvent) => {
      const el = document.elementFromPoint(ev.clientX, ev.clientY)?.closest('[data-chart-code]');
      const target = el?.getAttribute('data-chart-code') ?? null;
      return target === code ? null : target;
    };
    const move = (ev: PointerEvent) => {
      if (!active && Math.hypot(ev.clientX - start.x, ev.clientY - start.y) < 6) return;
      active = true;
      setDragging({ code, over: over(ev) });
    };
    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setDragging(null);
      if (!active) return;
      const target = over(ev);
      if (target) onDrop(code, target);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return { dragging, startDrag };
}

/** Search by name or code, diacritics-insensitive ("so y te" finds "Sở Y tế"); Enter selects the next match. */
export function useChartSearch(tree: UnitTree, selected: string | null, select: (code: string) => void) {
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const matches = useMemo((): string[] => {
    const key = matchKey(query);
    if (!key) return [];
    return tree.preorder.filter((c) => {
      const u = tree.byCode.get(c)!;
      return matchKey(u.name).includes(key) || matchKey(u.code).includes(key);
    });
  }, [query, tree]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const goToMatch = (i: number) => {
    if (matches.length === 0) return;
    const index = ((i % matches.length) + matches.length) % matches.length;
    setMatchIndex(index);
    select(matches[index]!);
  };
  const change = (q: string) => {
    setQuery(q);
    setMatchIndex(0);
  };
  const next = () => goToMatch(matches[matchIndex] === selected ? matchIndex + 1 : matchIndex);
  return { query, change, next, matches, matchIndex, matchSet };
}

export function ChartSearchBox({ search, testId }: { search: ReturnType<typeof useChartSearch>; testId: string }) {
  const { t } = useI18n();
  return (
    <>
      <input
        className="chart-search"
        placeholder={t('chart.search')}
        value={search.query}
        data-testid={testId}
        onChange={(e) => search.change(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && search.next()}
      />
      {search.query && (
        <span className="muted">
          {search.matches.length
            ? t('chart.matches', { index: search.matchIndex + 1, count: search.matches.length })
            : t('chart.noMatch')}
        </span>
      )}
    </>
  );
}

/** Fit, focus on a unit, zoom in and out. */
export function ChartZoomButtons({ view, focusCode }: { view: ChartView; focusCode: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" onClick={() => view.fit()}>
        {t('chart.fit')}
      </button>
      <button type="button" onClick={() => view.focus(focusCode)} disabled={!focusCode}>
        {t('chart.focus')}
      </button>
      <button type="button" aria-label={t('chart.zoomIn')} onClick={() => view.zoomBy(1.3)}>
        +
      </button>
      <button type="button" aria-label={t('chart.zoomOut')} onClick={() => view.zoomBy(1 / 1.3)}>
        -
      </button>
      {view.clipped && (
        <span className="muted chart-clipped" role="status" data-testid="chart-fit-clipped">
          {t('chart.fitClipped')}
        </span>
      )}
    </>
  );
}

/**
 * The svg: links, then one box per laid-out unit (frame, colour stripe, the chart's own content,
 * expand toggle). `boxClass` adds classes to a box; `renderBox` draws inside it.
 */
export function ChartSvg(props: {
  view: ChartView;
  tree: UnitTree;
  expanded: ReadonlySet<string>;
  onToggle(code: string): void;
  drag: ReturnType<typeof useBoxDrag>;
  colour(code: string): string;
  boxClass(code: string): Array<string | false>;
  renderBox(code: string, node: PlacedBox): ReactNode;
  onBoxClick(code: string, e: React.MouseEvent): void;
  testId: string;
}) {
  const { t } = useI18n();
  const { view, tree, expanded, drag } = props;
  const { w, h } = view.box;
  const vertical = view.layout === 'vertical';
  return (
    <svg
      ref={view.svgRef}
      className={`org-chart${drag.dragging ? ' dragging' : ''}`}
      data-testid={props.testId}
      data-box-count={view.nodes.length}
      data-drawn-count={view.drawn.nodes.length}
    >
      <g ref={view.layerRef}>
        {view.drawn.links.map((l) => (
          <path key={l.code} className="chart-link" d={linkPath(l, view.box, view.layout)} />
        ))}
        {view.drawn.nodes.map((n) => {
          const classes = [
            'chart-node',
            ...props.boxClass(n.code),
            drag.dragging?.over === n.code && 'drop-target',
            view.animate && 'animated',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <g
              key={n.code}
              className={classes}
              transform={`translate(${n.x - w / 2},${n.y - h / 2})`}
              data-chart-code={n.code}
              data-parent-code={tree.byCode.get(n.code)?.parentCode ?? ''}
              onPointerDown={(e) => drag.startDrag(n.code, e)}
              onClick={(e) => props.onBoxClick(n.code, e)}
              onDoubleClick={() => {
                if (n.hasChildren) view.toggleBox(n.code, props.onToggle);
              }}
            >
              <rect width={w} height={h} rx={5} className="chart-box" />
              <rect width={5} height={h} rx={2} fill={props.colour(n.code)} />
              {props.renderBox(n.code, n)}
              {n.hasChildren && (
                <g
                  className="chart-toggle"
                  transform={vertical ? `translate(${w / 2}, ${h})` : `translate(${w}, ${h / 2})`}
                  onPointerDown={(e) => e.stopPropagation()}
                  onClick={(e) => {
                    e.stopPropagation();
                    view.toggleBox(n.code, props.onToggle);
                  }}
                  role="button"
                  aria-label={expanded.has(n.code) ? t('tree.collapse') : t('tree.expand')}
                >
                  <circle r={8} />
                  <text textAnchor="middle" dy={4}>
                    {expanded.has(n.code) ? '-' : '+'}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
