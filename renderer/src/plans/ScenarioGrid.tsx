/**
 * The plan as a grid ("Bảng" of the plan chart): the same tree, year and mode as the chart, one row
 * per unit with its status tag, quota and staff as current → plan (difference) and each headcount
 * field. In "after" mode the chart's gestures work here too: tick or Ctrl/Shift-click rows to
 * select them, drag a row onto another to transfer it there.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import type {
  ColDef,
  ColGroupDef,
  GridApi,
  RowClassRules,
  RowClickedEvent,
  RowDragEndEvent,
  RowSelectedEvent,
} from 'ag-grid-community';
import { HEADCOUNT_FIELDS, type HeadcountField } from '../../../shared/model/unit.ts';
import {
  fieldFigure,
  figureParams,
  type Figure,
  type UnitMark,
  type UnitState,
} from '../../../shared/view/plan-chart.ts';
import type { UnitTree, VisibleRow } from '../../../shared/tree.ts';
import { useI18n } from '../i18n.tsx';
import { droppedOn, getTreeRowId, treeGridTheme, treeNameColumn, type TreeGridRow } from '../tree/TreeGrid.tsx';
import type { PlanGestures } from './ScenarioGestures.tsx';

interface PlanRow extends TreeGridRow {
  state: UnitState;
}

const ROW_SELECTION = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: false,
} as const;
const SELECTION_COLUMN = { pinned: 'left', width: 36 } as const;
const MARK_CLASSES: RowClassRules<PlanRow> = Object.fromEntries(
  (['added', 'removed', 'moved', 'changed'] as const satisfies readonly UnitMark[]).map((m) => [
    `scn-row-${m}`,
    (p: { data?: PlanRow }) => !!p.data?.state.marks.includes(m),
  ]),
);

function StatusCell({ data }: CustomCellRendererProps<PlanRow>) {
  const { t } = useI18n();
  if (!data) return null;
  return (
    <>
      {data.state.marks.map((m) => (
        <span key={m} className={`scn-chip scn-chip-${m}`}>
          {t(`scn.chart.tag.${m}`)}
        </span>
      ))}
    </>
  );
}

export function ScenarioGrid(props: {
  rows: readonly VisibleRow[];
  tree: UnitTree;
  states: ReadonlyMap<string, UnitState>;
  /** The quota the year's job positions justify, by unit code (units with positions only). */
  justified?: Readonly<Record<string, number>> | undefined;
  gestures: PlanGestures;
  onToggle(code: string): void;
  focus: string | null;
  onFocused(): void;
}) {
  const { rows, tree, states, justified, gestures, onToggle, focus, onFocused } = props;
  const { t, n, lang } = useI18n();
  const gridRef = useRef<AgGridReact<PlanRow>>(null);

  const rowData = useMemo<PlanRow[]>(
    () =>
      rows.flatMap((r) => {
        const state = states.get(r.code);
        return state ? [{ ...r, unit: tree.byCode.get(r.code)!, state }] : [];
      }),
    [rows, tree, states],
  );

  const canDrag = gestures.transfer !== null;
  const columnDefs = useMemo<Array<ColDef<PlanRow> | ColGroupDef<PlanRow>>>(() => {
    const figure = (f: Figure) => t('scn.grid.figure', figureParams(f, lang));
    const figureColumn = (colId: 'quota' | 'staff'): ColDef<PlanRow> => ({
      colId,
      headerName: t(`scn.grid.${colId}`),
      headerTooltip: t(`scn.grid.${colId}Hint`),
      valueGetter: (p) => (p.data ? figure(p.data.state[colId]) : ''),
      width: 160,
      cellClass: 'num',
      cellClassRules: { 'scn-delta': (p) => !!p.data && p.data.state[colId].delta !== 0 },
    });
    // A unit's own row next to its totals, for a unit with units under it (the same figures otherwise: left empty).
    const ownColumn = (of: 'quota' | 'staff'): ColDef<PlanRow> => ({
      colId: `own.${of}`,
      headerName: t(of === 'quota' ? 'scn.grid.ownQuota' : 'scn.grid.ownStaff'),
      headerTooltip: t('scn.grid.ownHint'),
      valueGetter: (p) => (p.data?.state.hasSubordinates ? figure(p.data.state.own[of]) : ''),
      width: 140,
      cellClass: 'num muted',
    });
    // Each field as the tree shows it; where the plan changes it, current → plan (the difference in the tooltip).
    const changed = (row: PlanRow | undefined, f: HeadcountField) => {
      const fig = row && fieldFigure(row.state, f);
      return fig && fig.before !== null && fig.after !== null && fig.delta !== 0 ? fig : null;
    };
    const fields = HEADCOUNT_FIELDS.map<ColDef<PlanRow>>((f) => ({
      colId: `field.${f}`,
      headerName: t(`short.${f}`),
      headerTooltip: t(`field.${f}`),
      valueGetter: (p) => {
        if (!p.data) return '';
        const fig = changed(p.data, f);
        return fig ? t('scn.grid.change', figureParams(fig, lang)) : n(p.data.unit[f]);
      },
      width: 104,
      cellClass: 'num',
      cellClassRules: { 'scn-delta': (p) => changed(p.data, f) !== null },
      tooltipValueGetter: (p) => {
        const fig = changed(p.data, f);
        return fig ? `${t(`field.${f}`)}: ${figure(fig)}` : undefined;
      },
    }));
    // What the plan does comes first, next to the name: the grid often has half a window.
    return [
      treeNameColumn<PlanRow>(t('field.name'), onToggle, canDrag ? (p) => !!p.data?.state.after : false, 290),
      {
        colId: 'status',
        headerName: t('scn.grid.status'),
        width: 120,
        valueGetter: (p) => (p.data ? p.data.state.marks.map((m) => t(`scn.chart.tag.${m}`)).join(', ') : ''),
        cellRenderer: StatusCell,
      },
      figureColumn('quota'),
      // Beside the quota: what the unit's own job positions justify at the year end (empty without positions).
      {
        colId: 'justified',
        headerName: t('scn.grid.justified'),
        headerTooltip: t('scn.grid.justifiedHint'),
        valueGetter: (p) => {
          const v = p.data && justified?.[p.data.code];
          return v === undefined || v === null ? '' : n(v);
        },
        width: 120,
        cellClass: 'num',
      },
      figureColumn('staff'),
      ownColumn('quota'),
      ownColumn('staff'),
      { colId: 'code', headerName: t('field.code'), width: 180, valueGetter: (p) => p.data?.unit.code },
      {
        colId: 'kind',
        headerName: t('field.kind'),
        width: 140,
        valueGetter: (p) => (p.data ? t(`kind.${p.data.unit.kind}`) : ''),
      },
      { headerName: t('scn.grid.fields'), children: fields },
    ];
  }, [t, n, lang, onToggle, canDrag, justified]);

  // The grid's ticks follow the one selection (the chart's too); only a tick by hand changes it.
  const selectedRef = useRef(gestures.selected);
  selectedRef.current = gestures.selected;
  const syncSelection = useCallback((api: GridApi<PlanRow> | undefined) => {
    if (!api) return;
    const want = new Set(selectedRef.current);
    api.forEachNode((node) => {
      const on = !!node.data && want.has(node.data.code);
      if (node.isSelected() !== on) node.setSelected(on, false, 'api');
    });
  }, []);
  useEffect(() => syncSelection(gridRef.current?.api), [gestures.selected, rowData, syncSelection]);

  // After a gesture or a search: scroll to the unit once its row is there.
  useEffect(() => {
    const api = gridRef.current?.api;
    const node = focus ? api?.getRowNode(focus) : undefined;
    if (!api || !node) return;
    api.ensureNodeVisible(node, 'middle');
    onFocused();
  }, [focus, rowData]); // eslint-disable-line react-hooks/exhaustive-deps -- scroll when the unit to focus or the rows change; onFocused is the caller's inline callback

  return (
    <div className="grid-host scenario-grid" data-testid="scenario-grid">
      <AgGridReact<PlanRow>
        key={lang}
        ref={gridRef}
        theme={treeGridTheme}
        rowData={rowData}
        columnDefs={columnDefs}
        getRowId={getTreeRowId}
        rowSelection={ROW_SELECTION}
        selectionColumnDef={SELECTION_COLUMN}
        rowClassRules={MARK_CLASSES}
        animateRows={false}
        suppressColumnVirtualisation
        tooltipShowDelay={300}
        localeText={{ noRowsToShow: t('scn.grid.noRows'), loadingOoo: t('app.loading') }}
        onRowClicked={(e: RowClickedEvent<PlanRow>) => {
          const target = e.event?.target as Element | null;
          // The expand toggle and the tick box have their own meaning.
          if (!e.data || !e.event || target?.closest('.toggle, .ag-selection-checkbox, .ag-checkbox')) return;
          gestures.click(e.data.code, e.event as MouseEvent);
        }}
        onRowSelected={(e: RowSelectedEvent<PlanRow>) => {
          if (e.data && (e.source === 'checkboxSelected' || e.source === 'spaceKey'))
            gestures.tick(e.data.code, !!e.node.isSelected());
        }}
        onRowDataUpdated={(e) => syncSelection(e.api)}
        onFirstDataRendered={(e) => {
          // Back from the chart: the selection in view.
          syncSelection(e.api);
          const first = selectedRef.current[0];
          const node = first ? e.api.getRowNode(first) : undefined;
          if (node) e.api.ensureNodeVisible(node, 'middle');
        }}
        onRowDragEnd={(e: RowDragEndEvent<PlanRow>) => {
          const drop = droppedOn(e);
          if (drop && gestures.transfer) gestures.transfer(drop.code, drop.target);
        }}
      />
    </div>
  );
}
