/**
 * The plan chart ("Sơ đồ phương án"): the tree before the plan, after it at the end of a chosen
 * year, or only what it changes, every box with its numbers before → after (difference) and a tag
 * for new, gone, moved and changed units. In "after" mode the gestures record operations in the
 * plan (never in the baseline): drop a box on another to transfer it, select several and merge
 * them, dissolve one.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { call, ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { describeError } from '../../../shared/errors.ts';
import type { Result } from '../../../shared/contract.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { changesOnlyUnits, unitStates, type Figure, type UnitMark, type UnitState } from '../../../shared/scenario/chart.ts';
import { describeOperation } from '../../../shared/scenario/describe.ts';
import { ancestorsOf, buildTree } from '../../../shared/tree.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { BoxSize } from '../chart-layout.ts';
import { ChartSearchBox, ChartSvg, ChartZoomButtons, clip, colourOfKind, useBoxDrag, useChartSearch, useChartView } from './ChartCanvas.tsx';
import { YearSelect } from './ScenarioChanges.tsx';
import { DissolveDialog } from './ScenarioGestures.tsx';
import { appendOperation } from './PlanDialog.tsx';
import { MergeWizard } from './MergeWizard.tsx';
import { SplitForm } from './SplitForm.tsx';

const MODES = ['before', 'after', 'changes'] as const;
type Mode = (typeof MODES)[number];
const MARKS: UnitMark[] = ['added', 'removed', 'moved', 'changed'];
/** Taller than the workspace's boxes: two lines of before → after. */
const SCENARIO_BOX: BoxSize = { w: 250, h: 80 };

export function ScenarioChart({ name, years, locked, version, onChanged }: { name: string; years: readonly number[]; locked: boolean; version: number; onChanged(): void }) {
  const { t, n, lang } = useI18n();
  // The year after the base year, as the operation form: where a new plan's steps usually start.
  const [year, setYear] = useState(years[1] ?? years[0] ?? new Date().getFullYear());
  const [mode, setMode] = useState<Mode>('after');
  const [data, setData] = useState<Result<'scenario.state'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'merge' | 'split' | 'dissolve' | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [reveal, setReveal] = useState<string | null>(null);
  /** The chart over the whole window, for a wide tree. */
  const [maximized, setMaximized] = useState(false);
  const fail = (err: unknown) => setError(err instanceof ApiError ? describeError(err.error, lang) : String(err));

  // The unit a gesture touched, to reveal once the plan's new state has arrived.
  const afterReload = useRef<string | null>(null);
  useEffect(() => {
    void call('scenario.state', { name, year })
      .then((d) => {
        setData(d);
        setReveal(afterReload.current);
        afterReload.current = null;
      })
      .catch(fail);
  }, [name, year, version]);

  const states = useMemo(() => (data ? unitStates(data.baseline, data.units) : new Map<string, UnitState>()), [data]);
  const shown = useMemo(() => (!data ? [] : mode === 'before' ? data.baseline : mode === 'after' ? data.units : changesOnlyUnits(data.baseline, data.units)), [data, mode]);
  const tree = useMemo(() => buildTree(shown), [shown]);
  const view = useChartView({ tree, expanded, layout: 'vertical', box: SCENARIO_BOX, fitKey: `${name}|${mode}|${maximized}` });

  // The top level is always open; "changes only" opens all of its (small) tree.
  useEffect(() => {
    setExpanded((prev) => {
      const open = [...(tree.children.get(null) ?? [])];
      if (mode === 'changes') for (const [parent, kids] of tree.children) if (parent !== null && kids.length > 0) open.push(parent);
      return open.every((c) => prev.has(c)) ? prev : new Set([...prev, ...open]);
    });
  }, [tree, mode]);
  // After a gesture: open the way to the unit it touched and centre on it.
  useEffect(() => {
    if (!reveal || !tree.byCode.has(reveal)) return;
    const path = ancestorsOf(tree, reveal);
    setExpanded((prev) => (path.every((a) => prev.has(a)) ? prev : new Set([...prev, ...path])));
    view.focusWhenDrawn(reveal);
    setReveal(null);
  }, [tree, reveal]);

  const toggle = (code: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const search = useChartSearch(tree, selection[0] ?? null, (code) => {
    setSelection([code]);
    setReveal(code);
  });

  const canEdit = mode === 'after' && !locked && data !== null;
  const selected = selection.filter((c) => tree.byCode.has(c));
  const nameOf = (code: string) => data?.units.find((u) => u.code === code)?.name ?? data?.baseline.find((u) => u.code === code)?.name ?? code;

  const recorded = (op?: Operation) => {
    setError(null);
    setDialog(null);
    setSelection([]);
    if (op) {
      setNotice(t('scn.chart.recorded', { operation: describeOperation(op, lang, nameOf) }));
      const parentOf = (code: string) => data?.units.find((u) => u.code === code)?.parentCode ?? null;
      afterReload.current = op.type === 'transfer' ? op.unit : op.type === 'merge' ? (typeof op.into === 'string' ? op.into : op.into.code) : op.type === 'dissolve' ? (op.staffTo ?? parentOf(op.unit)) : op.type === 'split' ? op.into[0]!.code : null;
    }
    onChanged();
  };

  const drag = useBoxDrag(
    canEdit
      ? (code, target) => {
          setError(null);
          setNotice(null);
          const op: Operation = { type: 'transfer', year, unit: code, parentCode: target };
          appendOperation(name, op).then(() => recorded(op), fail);
        }
      : null,
  );

  const onBoxClick = (code: string, e: React.MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) setSelection((s) => (s.includes(code) ? s.filter((c) => c !== code) : [...s, code]));
    else setSelection([code]);
  };

  const signed = (d: number) => (d > 0 ? `+${n(d)}` : d < 0 ? `−${n(-d)}` : '0');
  const figureLine = (key: MessageKey, f: Figure) => t(key, { before: f.before === null ? '—' : n(f.before), after: f.after === null ? '—' : n(f.after), delta: signed(f.delta) });

  return (
    <section className={`chart-pane scenario-chart${maximized ? ' maximized' : ''}`} data-testid="scenario-chart" aria-label={t('scn.chart.title')}>
      <h3>{t('scn.chart.title')}</h3>
      <div className="chart-toolbar">
        <label>
          {t('scn.chart.yearLabel')}{' '}
          <YearSelect label={t('scn.chart.year')} years={years} value={year} onChange={setYear} />
        </label>
        <span className="mode-switch" role="radiogroup" aria-label={t('scn.chart.mode')}>
          {MODES.map((m) => (
            <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'active' : ''} onClick={() => setMode(m)}>
              {t(`scn.chart.${m}`)}
            </button>
          ))}
        </span>
        <ChartZoomButtons view={view} focusCode={selected[0] ?? null} />
        <button type="button" aria-pressed={maximized} onClick={() => setMaximized((m) => !m)}>{maximized ? t('scn.chart.restore') : t('scn.chart.maximize')}</button>
        <ChartSearchBox search={search} testId="scenario-chart-search" />
        {selected.length > 0 && (
          <>
            <strong data-testid="scenario-chart-selection">{t('scn.chart.selected', { count: selected.length })}</strong>
            <button type="button" onClick={() => setSelection([])}>{t('scn.chart.clear')}</button>
          </>
        )}
        <button type="button" disabled={!canEdit || selected.length < 2} onClick={() => setDialog('merge')}>{t('scn.chart.merge')}</button>
        <button type="button" disabled={!canEdit || selected.length !== 1} onClick={() => setDialog('split')}>{t('scn.chart.split')}</button>
        <button type="button" disabled={!canEdit || selected.length !== 1} onClick={() => setDialog('dissolve')}>{t('scn.chart.dissolve')}</button>
        <span className="muted">{t('chart.visible', { count: view.nodes.length })}</span>
      </div>
      {error && (
        <div className="form-error chart-error" role="alert">
          {error}
        </div>
      )}
      {notice && !error && <div className="chart-notice" role="status">{notice}</div>}
      {data && mode === 'changes' && shown.length === 0 && <p className="muted chart-hint">{t('chg.none')}</p>}
      <ChartSvg
        view={view}
        tree={tree}
        expanded={expanded}
        onToggle={toggle}
        drag={drag}
        colour={(code) => colourOfKind.get(tree.byCode.get(code)!.kind)!}
        boxClass={(code) => [selected.includes(code) && 'selected', search.matchSet.has(code) && 'match', ...(states.get(code)?.marks ?? []).map((m) => `scn-${m}`)]}
        onBoxClick={onBoxClick}
        testId="scenario-org-chart"
        renderBox={(code) => {
          const u = tree.byCode.get(code)!;
          const s = states.get(code);
          if (!s) return null;
          return (
            <>
              <title>{`${u.name} (${u.code})`}</title>
              <text x={12} y={17} className="chart-name">
                {clip(u.name, 34)}
              </text>
              <text x={12} y={33} className="chart-kind">
                {t(`kind.${u.kind}`)}
                {s.marks.map((m) => (
                  <tspan key={m} className={`scn-tag scn-tag-${m}`}> · {t(`scn.chart.tag.${m}`)}</tspan>
                ))}
              </text>
              <text x={12} y={51} className={`chart-numbers${s.quota.delta !== 0 ? ' scn-delta' : ''}`}>
                {figureLine('scn.chart.quota', s.quota)}
              </text>
              <text x={12} y={68} className={`chart-numbers${s.staff.delta !== 0 ? ' scn-delta' : ''}`}>
                {figureLine('scn.chart.staff', s.staff)}
              </text>
            </>
          );
        }}
      />
      <div className="scenario-chart-legend muted">
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
      <div className="muted chart-hint">{locked ? t('scn.chart.hintLocked') : mode === 'after' ? t('scn.chart.hintAfter', { year: String(year) }) : t('scn.chart.hintOther')}</div>
      {dialog === 'merge' && <MergeWizard name={name} year={year} initialUnits={selected} onDone={recorded} onCancel={() => setDialog(null)} />}
      {dialog === 'split' && selected[0] && <SplitForm name={name} year={year} initialUnit={selected[0]} onDone={recorded} onCancel={() => setDialog(null)} />}
      {dialog === 'dissolve' && selected[0] && <DissolveDialog name={name} year={year} unit={selected[0]} onDone={recorded} onCancel={() => setDialog(null)} />}
    </section>
  );
}
