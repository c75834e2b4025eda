import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import type {
  ColDef,
  ColGroupDef,
  GridApi,
  RowClickedEvent,
  RowDataTransaction,
  RowDragEndEvent,
} from 'ag-grid-community';
import { HEADCOUNT_FIELDS, type HeadcountField } from '../../../shared/model/unit.ts';
import type { Rollup } from '../../../shared/rollup.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import { useI18n } from '../i18n.tsx';
import { call } from '../api.ts';
import { FormError } from '../ui/FormError.tsx';
import { FindingBadge } from './FindingBadge.tsx';
import { rowsChange } from './grid-rows.ts';
import { droppedOn, getTreeRowId, treeGridTheme, treeNameColumn, type TreeGridRow } from './TreeGrid.tsx';

const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;

interface GridContext {
  findingsByUnit: WorkspaceState['findingsByUnit'];
}

/** One grid row: a visible tree row with its unit and rollup. */
interface GridRow extends TreeGridRow {
  rollup: Rollup;
}

const ACTUAL_OF_QUOTA: Partial<Record<HeadcountField, HeadcountField>> = {
  civilServantActual: 'civilServantQuota',
  publicEmployeeActual: 'publicEmployeeQuota',
};

/**
 * The tree as a grid (AG Grid Community): flattened visible rows with indentation and our own
 * expand/collapse cell; the unit's own figures and its subtree totals side by side.
 */
export function UnitGrid({ workspace }: { workspace: WorkspaceState }) {
  const { t, n, lang } = useI18n();
  const gridRef = useRef<AgGridReact<GridRow>>(null);
  const [dragError, setDragError] = useState<unknown>(null);

  // A row keeps its object while its visible row, unit and rollup are the same, so that the grid
  // (rows identified by code) redraws only the rows that changed. After a headcount edit (same
  // visible rows, the model says which units changed) the rows are patched in place and handed to
  // their grid rows; after a unit is opened or closed (same tree) the rows added or removed are
  // handed over as a transaction: the grid then need not compare 50,000 rows to find the few new ones.
  type Cache = {
    rows: WorkspaceState['rows'] | null;
    tree: WorkspaceState['tree'] | null;
    rollups: WorkspaceState['rollups'] | null;
    data: GridRow[];
    at: Map<string, number> | null;
  };
  const rowCache = useRef<Cache>({ rows: null, tree: null, rollups: null, data: [], at: null });
  const pendingUpdate = useRef<GridRow[]>([]);
  const pendingTransaction = useRef<RowDataTransaction<GridRow> | null>(null);
  const rowData = useMemo<GridRow[]>(() => {
    const cache = rowCache.current;
    if (cache.rows === workspace.rows && workspace.delta && workspace.delta.from === cache.tree) {
      cache.at ??= new Map(cache.data.map((r, i) => [r.code, i]));
      for (const code of workspace.delta.codes) {
        const i = cache.at.get(code);
        if (i === undefined) continue; // not a visible row
        const row = { ...cache.data[i]!, unit: workspace.tree.byCode.get(code)!, rollup: workspace.rollups.get(code)! };
        cache.data[i] = row;
        pendingUpdate.current.push(row);
      }
      cache.tree = workspace.tree;
      cache.rollups = workspace.rollups;
      return cache.data; // the same array: the grid takes the changed rows from the effect below
    }
    if (
      cache.rows &&
      cache.rows !== workspace.rows &&
      cache.tree === workspace.tree &&
      cache.rollups === workspace.rollups &&
      !pendingTransaction.current
    ) {
      const change = rowsChange(cache.rows, cache.data, workspace.rows, (r) => ({
        ...r,
        unit: workspace.tree.byCode.get(r.code)!,
        rollup: workspace.rollups.get(r.code)!,
      }));
      if (change) {
        pendingTransaction.current = change;
        cache.rows = workspace.rows;
        cache.at = null;
        return cache.data; // the same array, changed in place: the grid takes the transaction below
      }
    }
    const at = new Map<string, number>();
    const was = cache.at ?? new Map(cache.data.map((r, i) => [r.code, i]));
    const out = workspace.rows.map((r, i) => {
      const unit = workspace.tree.byCode.get(r.code)!;
      const rollup = workspace.rollups.get(r.code)!;
      const old = cache.data[was.get(r.code) ?? -1];
      at.set(r.code, i);
      return old &&
        old.unit === unit &&
        old.rollup === rollup &&
        old.depth === r.depth &&
        old.hasChildren === r.hasChildren &&
        old.expanded === r.expanded
        ? old
        : { ...r, unit, rollup };
    });
    rowCache.current = { rows: workspace.rows, tree: workspace.tree, rollups: workspace.rollups, data: out, at };
    pendingUpdate.current = [];
    pendingTransaction.current = null;
    return out;
  }, [workspace.rows, workspace.tree, workspace.rollups, workspace.delta]);
  useLayoutEffect(() => {
    const api = gridRef.current?.api;
    const change = pendingTransaction.current;
    pendingTransaction.current = null;
    if (api && change) api.applyTransaction(change);
    if (!api || pendingUpdate.current.length === 0) return;
    // setData redraws the row if it is drawn, without the row model's refresh a transaction runs over every row.
    for (const row of pendingUpdate.current) api.getRowNode(row.code)?.setData(row);
    pendingUpdate.current = [];
  }, [rowData, workspace.tree, workspace.rows]);

  const columnDefs = useMemo<Array<ColDef<GridRow> | ColGroupDef<GridRow>>>(() => {
    const num = (v: unknown) => (typeof v === 'number' ? n(v) : '');
    const own = HEADCOUNT_FIELDS.map<ColDef<GridRow>>((f) => ({
      colId: `own.${f}`,
      headerName: t(`short.${f}`),
      headerTooltip: t(`field.${f}`),
      valueGetter: (p) => p.data?.unit[f],
      valueFormatter: (p) => num(p.value),
      type: 'numericColumn',
      width: 92,
      cellClassRules: ACTUAL_OF_QUOTA[f]
        ? { 'over-quota': (p) => !!p.data && p.data.unit[f] > p.data.unit[ACTUAL_OF_QUOTA[f]!] }
        : undefined,
    }));
    const rolled = ([...HEADCOUNT_FIELDS, 'totalPeople', 'unitCount'] as const).map<ColDef<GridRow>>((f) => ({
      colId: `sum.${f}`,
      headerName: t(`short.${f}`),
      headerTooltip: t(`field.${f}`),
      valueGetter: (p) => p.data?.rollup[f],
      valueFormatter: (p) => num(p.value),
      type: 'numericColumn',
      width: f === 'totalPeople' ? 100 : 92,
      cellClass: f === 'totalPeople' ? 'rollup-strong' : 'rollup',
    }));
    return [
      treeNameColumn<GridRow>(t('field.name'), workspace.toggle, true),
      {
        colId: 'findings',
        headerName: t('grid.findings'),
        width: 90,
        // Findings come through the grid's context, so new findings refresh cells, not the columns.
        valueGetter: (p) => (p.data ? ((p.context as GridContext).findingsByUnit.get(p.data.code)?.length ?? 0) : 0),
        cellRenderer: (p: CustomCellRendererProps<GridRow>) =>
          p.data ? <FindingBadge findings={(p.context as GridContext).findingsByUnit.get(p.data.code)} /> : null,
      },
      { colId: 'code', headerName: t('field.code'), width: 140, valueGetter: (p) => p.data?.unit.code },
      { headerName: t('grid.groupOwn'), children: own },
      { headerName: t('grid.groupRollup'), children: rolled },
      {
        headerName: t('grid.groupUnit'),
        children: [
          {
            colId: 'kind',
            headerName: t('field.kind'),
            width: 130,
            valueGetter: (p) => (p.data ? t(`kind.${p.data.unit.kind}`) : ''),
          },
          {
            colId: 'level',
            headerName: t('field.level'),
            width: 80,
            valueGetter: (p) => (p.data ? t(`level.${p.data.unit.level}`) : ''),
          },
          {
            colId: 'sector',
            headerName: t('field.sector'),
            width: 170,
            valueGetter: (p) => (p.data ? t(`sector.${p.data.unit.sector}`) : ''),
          },
        ],
      },
    ];
  }, [t, n, workspace.toggle]);

  const context = useMemo<GridContext>(
    () => ({ findingsByUnit: workspace.findingsByUnit }),
    [workspace.findingsByUnit],
  );
  useEffect(() => {
    gridRef.current?.api?.refreshCells({ columns: ['findings'], force: true });
  }, [context]);

  // Keep the grid's selection in step with the tree and the panel, also after rows change.
  const selectedRef = useRef(workspace.selected);
  selectedRef.current = workspace.selected;
  const revealSelected = useCallback((api: GridApi<GridRow> | undefined) => {
    const code = selectedRef.current;
    if (!api || !code) return;
    const node = api.getRowNode(code);
    if (!node) return;
    if (!node.isSelected()) node.setSelected(true, true);
    api.ensureNodeVisible(node, 'middle');
  }, []);
  useEffect(() => {
    revealSelected(gridRef.current?.api);
  }, [workspace.selected, revealSelected]);

  return (
    <section className="grid-pane" aria-label={t('view.grid')}>
      <FormError error={dragError} className="drag-error" />
      <div className="grid-host">
        <AgGridReact<GridRow>
          key={lang}
          ref={gridRef}
          theme={treeGridTheme}
          rowData={rowData}
          context={context}
          columnDefs={columnDefs}
          getRowId={getTreeRowId}
          rowSelection={ROW_SELECTION}
          onRowClicked={(e: RowClickedEvent<GridRow>) => e.data && workspace.select(e.data.code)}
          suppressCellFocus={false}
          animateRows={false}
          suppressColumnVirtualisation
          localeText={{ noRowsToShow: t('grid.noRows'), loadingOoo: t('app.loading') }}
          onRowDataUpdated={(e) => revealSelected(e.api)}
          onRowDragEnd={(e: RowDragEndEvent<GridRow>) => {
            // Drop a row on another: the dragged unit moves under it (refused with a reason if it cannot).
            const drop = droppedOn(e);
            if (!drop) return;
            const { code, target } = drop;
            setDragError(null);
            workspace
              .edit((o) => call('units.move', { ...o, code, parentCode: target }))
              .then(() => workspace.select(code))
              .catch(setDragError);
          }}
          onFirstDataRendered={(e) => revealSelected(e.api)}
        />
      </div>
    </section>
  );
}
