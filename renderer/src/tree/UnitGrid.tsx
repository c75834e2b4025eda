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
import { pastedCount } from '../../../shared/view/grid-paste.ts';
import { isMessageKey } from '../../../shared/i18n/index.ts';
import type { SerializedError } from '../../../shared/errors.ts';
import type { Rollup } from '../../../shared/rollup.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import { useI18n } from '../i18n.tsx';
import { call, ApiError } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { FormError } from '../ui/FormError.tsx';
import { FindingBadge } from './FindingBadge.tsx';
import { rowsChange } from './grid-rows.ts';
import { useNameWidth } from './name-width.ts';
import { GridMessageBox, columnLabel, useGridPaste, type CellReading } from '../ui/grid-paste.tsx';
import { ColumnChooser, useHiddenColumns, type ChoosableColumn } from '../ui/ColumnChooser.tsx';
import { droppedOn, getTreeRowId, treeGridTheme, treeNameColumn, type TreeGridRow } from './TreeGrid.tsx';

/** Short headers wrap rather than being cut ("BC CC g…"); the full name is in each header's tooltip. */
const DEFAULT_COL = { wrapHeaderText: true, autoHeaderHeight: true } as const;
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
  const [cellError, setCellError] = useState<string | null>(null);

  /** A refusal of the back end as text: the field's own issue (the side panel's message) or the error itself. */
  const reasonOf = useCallback(
    (err: unknown, field?: string): string => {
      if (!(err instanceof ApiError)) return errorText(err, t, lang);
      const e: SerializedError = err.error;
      const issue = e.issues.find((i) => field && i.field.endsWith(`patch.${field}`)) ?? e.issues[0];
      const key = issue?.key ?? e.key;
      return isMessageKey(key) ? t(key, issue?.params ?? e.params) : errorText(err, t, lang);
    },
    [t, lang],
  );
  /** A count typed or pasted into a unit's own figure, read as the side panel reads it. */
  const readCount = useCallback(
    (text: string): CellReading<number> => {
      const r = pastedCount(text, lang);
      return 'value' in r ? r : { refused: t(r.refused) };
    },
    [t, lang],
  );
  // A number typed into a cell: saved as the side panel saves it (units.update); a refusal leaves the
  // stored number in the cell and names the unit and the field.
  const saveCell = useCallback(
    (row: GridRow, field: HeadcountField | 'heads', text: string) => {
      setCellError(null);
      const where = { unit: row.unit.name, field: `${t(`field.${field}`)} (${t('grid.own')})` };
      // The heads may be cleared: an empty cell is "not entered", never 0 or 1.
      if (field === 'heads' && text.trim() === '') {
        workspace
          .update(row.code, { heads: null })
          .catch((err: unknown) => setCellError(t('grid.cellRefused', { ...where, reason: reasonOf(err, field) })));
        return;
      }
      const reading = readCount(text);
      if ('refused' in reading) {
        setCellError(t('grid.cellRefused', { ...where, reason: reading.refused }));
        return;
      }
      workspace
        .update(row.code, { [field]: reading.value })
        .catch((err: unknown) => setCellError(t('grid.cellRefused', { ...where, reason: reasonOf(err, field) })));
    },
    [t, readCount, reasonOf, workspace],
  );
  const saveCellRef = useRef(saveCell);
  saveCellRef.current = saveCell;
  const paste = useGridPaste<GridRow, number>({
    gridRef,
    rowLabel: useCallback((r: GridRow) => r.unit.name, []),
    read: readCount,
    apply: useCallback(
      async (cells) => {
        setCellError(null);
        const changes = cells.map((c) => ({
          code: c.row.code,
          patch: { [c.column.getColId().slice('own.'.length)]: c.value },
        }));
        try {
          await workspace.edit((o) => call('units.updateMany', { ...o, changes }));
        } catch (err) {
          // The back end names a refused cell by its place in the batch: said with its unit and column.
          const issue = err instanceof ApiError ? err.error.issues[0] : undefined;
          const at = issue && /^changes\.(\d+)\./.exec(issue.field);
          const cell = at ? cells[Number(at[1])] : undefined;
          throw new Error(
            cell
              ? t('grid.cellRefused', {
                  unit: cell.row.unit.name,
                  field: columnLabel(cell.column),
                  reason: reasonOf(err),
                })
              : reasonOf(err),
            { cause: err },
          );
        }
      },
      [workspace, t, reasonOf],
    ),
    errorOf: useCallback(
      (err: unknown) => (err instanceof Error && !(err instanceof ApiError) ? err.message : reasonOf(err)),
      [reasonOf],
    ),
  });

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
    // Own figures are typed here (a single click opens the cell); the totals below are computed.
    const own = HEADCOUNT_FIELDS.map<ColDef<GridRow>>((f) => ({
      colId: `own.${f}`,
      headerName: t(`short.${f}`),
      headerTooltip: `${t(`field.${f}`)} (${t('grid.own')})`,
      valueGetter: (p) => p.data?.unit[f],
      valueFormatter: (p) => num(p.value),
      editable: true,
      valueSetter: (p) => {
        if (p.data) saveCellRef.current(p.data, f, String(p.newValue ?? ''));
        return false; // the cell shows what is stored: the saved number arrives with the new tree
      },
      type: 'numericColumn',
      width: 88,
      cellClassRules: ACTUAL_OF_QUOTA[f]
        ? { 'over-quota': (p) => !!p.data && p.data.unit[f] > p.data.unit[ACTUAL_OF_QUOTA[f]!] }
        : undefined,
    }));
    // The heads in post, before the deputies: "chưa nhập" while the figure is not entered (no total: a head per unit).
    own.splice(HEADCOUNT_FIELDS.indexOf('deputies'), 0, {
      colId: 'own.heads',
      headerName: t('short.heads'),
      headerTooltip: `${t('field.heads')} (${t('grid.own')}): ${t('unit.headsHelp')}`,
      valueGetter: (p) => p.data?.unit.heads ?? null,
      valueFormatter: (p) => (typeof p.value === 'number' ? n(p.value) : t('unit.headsMissing')),
      editable: true,
      valueSetter: (p) => {
        if (p.data) saveCellRef.current(p.data, 'heads', String(p.newValue ?? ''));
        return false;
      },
      type: 'numericColumn',
      width: 88,
      cellClassRules: { 'not-entered': (p) => !!p.data && typeof p.data.unit.heads !== 'number' },
    });
    const rolled = ([...HEADCOUNT_FIELDS, 'totalPeople', 'unitCount'] as const).map<ColDef<GridRow>>((f) => ({
      colId: `sum.${f}`,
      headerName: `Σ ${t(`short.${f}`)}`,
      headerTooltip: `${t(`field.${f}`)} (${t('grid.rollup')})`,
      valueGetter: (p) => p.data?.rollup[f],
      valueFormatter: (p) => num(p.value),
      type: 'numericColumn',
      width: f === 'totalPeople' ? 100 : 92,
      cellClass: f === 'totalPeople' ? 'rollup-strong' : 'rollup',
    }));
    return [
      treeNameColumn<GridRow>(t('field.name'), workspace.toggle, true, 220),
      {
        colId: 'findings',
        headerName: t('grid.findings'),
        headerTooltip: t('grid.findingsTooltip'),
        pinned: 'left',
        width: 76,
        // Findings come through the grid's context, so new findings refresh cells, not the columns.
        valueGetter: (p) => (p.data ? ((p.context as GridContext).findingsByUnit.get(p.data.code)?.length ?? 0) : 0),
        cellRenderer: (p: CustomCellRendererProps<GridRow>) =>
          p.data ? <FindingBadge findings={(p.context as GridContext).findingsByUnit.get(p.data.code)} /> : null,
      },
      { headerName: t('grid.groupOwn'), headerTooltip: t('grid.groupOwnTooltip'), children: own },
      { headerName: t('grid.groupRollup'), headerTooltip: t('grid.groupRollupTooltip'), children: rolled },
      {
        headerName: t('grid.groupUnit'),
        children: [
          { colId: 'code', headerName: t('field.code'), width: 140, valueGetter: (p) => p.data?.unit.code },
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

  // Every column but the name can be hidden; the code (also in the name's tooltip) starts hidden.
  const choosable = useMemo<ChoosableColumn[]>(
    () => [
      { id: 'findings', label: t('grid.findings') },
      ...[...HEADCOUNT_FIELDS.slice(0, -1), 'heads' as const, 'deputies' as const].map((f) => ({
        id: `own.${f}`,
        label: t(`field.${f}`),
        group: t('grid.groupOwn'),
      })),
      ...([...HEADCOUNT_FIELDS, 'totalPeople', 'unitCount'] as const).map((f) => ({
        id: `sum.${f}`,
        label: t(`field.${f}`),
        group: t('grid.groupRollup'),
      })),
      ...(['code', 'kind', 'level', 'sector'] as const).map((f) => ({
        id: f,
        label: t(`field.${f}`),
        group: t('grid.groupUnit'),
      })),
    ],
    [t],
  );
  const columns = useHiddenColumns('units', gridRef, choosable, ['code']);
  // The name column takes the room the grid has (up to the longest visible name), keeping the
  // findings and four number columns in view (their widths below, and the scrollbar).
  const hostRef = useRef<HTMLDivElement>(null);
  const nameOf = useCallback((code: string) => workspace.tree.byCode.get(code)?.name ?? '', [workspace.tree]);
  const nameWidth = useNameWidth(gridRef, hostRef, workspace.rows, nameOf, 76 + 4 * 92 + 24);

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
      <div className="chart-toolbar grid-toolbar">
        <ColumnChooser
          columns={choosable}
          hidden={columns.hidden}
          onToggle={columns.toggle}
          testId="unit-grid-columns"
        />
        <span className="muted">{t('grid.editHint')}</span>
      </div>
      <FormError error={dragError} className="drag-error" />
      {cellError && (
        <div className="form-error drag-error" role="alert" data-testid="unit-grid-error">
          {cellError}
        </div>
      )}
      <GridMessageBox message={paste.message} testId="unit-grid-paste" />
      <div className="grid-host" ref={hostRef} onPaste={paste.onPaste}>
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
          onGridReady={columns.onGridReady}
          defaultColDef={DEFAULT_COL}
          singleClickEdit
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={300}
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
          onColumnResized={nameWidth.onColumnResized}
          onFirstDataRendered={(e) => {
            revealSelected(e.api);
            nameWidth.onFirstDataRendered();
          }}
        />
      </div>
    </section>
  );
}
