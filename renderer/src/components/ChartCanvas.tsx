/**
 * What every org chart shares (the workspace's and a scenario's): the layout of the open part of
 * the tree, d3 zoom and pan, fit and focus, dragging a box onto another, and the boxes with their
 * links and expand toggles. Each chart draws the inside of its boxes and its own toolbar.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import { layoutChart, type BoxSize, type ChartLayoutKind, type PlacedBox } from '../chart-layout.ts';
import { useI18n } from '../i18n.tsx';
import type { UnitTree } from '../../../shared/tree.ts';
import { UNIT_KINDS } from '../../../shared/model/unit.ts';
import { matchKey } from '../../../shared/text.ts';

/** Above this many boxes, nothing is animated. */
const ANIMATE_BELOW = 300;
/** Below this zoom the text of a box cannot be read; "fit" never goes further. */
const MIN_READABLE_SCALE = 0.35;

export const PALETTE = ['#1f6fb2', '#2e8b57', '#b8860b', '#8e44ad', '#c0392b', '#16a085', '#d35400', '#2c3e50', '#7f8c8d', '#27ae60', '#e67e22', '#34495e', '#9b59b6', '#95a5a6'];
/** The colour stripe of a box by the unit's kind. */
export const colourOfKind = new Map(UNIT_KINDS.map((k, i) => [k, PALETTE[i % PALETTE.length]!]));

/** A name or code cut to fit a box. */
export const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Lays out the open part of the tree and drives the zoom of the svg. On the first draw (and again
 * whenever `fitKey` changes) it shows `initialFocus` when it is drawn, or the whole chart.
 */
export function useChartView(opts: { tree: UnitTree; expanded: ReadonlySet<string>; layout: ChartLayoutKind; box: BoxSize; initialFocus?: string | null; fitKey?: string }) {
  const { tree, expanded, layout, box, initialFocus = null, fitKey = '' } = opts;
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const { nodes, links, bounds } = useMemo(() => layoutChart(tree, expanded, layout, box), [tree, expanded, layout, box]);

  // d3-zoom on the svg: wheel to zoom, drag on empty space to pan (boxes keep their own drag).
  useEffect(() => {
    const svg = select(svgRef.current!);
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 3])
      .filter((event: Event) => !(event.target as Element).closest?.('.chart-node') && !(event as MouseEvent).button)
      .on('zoom', (event) => layerRef.current?.setAttribute('transform', event.transform.toString()));
    svg.call(z);
    zoomRef.current = z;
    return () => {
      svg.on('.zoom', null);
    };
  }, []);

  const animate = nodes.length < ANIMATE_BELOW;
  const zoomTo = useCallback(
    (x: number, y: number, k: number) => {
      const svg = svgRef.current;
      if (!svg || !zoomRef.current) return;
      const { width, height } = svg.getBoundingClientRect();
      const transform = zoomIdentity.translate(width / 2 - x * k, height / 2 - y * k).scale(k);
      const sel = select(svg);
      if (animate) sel.transition().duration(300).call(zoomRef.current.transform, transform);
      else sel.call(zoomRef.current.transform, transform);
    },
    [animate],
  );

  const fit = useCallback(() => {
    if (!bounds || !svgRef.current) return;
    const { width, height } = svgRef.current.getBoundingClientRect();
    const k = Math.min(1.2, 0.92 * Math.min(width / (bounds.maxX - bounds.minX), height / (bounds.maxY - bounds.minY)));
    if (k >= MIN_READABLE_SCALE) {
      zoomTo((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2, k);
      return;
    }
    // Too wide to fit and stay readable: show the top of the tree, centred on the first unit.
    const first = nodes[0]!;
    const kk = MIN_READABLE_SCALE;
    if (layout === 'vertical') zoomTo(first.x, bounds.minY + height / 2 / kk - 20 / kk, kk);
    else zoomTo(bounds.minX + width / 2 / kk - 20 / kk, first.y, kk);
  }, [bounds, zoomTo, nodes, layout]);

  const focus = useCallback(
    (code: string | null) => {
      const n = code ? nodes.find((x) => x.code === code) : undefined;
      if (n) zoomTo(n.x, n.y, 1);
    },
    [nodes, zoomTo],
  );
  const zoomBy = (k: number) => svgRef.current && zoomRef.current && select(svgRef.current).call(zoomRef.current.scaleBy, k);

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

  // On first draw (once the svg has its size), and when `fitKey` changes: the initial unit or the whole chart.
  const fittedFor = useRef<string | null>(null);
  useEffect(() => {
    if (fittedFor.current === fitKey || nodes.length === 0) return;
    fittedFor.current = fitKey;
    const frame = requestAnimationFrame(() => (initialFocus && nodes.some((n) => n.code === initialFocus) ? focusRef.current(initialFocus) : fit()));
    return () => cancelAnimationFrame(frame);
  }, [nodes, fit, initialFocus, fitKey]);

  return { svgRef, layerRef, nodes, links, layout, box, animate, fit, focus, zoomBy, focusWhenDrawn };
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
      <input className="chart-search" placeholder={t('chart.search')} value={search.query} data-testid={testId} onChange={(e) => search.change(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && search.next()} />
      {search.query && <span className="muted">{search.matches.length ? t('chart.matches', { index: search.matchIndex + 1, count: search.matches.length }) : t('chart.noMatch')}</span>}
    </>
  );
}

/** Fit, focus on a unit, zoom in and out. */
export function ChartZoomButtons({ view, focusCode }: { view: ChartView; focusCode: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" onClick={view.fit}>{t('chart.fit')}</button>
      <button type="button" onClick={() => view.focus(focusCode)} disabled={!focusCode}>{t('chart.focus')}</button>
      <button type="button" aria-label={t('chart.zoomIn')} onClick={() => view.zoomBy(1.3)}>+</button>
      <button type="button" aria-label={t('chart.zoomOut')} onClick={() => view.zoomBy(1 / 1.3)}>-</button>
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
    <svg ref={view.svgRef} className={`org-chart${drag.dragging ? ' dragging' : ''}`} data-testid={props.testId}>
      <g ref={view.layerRef}>
        {view.links.map((l) => (
          <path
            key={l.code}
            className="chart-link"
            d={vertical ? `M${l.from.x},${l.from.y + h / 2} V${(l.from.y + l.to.y) / 2} H${l.to.x} V${l.to.y - h / 2}` : `M${l.from.x + w / 2},${l.from.y} H${(l.from.x + l.to.x) / 2} V${l.to.y} H${l.to.x - w / 2}`}
          />
        ))}
        {view.nodes.map((n) => {
          const classes = ['chart-node', ...props.boxClass(n.code), drag.dragging?.over === n.code && 'drop-target', view.animate && 'animated'].filter(Boolean).join(' ');
          return (
            <g
              key={n.code}
              className={classes}
              transform={`translate(${n.x - w / 2},${n.y - h / 2})`}
              data-chart-code={n.code}
              data-parent-code={tree.byCode.get(n.code)?.parentCode ?? ''}
              onPointerDown={(e) => drag.startDrag(n.code, e)}
              onClick={(e) => props.onBoxClick(n.code, e)}
              onDoubleClick={() => n.hasChildren && props.onToggle(n.code)}
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
                    props.onToggle(n.code);
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
