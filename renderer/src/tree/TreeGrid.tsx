/**
 * What the tree grids share (the workspace's "Bảng số liệu" and the plan's "Bảng"): AG Grid
 * Community over the flattened visible rows of a tree, the name column with indentation and our
 * own expand/collapse cell, and dropping a dragged row on another.
 */
import {
  AllCommunityModule,
  ModuleRegistry,
  themeBalham,
  type ColDef,
  type GetRowIdParams,
  type RowDragEndEvent,
} from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { Unit } from '../../../shared/model/unit.ts';
import type { VisibleRow } from '../../../shared/tree.ts';
import { ExpandToggle } from '../ui/ExpandToggle.tsx';

ModuleRegistry.registerModules([AllCommunityModule]);

export const treeGridTheme = themeBalham.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontWeight: 600,
  rowHeight: 28,
});

/** One grid row: a visible tree row with its unit. */
export interface TreeGridRow extends VisibleRow {
  unit: Unit;
}

export const getTreeRowId = <R extends TreeGridRow>(p: GetRowIdParams<R>) => p.data.code;

function TreeNameCell(props: CustomCellRendererProps<TreeGridRow> & { onToggle(code: string): void }) {
  const row = props.data;
  if (!row) return null;
  return (
    <span className="grid-name" style={{ paddingLeft: row.depth * 16 }}>
      <ExpandToggle row={row} onToggle={props.onToggle} />
      <span>{row.unit.name}</span>
    </span>
  );
}

/** The pinned name column: indented, with the expand toggle and (where `rowDrag` allows) the drag handle; the whole name in a tooltip. */
export function treeNameColumn<R extends TreeGridRow>(
  headerName: string,
  onToggle: (code: string) => void,
  rowDrag: ColDef<R>['rowDrag'],
  width = 320,
): ColDef<R> {
  return {
    colId: 'name',
    headerName,
    pinned: 'left',
    lockPinned: true,
    lockPosition: 'left',
    rowDrag,
    width,
    valueGetter: (p) => p.data?.unit.name,
    // The cell also shows the row's depth and ▸/▾, which its value (the name) does not carry: redraw
    // it whenever the row's data changes (unchanged rows keep their object, so they are not redrawn).
    equals: () => false,
    tooltipValueGetter: (p) => (p.data ? `${p.data.unit.name} (${p.data.unit.code})` : ''),
    cellRenderer: TreeNameCell,
    cellRendererParams: { onToggle },
  };
}

/** The unit dragged and the unit it was dropped on, or null when it was dropped on nothing or on itself. */
export function droppedOn<R extends TreeGridRow>(e: RowDragEndEvent<R>): { code: string; target: string } | null {
  const code = e.node.data?.code;
  const target = e.overNode?.data?.code;
  return code && target && code !== target ? { code, target } : null;
}
