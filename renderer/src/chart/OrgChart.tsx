import { worstSeverity } from '../../../shared/rules/findings.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { WORKSPACE_BOX, type ChartLayoutKind } from './chart-layout.ts';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { SECTORS } from '../../../shared/model/unit.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import {
  ChartSearchBox,
  ChartSvg,
  ChartZoomButtons,
  PALETTE,
  clip,
  colourOfKind,
  useBoxDrag,
  useChartSearch,
  useChartView,
} from './ChartCanvas.tsx';

type Layout = ChartLayoutKind;
type ColourBy = 'kind' | 'sector' | 'findings' | 'autonomy';

/** Autonomy groups from self-financing (dark green) to state-funded (red). */
const AUTONOMY_COLOURS: Record<string, string> = {
  '1': '#1b6e3a',
  '2': '#2e8b57',
  '3a': '#8fb339',
  '3b': '#d4a300',
  '3c': '#e67e22',
  '4': '#b3261e',
};

const colourOfSector = new Map(SECTORS.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));

/**
 * The organisation chart of the workspace. Only the units visible under the shared expand state
 * are laid out and drawn (ChartCanvas), so a province of thousands of units stays quick.
 */
export function OrgChart({ workspace }: { workspace: WorkspaceState }) {
  const { t } = useI18n();
  const [layout, setLayout] = useState<Layout>('vertical');
  const [colourBy, setColourBy] = useState<ColourBy>('kind');
  const [error, setError] = useState<unknown>(null);

  const view = useChartView({
    tree: workspace.tree,
    expanded: workspace.expanded,
    layout,
    box: WORKSPACE_BOX,
    initialFocus: workspace.selected,
  });
  const { nodes, focus } = view;

  // Follow the selection (from the tree, the grid or a search); the first draw shows it already.
  const firstSelection = useRef(true);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false;
      return;
    }
    focus(workspace.selected); // only when the selection changes, not on every layout
  }, [workspace.selected]); // eslint-disable-line react-hooks/exhaustive-deps -- follow a change of selection only, not every new layout (which makes a new focus)

  // Search: reveals and selects the match.
  const search = useChartSearch(workspace.tree, workspace.selected, workspace.select);

  // The autonomy group in force of each PSU, for the latest year with figures (asked for when coloured by it).
  const figures = useChannel('finance.list', {}, { enabled: colourBy === 'autonomy' }).data;
  const autonomy = useMemo(
    () => new Map((figures?.rows ?? []).filter((x) => x.effective).map((x) => [x.code, x.effective!])),
    [figures],
  );

  const colour = (code: string) => {
    const u = workspace.tree.byCode.get(code)!;
    if (colourBy === 'autonomy') return AUTONOMY_COLOURS[autonomy.get(u.code) ?? ''] ?? '#c5cad3';
    if (colourBy === 'kind') return colourOfKind.get(u.kind)!;
    if (colourBy === 'sector') return colourOfSector.get(u.sector)!;
    const f = workspace.findingsByUnit.get(u.code);
    return !f ? '#2e8b57' : { error: '#b3261e', warning: '#c98a00', note: '#5b7a99' }[worstSeverity(f)];
  };

  // Drag a box onto another box to move the unit there.
  const drag = useBoxDrag((code, target) => {
    setError(null);
    workspace
      .edit((o) => call('units.move', { ...o, code, parentCode: target }))
      .then(() => {
        workspace.select(code);
        view.focusWhenDrawn(code);
      })
      .catch(setError);
  });

  const maxDepth = useMemo(() => Math.max(0, ...workspace.tree.depth.values()), [workspace.tree]);
  const visibleDepth = useMemo(
    () => Math.max(0, ...nodes.map((n) => workspace.tree.depth.get(n.code) ?? 0)) + 1,
    [nodes, workspace.tree],
  );
  const { w } = WORKSPACE_BOX;

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
          <select
            value={visibleDepth}
            onChange={(e) => workspace.expandToDepth(Number(e.target.value) - 1)}
            data-testid="chart-levels"
          >
            {Array.from({ length: maxDepth + 1 }, (_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <ChartZoomButtons view={view} focusCode={workspace.selected} />
        <ChartSearchBox search={search} testId="chart-search" />
        <span className="muted">{t('chart.visible', { count: nodes.length })}</span>
      </div>
      <FormError error={error} className="chart-error" />
      <ChartSvg
        view={view}
        tree={workspace.tree}
        expanded={workspace.expanded}
        onToggle={workspace.toggle}
        drag={drag}
        colour={colour}
        boxClass={(code) => [workspace.selected === code && 'selected', search.matchSet.has(code) && 'match']}
        onBoxClick={(code) => workspace.select(code)}
        testId="org-chart"
        renderBox={(code) => {
          const u = workspace.tree.byCode.get(code)!;
          const findings = workspace.findingsByUnit.get(code);
          return (
            <>
              <text x={12} y={17} className="chart-name">
                {clip(u.name, 30)}
              </text>
              <text x={12} y={33} className="chart-kind">
                {t(`kind.${u.kind}`)} · {u.code.length > 18 ? `…${u.code.slice(-17)}` : u.code}
              </text>
              <text x={12} y={50} className="chart-numbers">
                {t('chart.boxNumbers', {
                  csA: u.civilServantActual,
                  csQ: u.civilServantQuota,
                  peA: u.publicEmployeeActual,
                  peQ: u.publicEmployeeQuota,
                  dep: u.deputies,
                })}
              </text>
              {findings && (
                <g transform={`translate(${w - 14}, 12)`}>
                  <circle r={9} className={`chart-badge ${worstSeverity(findings)}`} />
                  <text className="chart-badge-text" textAnchor="middle" dy={4}>
                    {findings.length}
                  </text>
                </g>
              )}
            </>
          );
        }}
      />
      <div className="muted chart-hint">{t('chart.dragHint')}</div>
    </section>
  );
}
