import { useEffect, useMemo, useRef, useState } from 'react';
import { useHeldUnits } from '../app/held-units.ts';
import { AgGridReact } from 'ag-grid-react';
import { themeBalham, type ColDef, type ICellRendererParams } from 'ag-grid-community';
import { call, ApiError } from '../api.ts';
import { payoutBases, type PayoutBases } from '../../../shared/payouts/bases.ts';
import { exitWindows, withExitWindows } from '../../../shared/scenario/restructuring-decision.ts';
import { describeOperation } from '../../../shared/scenario/describe.ts';
import { UnitPick } from './UnitPick.tsx';
import { useI18n } from '../i18n.tsx';
import { describeError } from '../../../shared/errors.ts';
import { parseCount } from '../../../shared/format.ts';
import type { Result } from '../../../shared/contract/index.ts';
import {
  EXIT_REASONS,
  ExitPayoutSchema,
  PAID_REASONS,
  type ExitPayout,
  type ExitReason,
  type Operation,
  type StaffExitOperation,
} from '../../../shared/scenario/operations.ts';
import { setPlannedExits, type Roadmap } from '../../../shared/scenario/roadmap.ts';
import { costText, roadmapRows, totalCosting, type RoadmapRow } from '../../../shared/view/roadmap-rows.ts';
import { unitLabels } from '../../../shared/scenario/figures.ts';
import { FormError } from '../ui/FormError.tsx';
import { useChannel } from '../data/useChannel.ts';
import { sendPlanCommand } from './plan-commands.ts';
import { inTurn, recordEdit } from './plan-versions.ts';
import { downloadBase64 } from '../app/files.ts';
import { ScenarioRoadmapChart } from './ScenarioRoadmapChart.tsx';
import { PeopleFill } from '../people/PeopleFill.tsx';
import { pastedCount } from '../../../shared/view/grid-paste.ts';
import { GridMessageBox, useGridPaste, type CellReading } from '../ui/grid-paste.tsx';
import { RoadmapPositionsLeft } from './RoadmapPositionsLeft.tsx';
import { ColumnChooser, useHiddenColumns, type ChoosableColumn } from '../ui/ColumnChooser.tsx';
import { pageFontFamily, textWidth } from '../ui/textWidth.ts';

/** What a cell adds around its text (AG Grid's padding both sides and the sort/edit room). */
const CELL_PADDING = 30;
const theme = themeBalham.withParams({ fontFamily: 'inherit', fontSize: 12, headerFontWeight: 600, rowHeight: 26 });

/** A grid row: a unit's exits naming no position, one of its positions' (shared/view/roadmap-rows.ts), or the pinned totals (`unit` null). */
type Row = Omit<RoadmapRow, 'unit'> & { name: string; unit: RoadmapRow['unit'] | null };

/**
 * The plan's staff-reduction roadmap: a units × years grid of planned exits for a chosen reason
 * (each edit recorded in the plan, checked by simulating it), the cumulative reduction against
 * each target, and the figures per year with the payouts.
 */
export function ScenarioRoadmap({
  name,
  locked,
  sim,
  onChanged,
}: {
  name: string;
  locked: boolean;
  sim: Result<'scenario.metrics'>;
  onChanged: () => void;
}) {
  const { t, n, lang } = useI18n();
  const [reason, setReason] = useState<ExitReason>('retirement');
  const [added, setAdded] = useState<string[]>([]);
  // The roadmap (with the units added to it) and the plan as stored: read again when an edit of the plans makes them stale.
  const roadmapRead = useChannel('scenario.roadmap', { name, units: added }, { keepPrevious: true });
  const planRead = useChannel('scenario.get', { name });
  // Bumped to draw the grid again from what is stored (a refused cell goes back).
  const [redraw, setRedraw] = useState(0);
  const roadmap = useMemo<Roadmap | null>(
    () => (roadmapRead.data ? { ...roadmapRead.data } : null),
    [roadmapRead.data, redraw], // eslint-disable-line react-hooks/exhaustive-deps -- redraw: a new object, the same answer
  );
  const [quick, setQuick] = useState('');
  const [units, setUnits] = useState<Array<{ code: string; name: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  // Cost inputs for the cells edited next (early retirement, resignation).
  const [policy, setPolicy] = useState<'178' | '154'>('154');
  const [salary, setSalary] = useState('');
  const [monthsEarly, setMonthsEarly] = useState('');
  const [siYears, setSiYears] = useState('');
  const [after12, setAfter12] = useState(false);
  // The job position the people of the cells edited next leave (empty: not assigned, or the exit's own kept).
  const [position, setPosition] = useState('');
  // The plan's operations as stored: its exits are listed as entered (with their cost inputs).
  const planOps = useMemo<Operation[]>(() => planRead.data?.operations ?? [], [planRead.data]);
  const bases = useMemo<PayoutBases | null>(
    () => (planRead.data ? payoutBases(withExitWindows(planOps).filter((o) => o.type === 'staffExit')) : null),
    [planRead.data, planOps],
  );
  // The reason and cost inputs follow the exits entered until the person chooses or types one.
  const chosen = useRef(false);
  const fail = (err: unknown) => setError(err instanceof ApiError ? describeError(err.error, lang) : String(err));
  useEffect(() => {
    const first = planOps.find((o): o is StaffExitOperation => o.type === 'staffExit');
    if (first && !chosen.current) applyInputsOf(first);
  }, [planOps]);
  const held = useHeldUnits(); // the units the app holds: never downloaded again
  useEffect(() => {
    // A name that repeats ("Thanh tra Sở") is said with its parent's, as in the grid's rows.
    const labelOf = unitLabels([...held]);
    setUnits(held.map((u) => ({ code: u.code, name: labelOf(u.code) })));
  }, [held]);

  /** The reason and cost inputs of an exit as it was entered, for the cells edited next. */
  const applyInputsOf = (op: StaffExitOperation) => {
    setReason(op.reason);
    if (!op.payout) return;
    setPolicy(op.payout.policy);
    setSalary(String(op.payout.salary));
    setMonthsEarly(String(op.payout.monthsEarly));
    setSiYears(String(op.payout.siYears).replace('.', ','));
    setAfter12(!!op.payout.after12Months);
  };
  const exitOps = useMemo(
    () => planOps.flatMap((op, index) => (op.type === 'staffExit' ? [{ op, index }] : [])),
    [planOps],
  );
  const windows = useMemo(() => exitWindows(planOps), [planOps]);
  const nameOf = useMemo(() => {
    const names = new Map(units.map((u) => [u.code, u.name]));
    return (code: string) => names.get(code) ?? code;
  }, [units]);
  const paid = PAID_REASONS.includes(reason);
  /** The cost inputs as typed, or null when the salary is left empty (no cost); a message when one is unreadable. */
  const payout = (): ExitPayout | null | string => {
    if (!paid || !salary.trim()) return null;
    const parsed = ExitPayoutSchema.safeParse({
      policy,
      salary: parseCount(salary, lang) ?? -1,
      monthsEarly: parseCount(monthsEarly || '0', lang) ?? -1,
      siYears: Number(siYears.trim().replace(',', '.')),
      ...(after12 ? { after12Months: true } : {}),
    });
    return parsed.success ? parsed.data : t(parsed.error.issues[0]!.message as never);
  };

  /** A count typed or pasted into a year's cell: empty is none; else a whole number (1.234 in Vietnamese). */
  const readCount = (text: string): CellReading<number> => {
    if (text.trim() === '') return { value: 0 };
    const r = pastedCount(text, lang);
    return 'value' in r ? r : { refused: t('rm.badCount', { value: text }) };
  };

  /** Records the exits of several cells in one change of the plan (one step of the history); throws when refused. */
  const record = async (cells: Array<{ row: Row; year: number; count: number }>) => {
    const cost = payout();
    if (typeof cost === 'string') throw new Error(cost);
    // Read and written in this tab's turn (plan-versions.ts): the other views follow the new version.
    await inTurn(async () => {
      const { scenario, version } = await call('scenario.open', { name });
      const operations = cells.reduce(
        (ops, { row, year, count }) =>
          setPlannedExits(ops, {
            unit: row.code,
            year,
            reason,
            category: row.unit!.category,
            count,
            ...(cost ? { payout: cost } : {}),
            // A position's row is its cell; the unit's row is the position typed, or none.
            ...(row.position !== null
              ? { position: row.position }
              : position.trim()
                ? { position: position.trim() }
                : {}),
          }),
        scenario.operations,
      );
      recordEdit(version, (await sendPlanCommand(name, version, { kind: 'replace', operations })).version);
    });
    onChanged();
  };

  const commit = async (row: Row, year: number, text: string) => {
    setError(null);
    const count = readCount(text);
    if ('refused' in count || !row.unit) {
      setError(
        t('grid.cellRefused', { unit: row.name, field: String(year), reason: t('rm.badCount', { value: text }) }),
      );
      setRedraw((r) => r + 1); // back to what is stored
      return;
    }
    try {
      await record([{ row, year, count: count.value }]);
    } catch (err) {
      // refused: nothing is stored, the grid shows the stored plan again
      setError(
        err instanceof ApiError ? describeError(err.error, lang) : String(err instanceof Error ? err.message : err),
      );
      setRedraw((r) => r + 1);
    }
  };

  // The grid's columns stay the same while the inputs change (new columns would reset its header's scroll).
  const commitRef = useRef(commit);
  commitRef.current = commit;
  // A column of counts pasted from Excel into a year: all cells in one change of the plan, or none.
  const gridRef = useRef<AgGridReact<Row>>(null);
  const recordRef = useRef(record);
  recordRef.current = record;
  const readRef = useRef(readCount);
  readRef.current = readCount;
  const paste = useGridPaste<Row, number>({
    gridRef,
    rowLabel: (r) => r.name,
    read: (text) => readRef.current(text),
    apply: (cells) =>
      recordRef.current(cells.map((c) => ({ row: c.row, year: Number(c.column.getColId()), count: c.value }))),
    errorOf: (err) =>
      err instanceof ApiError ? describeError(err.error, lang) : String(err instanceof Error ? err.message : err),
  });
  const years = roadmap?.years.map((y) => y.year) ?? [];
  const rows = useMemo<Row[]>(
    () =>
      roadmapRows(roadmap?.units ?? [], reason).map((r) => ({
        ...r,
        name:
          r.position !== null
            ? `${r.unit.name} — ${r.position}`
            : r.split
              ? `${r.unit.name} — ${t('rm.unassignedRow')}`
              : r.unit.name,
      })),
    [roadmap, reason, t],
  );
  const totals = useMemo<Row[]>(() => {
    if (!roadmap) return [];
    const cells = Object.fromEntries(
      roadmap.years.map((y) => [
        y.year,
        { exists: true, exits: y.exits[reason], surplus: y.surplus, remaining: y.remaining },
      ]),
    );
    return [
      {
        id: 'total',
        code: '',
        position: null,
        split: false,
        name: t('rm.total'),
        unit: null,
        cost: roadmap.totalCost,
        // The totals are partial as soon as one person's payout is not computed.
        costing: totalCosting(roadmap),
        cells,
      },
    ];
  }, [roadmap, reason, t]);

  // Each year's column is as wide as its widest cell (the totals' "2 còn vượt 980" too), measured in the
  // grid's font (no flex: a shared width put the last column's figures under the scroll bar); the grid
  // scrolls sideways inside itself, never the page.
  const widthKey = useMemo(() => {
    const font = `600 12px ${pageFontFamily()}`;
    const widest = (texts: string[]) => Math.ceil(Math.max(0, ...texts.map((x) => textWidth(x, font))));
    const cellText = (r: Row, year: number) => {
      const c = r.cells[year];
      if (!c?.exists) return '—';
      return [c.exits ? n(c.exits) : '', c.remaining > 0 ? t('rm.need', { count: c.remaining }) : '']
        .filter(Boolean)
        .join(' ');
    };
    const all = [...rows, ...totals];
    return [
      ...years.map((y) => Math.max(64, widest([String(y), ...all.map((r) => cellText(r, y))]) + CELL_PADDING)),
      Math.max(90, widest([t('rm.cost'), ...all.map((r) => costText(r.cost, r.costing, lang).text)]) + CELL_PADDING),
    ].join(' ');
  }, [rows, totals, years.join(' '), t, n, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- the years by content
  const columns = useMemo<ColDef<Row>[]>(() => {
    const widths = widthKey.split(' ').map(Number);
    return [
      {
        field: 'name',
        headerName: t('field.name'),
        headerTooltip: t('rm.col.nameHint'),
        pinned: 'left',
        width: 220,
        tooltipValueGetter: (p) => (p.data?.code ? `${p.data.name} (${p.data.code})` : null),
      },
      // Found by the filter, shown in the name's tooltip; shown as a column when chosen.
      { field: 'code', headerName: t('field.code'), width: 150, hide: true },
      ...years.map((year, i): ColDef<Row> => ({
        colId: String(year),
        headerName: String(year),
        headerTooltip: t('rm.col.yearHint', { year: String(year) }),
        context: { label: String(year) }, // how a refused paste names the column
        width: widths[i],
        type: 'numericColumn',
        editable: (p) => !locked && !p.node.rowPinned && !!p.data?.cells[year]?.exists,
        valueGetter: (p) => p.data?.cells[year]?.exits ?? 0,
        valueSetter: (p) => {
          if (p.data) void commitRef.current(p.data, year, String(p.newValue ?? ''));
          return false;
        },
        cellClass: (p) =>
          p.data?.cells[year]?.exists === false
            ? 'rm-absent'
            : p.data && p.data.cells[year]!.remaining > 0 && !p.node.rowPinned
              ? 'rm-short'
              : '',
        cellRenderer: (p: ICellRendererParams<Row>) => {
          const c = p.data?.cells[year];
          if (!c?.exists)
            return (
              <span className="rm-cell" title={t('rm.absent')}>
                —
              </span>
            );
          // What is still above quota at the year's end, after all its exits: a stock carried from year
          // to year until exits or quota changes resolve it, not a need added each year.
          return (
            <span
              className="rm-cell"
              title={t('rm.needHint', { year: String(year), count: c.remaining, before: c.surplus })}
            >
              <b>{c.exits ? n(c.exits) : ''}</b>
              {c.remaining > 0 && <span className="rm-need"> {t('rm.need', { count: c.remaining })}</span>}
            </span>
          );
        },
      })),
      {
        field: 'cost',
        headerName: t('rm.cost'),
        headerTooltip: t('rm.col.costHint'),
        width: widths[years.length],
        type: 'numericColumn',
        // A cost with people not costed is a lower bound: said "≥ …, k/N người đã tính", what is missing in its tooltip.
        valueFormatter: (p) => (p.data ? costText(p.data.cost, p.data.costing, lang).text : ''),
        tooltipValueGetter: (p) => (p.data ? costText(p.data.cost, p.data.costing, lang).hint : null),
        cellClass: (p) => (p.data && p.data.costing.uncosted > 0 ? 'rm-partial' : ''),
      },
    ];
  }, [years.join(' '), widthKey, locked, t, n, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- the years by content: a new array of the same years keeps the grid's columns
  // Any year, the cost and the code can be hidden (the name stays); the code starts hidden.
  const choosable = useMemo<ChoosableColumn[]>(
    () => [
      ...years.map((y) => ({ id: String(y), label: String(y), group: t('rm.col.years') })),
      { id: 'cost', label: t('rm.cost') },
      { id: 'code', label: t('field.code') },
    ],
    [years.join(' '), t], // eslint-disable-line react-hooks/exhaustive-deps -- the years by content
  );
  const hiddenColumns = useHiddenColumns('roadmap', gridRef, choosable, ['code']);

  if (!roadmap) return null;
  const flows: Array<[string, (y: Roadmap['years'][number]) => number, boolean]> = [
    ...EXIT_REASONS.map((r): [string, (y: Roadmap['years'][number]) => number, boolean] => [
      t('rm.row.exit', { reason: `exit.reason.${r}` }),
      (y) => y.exits[r],
      true,
    ]),
    [t('rm.row.exitsTotal'), (y) => y.exitsTotal, true],
    [t('rm.row.recruits'), (y) => y.recruits, true],
    [t('rm.row.surplus'), (y) => y.surplus, false],
    [t('rm.row.covered'), (y) => y.covered, false],
    [t('rm.row.remaining'), (y) => y.remaining, false],
    [t('rm.row.cumulativeReduction'), (y) => y.cumulativeReduction, false],
    [t('rm.row.cost'), (y) => y.cost, true],
    [t('rm.row.cumulativeCost'), (y) => y.cumulativeCost, false],
  ];
  // An exit paid under a policy without the data to compute its payout is not free: its cost row says "chưa tính" and why.
  const costRows = new Set([t('rm.row.cost'), t('rm.row.cumulativeCost')]);
  const uncostedOf = (label: string, y: Roadmap['years'][number]) =>
    label === t('rm.row.cost')
      ? y.uncosted
      : label === t('rm.row.cumulativeCost')
        ? roadmap.years.filter((x) => x.year <= y.year).reduce((s, x) => s + x.uncosted, 0)
        : 0;
  const costCell = (label: string, value: number, uncosted: number) =>
    costRows.has(label) && uncosted > 0
      ? `${value > 0 ? `${n(value)} + ` : ''}${t('rm.uncosted', { count: uncosted })}`
      : n(value);
  return (
    <section className="scenario-roadmap" data-testid="scenario-roadmap">
      <h3>{t('rm.title')}</h3>
      <p className="muted rm-hint">{locked ? t('rm.locked') : t('rm.hint')}</p>
      <div className="rm-controls">
        <label>
          {t('rm.reason')}
          <select
            value={reason}
            onChange={(e) => {
              chosen.current = true;
              setReason(e.target.value as ExitReason);
            }}
          >
            {EXIT_REASONS.map((r) => {
              const entered = exitOps.filter((x) => x.op.reason === r).length;
              return (
                <option key={r} value={r}>
                  {t(`exit.reason.${r}`)}
                  {entered > 0 ? ` (${t('rm.entered', { count: entered })})` : ''}
                </option>
              );
            })}
          </select>
        </label>
        {!locked && (
          <label title={t('rm.positionHint')}>
            {t('rm.position')}
            <input
              data-testid="roadmap-position"
              size={18}
              value={position}
              onChange={(e) => setPosition(e.target.value)}
            />
          </label>
        )}
        {paid && !locked && (
          <fieldset className="rm-payout" onChange={() => (chosen.current = true)}>
            <legend>{t('rm.payout')}</legend>
            <label>
              {t('rm.policy')}
              <select value={policy} onChange={(e) => setPolicy(e.target.value as '178' | '154')}>
                <option value="178">178/2024 (67/2025)</option>
                <option value="154">154/2025</option>
              </select>
            </label>
            <label>
              {t('rm.salary')}
              <input inputMode="numeric" size={12} value={salary} onChange={(e) => setSalary(e.target.value)} />
            </label>
            {/* Months to the age matter for a resignation too: refused at or after the age, or when early retirement applies. */}
            <label>
              {t('rm.monthsEarly')}
              <input
                inputMode="numeric"
                size={4}
                value={monthsEarly}
                onChange={(e) => setMonthsEarly(e.target.value)}
              />
            </label>
            <label>
              {t('rm.siYears')}
              <input inputMode="decimal" size={4} value={siYears} onChange={(e) => setSiYears(e.target.value)} />
            </label>
            <label className="inline" title={t('rm.after12Hint')}>
              <input type="checkbox" checked={after12} onChange={(e) => setAfter12(e.target.checked)} />{' '}
              {t('rm.after12')}
            </label>
            <span className="muted">{t('rm.payoutHint')}</span>
          </fieldset>
        )}
      </div>
      {!locked && (
        <div className="rm-people">
          <PeopleFill name={name} source="retirements" onApplied={onChanged} />
          <PeopleFill name={name} source="proposals" onApplied={onChanged} />
        </div>
      )}
      <FormError error={error ?? roadmapRead.error ?? planRead.error} />
      <GridMessageBox message={paste.message} testId="roadmap-paste" />
      {/* The grid's own tools, over the grid they act on: its filter (labelled: a bare box showing a
          unit's code beside the payout inputs read as a stray field), the units added, the columns. */}
      <div className="rm-grid-bar" data-testid="roadmap-grid-bar">
        <label className="rm-search">
          {t('rm.filter')}
          <input
            placeholder={t('tree.searchUnits')}
            aria-label={t('tree.searchUnits')}
            size={22}
            value={quick}
            onChange={(e) => setQuick(e.target.value)}
          />
        </label>
        {!locked && (
          <div className="rm-add">
            <UnitPick
              label={t('rm.addUnit')}
              units={units.filter((u) => !added.includes(u.code))}
              value=""
              onChange={(c) => c && !added.includes(c) && setAdded([...added, c])}
            />
          </div>
        )}
        {rows.length > 0 && (
          <ColumnChooser
            columns={choosable}
            hidden={hiddenColumns.hidden}
            onToggle={hiddenColumns.toggle}
            testId="roadmap-columns"
          />
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('rm.noRows')}</p>
      ) : (
        <div className="rm-grid" data-testid="roadmap-grid" onPaste={paste.onPaste}>
          <AgGridReact<Row>
            ref={gridRef}
            theme={theme}
            rowData={rows}
            columnDefs={columns}
            pinnedBottomRowData={totals}
            getRowHeight={(p) => (p.node.rowPinned ? 40 : undefined)}
            getRowId={(p) => p.data.id}
            quickFilterText={quick}
            includeHiddenColumnsInQuickFilter
            suppressColumnVirtualisation
            stopEditingWhenCellsLoseFocus
            singleClickEdit
            animateRows={false}
            onGridReady={hiddenColumns.onGridReady}
            tooltipShowDelay={300}
            // A cell's value is its exits: what is still above quota changes without it (an edit
            // elsewhere in the plan), so every new roadmap redraws the cells, not only changed values.
            onRowDataUpdated={(e) => e.api.refreshCells({ force: true })}
            onPinnedRowDataChanged={(e) => e.api.refreshCells({ force: true })}
          />
        </div>
      )}
      {exitOps.length > 0 && (
        <details className="rm-entered" data-testid="roadmap-entered" open>
          <summary>{t('rm.enteredTitle', { count: exitOps.length })}</summary>
          <ul>
            {exitOps.map(({ op, index }) => (
              <li key={index}>
                {describeOperation(op, lang, nameOf, windows.get(index))}
                {!locked && op.payout && (
                  <button
                    type="button"
                    onClick={() => {
                      chosen.current = true;
                      applyInputsOf(op);
                    }}
                  >
                    {t('rm.useInputs')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ScenarioRoadmapChart years={sim.years} targets={sim.targets} />
      <h4>
        {t('rm.tableTitle')}{' '}
        <button
          type="button"
          className="rm-export"
          onClick={() =>
            void call('export.scenario', { name, format: 'csv', table: 'roadmap' })
              .then((f) => downloadBase64(f.fileName, f.data))
              .catch(fail)
          }
        >
          {t('rm.exportCsv')}
        </button>
      </h4>
      <table className="check-table rm-table" data-testid="roadmap-table">
        <thead>
          <tr>
            <th />
            {roadmap.years.map((y) => (
              <th key={y.year}>{y.year}</th>
            ))}
            <th>{t('rm.total')}</th>
          </tr>
        </thead>
        <tbody>
          {flows.map(([label, value, summed]) => (
            <tr key={label}>
              <td>{label}</td>
              {roadmap.years.map((y) => (
                <td key={y.year} className="num">
                  {costCell(label, value(y), uncostedOf(label, y))}
                </td>
              ))}
              <td className="num">
                {summed
                  ? costCell(
                      label,
                      roadmap.years.reduce((s, y) => s + value(y), 0),
                      roadmap.years.reduce((s, y) => s + uncostedOf(label, y), 0),
                    )
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {roadmap.years.some((y) => y.uncosted > 0) && (
        <p className="muted" data-testid="roadmap-uncosted">
          {t('rm.uncostedNote', { count: roadmap.years.reduce((s, y) => s + y.uncosted, 0) })}
        </p>
      )}
      <RoadmapPositionsLeft roadmap={roadmap} />
      {bases && <PayoutBasesNote bases={bases} />}
    </section>
  );
}

/** What the plan's payouts rest on: each citation with its confidence; an unverified part as "cần xác minh", its article not cited. */
function PayoutBasesNote({ bases }: { bases: PayoutBases }) {
  const { t } = useI18n();
  const sure = (x: PayoutBases['sources'][number]) => (x.weak ? t('pay.weak') : t(`confidence.${x.confidence}`));
  return (
    <div className="muted rm-bases" data-testid="roadmap-bases">
      {bases.sources.length > 0 && (
        <p>{t('rm.bases', { list: bases.sources.map((x) => `${x.citation} (${sure(x)})`).join('; ') })}</p>
      )}
      {bases.verify.length > 0 && (
        <p className="verify">{t('rm.basesVerify', { list: bases.verify.map((k) => t(k)).join('; ') })}</p>
      )}
      {bases.fromList && <p>{t('rm.basesFromList')}</p>}
    </div>
  );
}
