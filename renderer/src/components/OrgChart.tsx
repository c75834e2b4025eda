import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import { BOX_H, BOX_W, layoutChart, type ChartLayoutKind } from '../chart-layout.ts';
import { call, ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { describeError } from '../../../shared/errors.ts';
import { matchKey } from '../../../shared/text.ts';
import { SECTORS, UNIT_KINDS, type Unit } from '../../../shared/model/unit.ts';
import type { WorkspaceState } from '../useWorkspace.ts';

/** Above this many boxes, nothing is animated. */
const ANIMATE_BELOW = 300;
/** Below this zoom the text of a box cannot be read; "fit" never goes further. */
const MIN_READABLE_SCALE = 0.35;

type Layout = ChartLayoutKind;
type ColourBy = 'kind' | 'sector' | 'findings' | 'autonomy';

/** Autonomy groups from self-financing (dark green) to state-funded (red). */
const AUTONOMY_COLOURS: Record<string, string> = { '1': '#1b6e3a', '2': '#2e8b57', '3a': '#8fb339', '3b': '#d4a300', '3c': '#e67e22', '4': '#b3261e' };

const PALETTE = ['#1f6fb2', '#2e8b57', '#b8860b', '#8e44ad', '#c0392b', '#16a085', '#d35400', '#2c3e50', '#7f8c8d', '#27ae60', '#e67e22', '#34495e', '#9b59b6', '#95a5a6'];
const colourOfKind = new Map(UNIT_KINDS.map((k, i) => [k, PALETTE[i % PALETTE.length]!]));
const colourOfSector = new Map(SECTORS.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));

/**
 * The organisation chart (d3 layout and zoom, React drawing). Only the units visible under the
 * shared expand state are laid out and drawn, so a province of thousands of units stays quick.
 */
export function OrgChart({ ws }: { ws: WorkspaceState }) {
  const { t, lang } = useI18n();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [layout, setLayout] = useState<Layout>('vertical');
  const [colourBy, setColourBy] = useState<ColourBy>('kind');
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const [dragging, setDragging] = useState<{ code: string; x: number; y: number; over: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Lay out the visible part of the tree.
  const { nodes, links, bounds } = useMemo(() => layoutChart(ws.tree, ws.expanded, layout), [ws.tree, ws.expanded, layout]);

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

  // The latest focus, for use right after a move (the selection may not change then).
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  useEffect(() => {
    if (focusAfterMove) {
      focusRef.current(focusAfterMove);
      setFocusAfterMove(null);
    }
  }, [focusAfterMove, nodes]);

  // On first draw (once the svg has its size): show the selected unit, or the whole chart.
  // Afterwards follow the selection (from the tree, the grid or a search).
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || nodes.length === 0) return;
    fitted.current = true;
    const frame = requestAnimationFrame(() => (ws.selected && nodes.some((n) => n.code === ws.selected) ? focusRef.current(ws.selected) : fit()));
    return () => cancelAnimationFrame(frame);
  }, [nodes, fit, ws.selected]);
  const firstSelection = useRef(true);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false; // the first draw above takes care of it
      return;
    }
    focus(ws.selected); // only when the selection changes, not on every layout
  }, [ws.selected]); // eslint-style exhaustive deps deliberately not followed

  // Search by name or code, diacritics-insensitive: reveals and selects the match.
  const matches = useMemo((): string[] => {
    const key = matchKey(query);
    if (!key) return [];
    return ws.tree.preorder.filter((c) => {
      const u = ws.tree.byCode.get(c)!;
      return matchKey(u.name).includes(key) || matchKey(u.code).includes(key);
    });
  }, [query, ws.tree]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const goToMatch = (i: number) => {
    if (matches.length === 0) return;
    const index = ((i % matches.length) + matches.length) % matches.length;
    setMatchIndex(index);
    ws.select(matches[index]!);
  };

  // The autonomy group in force of each PSU, for the latest year with figures.
  const [autonomy, setAutonomy] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (colourBy !== 'autonomy') return;
    void call('finance.list', {}).then((r) => setAutonomy(new Map(r.rows.filter((x) => x.effective).map((x) => [x.code, x.effective!]))));
  }, [colourBy, ws.tree]);

  const colour = (u: Unit) => {
    if (colourBy === 'autonomy') return AUTONOMY_COLOURS[autonomy.get(u.code) ?? ''] ?? '#c5cad3';
    if (colourBy === 'kind') return colourOfKind.get(u.kind)!;
    if (colourBy === 'sector') return colourOfSector.get(u.sector)!;
    const f = ws.findingsByUnit.get(u.code);
    return !f ? '#2e8b57' : f.some((x) => x.severity === 'error') ? '#b3261e' : '#c98a00';
  };

  // Drag a box onto another box to move the unit there.
  const startDrag = (code: string, e: React.PointerEvent) => {
    if (e.button !== 0) return;
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
      setDragging({ code, x: ev.clientX, y: ev.clientY, over: over(ev) });
    };
    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setDragging(null);
      if (!active) return;
      const target = over(ev);
      if (!target) return;
      setError(null);
      ws.edit(() => call('units.move', { code, parentCode: target }))
        .then(() => {
          ws.select(code);
          setFocusAfterMove(code);
        })
        .catch((err: unknown) => setError(err instanceof ApiError ? describeError(err.error, lang) : String(err)));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const maxDepth = useMemo(() => Math.max(0, ...ws.tree.depth.values()), [ws.tree]);
  const visibleDepth = useMemo(() => Math.max(0, ...nodes.map((n) => ws.tree.depth.get(n.code) ?? 0)) + 1, [nodes, ws.tree]);

  return (
    <section className="chart-pane" aria-label={t('view.chart')}>
      <div className="chart-toolbar">
        <label>
          {t('chart.layout')}{' '}
          <select value={layout} onChange={(e) => setLayout(e.target.value as Layout)}>
            <option value="vertical">{t('chart.vertical')}</option>
            <option value="horizontal">{t('chart.horizontal')}</option>
          </select>
        </label>
        <label>
          {t('chart.colourBy')}{' '}
          <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
            <option value="kind">{t('chart.byKind')}</option>
            <option value="sector">{t('chart.bySector')}</option>
            <option value="findings">{t('chart.byFindings')}</option>
            <option value="autonomy">{t('chart.byAutonomy')}</option>
          </select>
        </label>
        <label>
          {t('chart.levels')}{' '}
          <select value={visibleDepth} onChange={(e) => ws.expandToDepth(Number(e.target.value) - 1)} data-testid="chart-levels">
            {Array.from({ length: maxDepth + 1 }, (_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={fit}>{t('chart.fit')}</button>
        <button type="button" onClick={() => focus(ws.selected)} disabled={!ws.selected}>{t('chart.focus')}</button>
        <button type="button" aria-label={t('chart.zoomIn')} onClick={() => svgRef.current && zoomRef.current && select(svgRef.current).call(zoomRef.current.scaleBy, 1.3)}>+</button>
        <button type="button" aria-label={t('chart.zoomOut')} onClick={() => svgRef.current && zoomRef.current && select(svgRef.current).call(zoomRef.current.scaleBy, 1 / 1.3)}>-</button>
        <input
          className="chart-search"
          placeholder={t('chart.search')}
          value={query}
          data-testid="chart-search"
          onChange={(e) => {
            setQuery(e.target.value);
            setMatchIndex(0);
          }}
          onKeyDown={(e) => e.key === 'Enter' && goToMatch(matches[matchIndex] === ws.selected ? matchIndex + 1 : matchIndex)}
        />
        {query && <span className="muted">{matches.length ? t('chart.matches', { index: matchIndex + 1, count: matches.length }) : t('chart.noMatch')}</span>}
        <span className="muted">{t('chart.visible', { count: nodes.length })}</span>
      </div>
      {error && (
        <div className="form-error chart-error" role="alert">
          {error}
        </div>
      )}
      <svg ref={svgRef} className={`org-chart${dragging ? ' dragging' : ''}`} data-testid="org-chart">
        <g ref={layerRef}>
          {links.map((l) => (
            <path
              key={l.code}
              className="chart-link"
              d={
                layout === 'vertical'
                  ? `M${l.from.x},${l.from.y + BOX_H / 2} V${(l.from.y + l.to.y) / 2} H${l.to.x} V${l.to.y - BOX_H / 2}`
                  : `M${l.from.x + BOX_W / 2},${l.from.y} H${(l.from.x + l.to.x) / 2} V${l.to.y} H${l.to.x - BOX_W / 2}`
              }
            />
          ))}
          {nodes.map((n) => {
            const u = ws.tree.byCode.get(n.code)!;
            const findings = ws.findingsByUnit.get(n.code);
            const isMatch = matchSet.has(n.code);
            const classes = ['chart-node', ws.selected === n.code && 'selected', isMatch && 'match', dragging?.over === n.code && 'drop-target', animate && 'animated'].filter(Boolean).join(' ');
            return (
              <g
                key={n.code}
                className={classes}
                transform={`translate(${n.x - BOX_W / 2},${n.y - BOX_H / 2})`}
                data-chart-code={n.code}
                onPointerDown={(e) => startDrag(n.code, e)}
                onClick={() => ws.select(n.code)}
                onDoubleClick={() => n.hasChildren && ws.toggle(n.code)}
              >
                <rect width={BOX_W} height={BOX_H} rx={5} className="chart-box" />
                <rect width={5} height={BOX_H} rx={2} fill={colour(u)} />
                <text x={12} y={17} className="chart-name">
                  {u.name.length > 30 ? `${u.name.slice(0, 29)}…` : u.name}
                </text>
                <text x={12} y={33} className="chart-kind">
                  {t(`kind.${u.kind}`)} · {u.code.length > 18 ? `…${u.code.slice(-17)}` : u.code}
                </text>
                <text x={12} y={50} className="chart-numbers">
                  {t('chart.boxNumbers', { csA: u.civilServantActual, csQ: u.civilServantQuota, peA: u.publicEmployeeActual, peQ: u.publicEmployeeQuota, dep: u.deputies })}
                </text>
                {findings && (
                  <g transform={`translate(${BOX_W - 14}, 12)`}>
                    <circle r={9} className={`chart-badge ${findings.some((f) => f.severity === 'error') ? 'error' : 'warning'}`} />
                    <text className="chart-badge-text" textAnchor="middle" dy={4}>
                      {findings.length}
                    </text>
                  </g>
                )}
                {n.hasChildren && (
                  <g
                    className="chart-toggle"
                    transform={layout === 'vertical' ? `translate(${BOX_W / 2}, ${BOX_H})` : `translate(${BOX_W}, ${BOX_H / 2})`}
                    onPointerDown={(e) => e.stopPropagation()}
                    onClick={(e) => {
                      e.stopPropagation();
                      ws.toggle(n.code);
                    }}
                    role="button"
                    aria-label={ws.expanded.has(n.code) ? t('tree.collapse') : t('tree.expand')}
                  >
                    <circle r={8} />
                    <text textAnchor="middle" dy={4}>
                      {ws.expanded.has(n.code) ? '-' : '+'}
                    </text>
                  </g>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <div className="muted chart-hint">{t('chart.dragHint')}</div>
    </section>
  );
}
