/**
 * The plan chart ("Sơ đồ phương án"): the tree before the plan, after it at the end of a chosen
 * year, or only what it changes, as an org chart ("Sơ đồ") or a grid ("Bảng"), every unit with its
 * numbers before → after (difference) and a tag for new, gone, moved and changed units. In "after"
 * mode the gestures record operations in the plan (never in the baseline): drop a unit on another
 * to transfer it, select several and merge them, split or dissolve one. Both views share the year,
 * the mode, the open part of the tree, the selection and the gestures.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import {
  changesOnlyUnits,
  figureParams,
  unitStates,
  type Figure,
  type UnitMark,
  type UnitState,
} from '../../../shared/view/plan-chart.ts';
import { ancestorsOf, buildTree, visibleRows } from '../../../shared/tree.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { BoxSize } from '../chart/chart-layout.ts';
import {
  ChartSearchBox,
  ChartSvg,
  ChartZoomButtons,
  clip,
  colourOfKind,
  useBoxDrag,
  useChartSearch,
  useChartView,
} from '../chart/ChartCanvas.tsx';
import { YearSelect } from './ScenarioChanges.tsx';
import { GestureButtons, GestureDialogs, usePlanGestures } from './ScenarioGestures.tsx';
import { ScenarioGrid } from './ScenarioGrid.tsx';
import { ChartLegend } from '../chart/ChartLegend.tsx';
import { UNIT_KINDS } from '../../../shared/model/unit.ts';

const MODES = ['before', 'after', 'changes'] as const;
type Mode = (typeof MODES)[number];
const MARKS: UnitMark[] = ['added', 'removed', 'moved', 'changed'];
/** Taller than the workspace's boxes: two lines of before → after, and a unit's own figures under its totals. */
const SCENARIO_BOX: BoxSize = { w: 250, h: 96 };

const VIEWS = ['chart', 'grid'] as const;

/** Buttons of which one is on (a radio group). */
function Switch<T extends string>({
  label,
  options,
  value,
  onChange,
  labelOf,
}: {
  label: string;
  options: readonly T[];
  value: T;
  onChange(v: T): void;
  labelOf(v: T): string;
}) {
  return (
    <span className="mode-switch" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <button
          key={o}
          type="button"
          role="radio"
          aria-checked={value === o}
          className={value === o ? 'active' : ''}
          onClick={() => onChange(o)}
        >
          {labelOf(o)}
        </button>
      ))}
    </span>
  );
}
type View = (typeof VIEWS)[number];

export function ScenarioChart({
  name,
  years,
  locked,
  onChanged,
  onSelect,
}: {
  name: string;
  years: readonly number[];
  locked: boolean;
  onChanged(): void;
  /** The unit selected first (null: none) and the chart's year, for its details beside the chart. */
  onSelect?(code: string | null, year: number): void;
}) {
  const { t, n, lang } = useI18n();
  // The year after the base year, as the operation form: where a new plan's steps usually start.
  const [year, setYear] = useState(years[1] ?? years[0] ?? new Date().getFullYear());
  const [mode, setMode] = useState<Mode>('after');
  const [view, setView] = useState<View>('chart');
  // Read again when an edit of the plans makes it stale (data/invalidation.ts); another year keeps the chart until its answer.
  const stateRead = useChannel('scenario.state', { name, year }, { keepPrevious: true });
  const data = stateRead.data ?? null;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [reveal, setReveal] = useState<string | null>(null);
  /** The unit the grid scrolls to once it has its row. */
  const [gridFocus, setGridFocus] = useState<string | null>(null);
  /** The chart over the whole window, for a wide tree. */
  const [maximized, setMaximized] = useState(false);

  const states = useMemo(() => (data ? unitStates(data.baseline, data.units) : new Map<string, UnitState>()), [data]);
  const shown = useMemo(
    () =>
      !data
        ? []
        : mode === 'before'
          ? data.baseline
          : mode === 'after'
            ? data.units
            : changesOnlyUnits(data.baseline, data.units),
    [data, mode],
  );
  const tree = useMemo(() => buildTree(shown), [shown]);
  const rows = useMemo(() => visibleRows(tree, expanded), [tree, expanded]);
  // The top level is opened just after the plan's units arrive: the first view waits for it (else it
  // would fit the lone top box and open at its zoom, the city's hundred communes laid out below it).
  const topOpen = (tree.children.get(null) ?? []).every((c) => expanded.has(c));
  // The svg stays mounted under the grid, so it is fitted again on the way back to it.
  const chartView = useChartView({
    tree,
    expanded,
    layout: 'vertical',
    box: SCENARIO_BOX,
    fitKey: `${name}|${mode}|${maximized}|${view}|${topOpen}`,
  });

  // The unit a gesture touched, to reveal once the plan's new state has arrived.
  const afterReload = useRef<string | null>(null);
  const canEdit = mode === 'after' && !locked && data !== null;
  const gestures = usePlanGestures({
    name,
    year,
    state: data,
    tree,
    canEdit,
    onRecorded: (focus) => {
      afterReload.current = focus;
      onChanged();
    },
  });
  const selected = gestures.selected;
  const first = selected[0] ?? null;
  useEffect(() => onSelect?.(first, year), [first, year]); // eslint-disable-line react-hooks/exhaustive-deps -- onSelect is the caller's inline callback

  useEffect(() => {
    if (!stateRead.data) return;
    setReveal(afterReload.current);
    afterReload.current = null;
  }, [stateRead.data]);

  // The top level is always open; "changes only" opens all of its (small) tree.
  useEffect(() => {
    setExpanded((prev) => {
      const open = [...(tree.children.get(null) ?? [])];
      if (mode === 'changes')
        for (const [parent, kids] of tree.children) if (parent !== null && kids.length > 0) open.push(parent);
      return open.every((c) => prev.has(c)) ? prev : new Set([...prev, ...open]);
    });
  }, [tree, mode]);
  // After a gesture or a search: open the way to the unit and centre on it (or scroll the grid to it).
  useEffect(() => {
    if (!reveal || !tree.byCode.has(reveal)) return;
    const path = ancestorsOf(tree, reveal);
    setExpanded((prev) => (path.every((a) => prev.has(a)) ? prev : new Set([...prev, ...path])));
    if (view === 'chart') chartView.focusWhenDrawn(reveal);
    else setGridFocus(reveal);
    setReveal(null);
  }, [tree, reveal]); // eslint-disable-line react-hooks/exhaustive-deps -- runs once per reveal asked for; view and chartView are read as they are then

  const toggle = (code: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const search = useChartSearch(tree, selected[0] ?? null, (code) => {
    gestures.select([code]);
    setReveal(code);
  });

  const drag = useBoxDrag(gestures.transfer);

  const figureLine = (key: MessageKey, f: Figure) => t(key, figureParams(f, lang));
  /** The unit's own row: as the plan has it (as it was, for a unit gone). */
  const ownLine = (s: UnitState) => {
    const now = (f: Figure) => n(f.after ?? f.before ?? 0);
    return t('scn.chart.own', { quota: now(s.own.quota), staff: now(s.own.staff) });
  };

  return (
    <section
      className={`chart-pane scenario-chart view-${view}${maximized ? ' maximized' : ''}`}
      data-testid="scenario-chart"
      aria-label={t('scn.chart.title')}
    >
      <h3>{t('scn.chart.title')}</h3>
      <div className="chart-toolbar">
        <label>
          {t('scn.chart.yearLabel')}{' '}
          <YearSelect label={t('scn.chart.year')} years={years} value={year} onChange={setYear} />
        </label>
        <Switch<Mode>
          label={t('scn.chart.mode')}
          options={MODES}
          value={mode}
          onChange={setMode}
          labelOf={(m) => t(`scn.chart.${m}`)}
        />
        <Switch<View>
          label={t('scn.view')}
          options={VIEWS}
          value={view}
          onChange={setView}
          labelOf={(v) => t(`scn.view.${v}`)}
        />
        {view === 'chart' && <ChartZoomButtons view={chartView} focusCode={selected[0] ?? null} />}
        <button type="button" aria-pressed={maximized} onClick={() => setMaximized((m) => !m)}>
          {maximized ? t('scn.chart.restore') : t('scn.chart.maximize')}
        </button>
        <ChartSearchBox search={search} testId="scenario-chart-search" />
        <GestureButtons gestures={gestures} />
        <span className="muted">
          {view === 'chart'
            ? t('chart.visible', { count: chartView.nodes.length })
            : t('scn.grid.visible', { count: rows.length })}
        </span>
      </div>
      {gestures.error && (
        <div className="form-error chart-error" role="alert">
          {gestures.error}
        </div>
      )}
      <FormError error={stateRead.error} className="chart-error" />
      {gestures.notice && !gestures.error && (
        <div className="chart-notice" role="status">
          {gestures.notice}
        </div>
      )}
      {data && mode === 'changes' && shown.length === 0 && <p className="muted chart-hint">{t('chg.none')}</p>}
      {view === 'grid' && (
        <ScenarioGrid
          rows={rows}
          tree={tree}
          states={states}
          justified={data?.justified}
          gestures={gestures}
          onToggle={toggle}
          focus={gridFocus}
          onFocused={() => setGridFocus(null)}
        />
      )}
      <ChartSvg
        view={chartView}
        tree={tree}
        expanded={expanded}
        onToggle={toggle}
        drag={drag}
        colour={(code) => colourOfKind.get(tree.byCode.get(code)!.kind)!}
        boxClass={(code) => [
          selected.includes(code) && 'selected',
          search.matchSet.has(code) && 'match',
          ...(states.get(code)?.marks ?? []).map((m) => `scn-${m}`),
        ]}
        onBoxClick={gestures.click}
        testId="scenario-org-chart"
        renderBox={(code) => {
          const u = tree.byCode.get(code)!;
          const s = states.get(code);
          if (!s) return null;
          // The quota the unit's job positions justify at the year's end (the plan's state, not the base's).
          const justified = mode === 'before' ? undefined : data?.justified[code];
          return (
            <>
              <title>{`${u.name} (${u.code})`}</title>
              <text x={12} y={17} className="chart-name">
                {clip(u.name, 34)}
              </text>
              <text x={12} y={33} className="chart-kind">
                {t(`kind.${u.kind}`)}
                {s.marks.map((m) => (
                  <tspan key={m} className={`scn-tag scn-tag-${m}`}>
                    {' '}
                    · {t(`scn.chart.tag.${m}`)}
                  </tspan>
                ))}
              </text>
              <text x={12} y={51} className={`chart-numbers${s.quota.delta !== 0 ? ' scn-delta' : ''}`}>
                {figureLine('scn.chart.quota', s.quota)}
              </text>
              {justified !== undefined && (
                <g>
                  <title>{t('scn.chart.justifiedHint', { year: String(year), count: n(justified) })}</title>
                  <text
                    x={SCENARIO_BOX.w - 8}
                    y={51}
                    textAnchor="end"
                    className={`chart-numbers chart-justified${(s.quota.after ?? 0) > justified ? ' over' : ''}`}
                    data-testid="box-justified"
                  >
                    {t('scn.chart.justified', { count: n(justified) })}
                  </text>
                </g>
              )}
              <text x={12} y={68} className={`chart-numbers${s.staff.delta !== 0 ? ' scn-delta' : ''}`}>
                {figureLine('scn.chart.staff', s.staff)}
              </text>
              {s.hasSubordinates && (
                <text x={12} y={85} className="chart-numbers chart-own" data-testid="box-own">
                  {ownLine(s)}
                </text>
              )}
            </>
          );
        }}
      />
      {view === 'chart' && (
        <ChartLegend
          title={t('chart.byKind')}
          items={UNIT_KINDS.filter((k) => shown.some((u) => u.kind === k)).map((k) => ({
            colour: colourOfKind.get(k)!,
            label: t(`kind.${k}`),
          }))}
          testId="scenario-chart-legend-kind"
        />
      )}
      <div className="scenario-chart-legend muted" data-testid="scenario-chart-legend-status">
        {MARKS.map((m) => (
          <span key={m} className={`scn-legend scn-${m}`}>
            <svg width={14} height={12} aria-hidden="true">
              <rect x={1} y={1} width={12} height={10} rx={2} className="chart-box" />
            </svg>{' '}
            {t(`scn.chart.tag.${m}`)}
          </span>
        ))}
        <span>{t('scn.chart.legend')}</span>
      </div>
      <div className="muted chart-hint">
        {locked
          ? t('scn.chart.hintLocked')
          : mode === 'after'
            ? t(view === 'chart' ? 'scn.chart.hintAfter' : 'scn.grid.hintAfter', { year: String(year) })
            : t('scn.chart.hintOther')}
      </div>
      <GestureDialogs gestures={gestures} name={name} year={year} />
    </section>
  );
}
