import { worstSeverity } from '../../../shared/rules/findings.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { WORKSPACE_BOX, type ChartLayoutKind } from './chart-layout.ts';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { SECTORS, UNIT_KINDS } from '../../../shared/model/unit.ts';
import { ChartLegend, type LegendItem } from './ChartLegend.tsx';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import {
  ChartSearchBox,
  ChartSvg,
  ChartZoomButtons,
  PALETTE,
  clipToWidth,
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

/** The groups in their order (an object's integer-like keys would come first: 1, 2, 4, 3a…). */
const AUTONOMY_GROUPS = ['1', '2', '3a', '3b', '3c', '4'] as const;
const NO_GROUP = '#c5cad3';
const FINDING_COLOURS = { error: '#b3261e', warning: '#c98a00', note: '#5b7a99', none: '#2e8b57' } as const;

const colourOfSector = new Map(SECTORS.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));
/** The width kept free for the findings badge at a box's top right (a circle of radius 9 centred 14 px in). */
const BADGE_ROOM = 26;

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
    if (colourBy === 'autonomy') return AUTONOMY_COLOURS[autonomy.get(u.code) ?? ''] ?? NO_GROUP;
    if (colourBy === 'kind') return colourOfKind.get(u.kind)!;
    if (colourBy === 'sector') return colourOfSector.get(u.sector)!;
    const f = workspace.findingsByUnit.get(u.code);
    return FINDING_COLOURS[f ? worstSeverity(f) : 'none'];
  };

  // The legend of the colouring chosen: the kinds and sectors of the units in the tree, every severity, every group.
  const legend = useMemo((): LegendItem[] => {
    const units = [...workspace.tree.byCode.values()];
    if (colourBy === 'kind') {
      const kinds = new Set(units.map((u) => u.kind));
      return UNIT_KINDS.filter((k) => kinds.has(k)).map((k) => ({
        colour: colourOfKind.get(k)!,
        label: t(`kind.${k}`),
      }));
    }
    if (colourBy === 'sector') {
      const sectors = new Set(units.map((u) => u.sector));
      return SECTORS.filter((s) => sectors.has(s)).map((s) => ({
        colour: colourOfSector.get(s)!,
        label: t(`sector.${s}`),
      }));
    }
    if (colourBy === 'findings')
      return (['error', 'warning', 'note'] as const)
        .map((s): LegendItem => ({ colour: FINDING_COLOURS[s], label: t(`severity.${s}`) }))
        .concat({ colour: FINDING_COLOURS.none, label: t('chart.legend.noFindings') });
    return AUTONOMY_GROUPS.map((g) => ({
      colour: AUTONOMY_COLOURS[g]!,
      label: t('chart.legend.group', { group: g }),
    })).concat({ colour: NO_GROUP, label: t('chart.legend.noGroup') });
  }, [colourBy, workspace.tree, t]);
  const colourNames: Record<ColourBy, string> = {
    kind: t('chart.byKind'),
    sector: t('chart.bySector'),
    findings: t('chart.byFindings'),
    autonomy: t('chart.byAutonomy'),
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
      <ChartLegend title={colourNames[colourBy]} items={legend} testId="chart-legend" />
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
              <title>{u.name}</title>
              {/* The name stops before the badge: cut shorter beside it, and clipped to its room whatever the font. */}
              <svg x={10} y={0} width={w - 10 - (findings ? BADGE_ROOM : 6)} height={24} className="chart-name-room">
                <text x={2} y={17} className="chart-name">
                  {clipToWidth(u.name, w - 14 - (findings ? BADGE_ROOM : 8))}
                </text>
              </svg>
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
                <g transform={`translate(${w - 14}, 12)`} className="chart-badge-mark">
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
