import { useChanges } from '../app/changes.ts';
import { useCallback, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { ColumnChooser, useHiddenColumns, type ChoosableColumn } from '../ui/ColumnChooser.tsx';
import { themeBalham, type CellValueChangedEvent, type ColDef, type RowClickedEvent } from 'ag-grid-community';
import { call, ApiError } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { useChannel } from '../data/useChannel.ts';
import { readFileBase64, downloadBase64 } from '../app/files.ts';
import { useI18n } from '../i18n.tsx';
import { type AmountUnit, type FinanceRow } from '../../../shared/autonomy/finance-row.ts';
import {
  AmountUnitOptions,
  FinanceImportQuestion,
  questionsOf,
  type ImportQuestions,
} from './FinanceImportQuestion.tsx';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import { FinanceCharts } from './FinanceCharts.tsx';
import { FileButton } from '../ui/FileButton.tsx';
import { unitLabels } from '../../../shared/scenario/figures.ts';
import { readCell } from '../../../shared/import/numbers.ts';
import { isMessageKey } from '../../../shared/i18n/index.ts';
import { GridMessageBox, useGridPaste, type CellReading } from '../ui/grid-paste.tsx';

type FigureField = 'revenue' | 'spending' | 'investmentFunding' | 'depreciation' | 'assignedGroup' | 'note';
const AMOUNT_FIELDS: readonly FigureField[] = ['revenue', 'spending', 'investmentFunding', 'depreciation'];
const FIELD_KEYS: Record<FigureField, MessageKey> = {
  revenue: 'fin.revenue',
  spending: 'fin.spending',
  investmentFunding: 'fin.investment',
  depreciation: 'fin.depreciation',
  assignedGroup: 'fin.assigned',
  note: 'fin.note',
};

const theme = themeBalham.withParams({ fontFamily: 'inherit', fontSize: 13, headerFontWeight: 600, rowHeight: 28 });
const GROUPS = ['1', '2', '3a', '3b', '3c', '4'] as const;
/** The first year offered for figures: Decree 16/2015, the regime Decree 60/2021 replaced, took effect in 2015. */
const FIRST_YEAR = 2015;

/** Decree 60/2021 figures of every PSU for a year: edit in the grid, import the template, check the arithmetic. */
export function FinanceView({ workspace }: { workspace: WorkspaceState }) {
  const { t, n, lang } = useI18n();
  const [year, setYear] = useState<number | undefined>(undefined);
  // The year's figures (the latest year until one is chosen), and the Art. 35.5 check over the years:
  // both read again after every change of figures, groups or units (data/invalidation.ts).
  const list = useChannel('finance.list', year === undefined ? {} : { year }, { keepPrevious: true });
  const data = list.data ?? null;
  const demoted = useChannel('finance.summary', {}).data?.demotions ?? [];
  const [mismatchOnly, setMismatchOnly] = useState(false);
  const [quick, setQuick] = useState('');
  const [overriddenOnly, setOverriddenOnly] = useState(false);
  const [tab, setTab] = useState<'table' | 'charts'>('table');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [question, setQuestion] = useState<ImportQuestions | null>(null);
  const fail = (err: unknown) => setMessage({ kind: 'error', text: errorText(err, t, lang) });
  /** A refusal of figures named by unit and column ("Trung tâm A, Tổng nguồn thu (A): …"), as the unit grid names its cells. */
  const refusal = (err: unknown, unitName?: string): string => {
    if (!(err instanceof ApiError)) return errorText(err, t, lang);
    const issue = err.error.issues[0];
    const field = issue?.field.split('.').pop() as FigureField | undefined;
    const unit = (issue?.params?.unit as string | undefined) ?? unitName;
    if (!issue || !unit || !field || !(field in FIELD_KEYS)) return errorText(err, t, lang);
    const reason = isMessageKey(issue.key) ? t(issue.key, issue.params) : issue.key;
    return t('grid.cellRefused', { unit, field: t(FIELD_KEYS[field]), reason });
  };
  const shownError =
    message?.kind === 'error'
      ? message
      : list.error
        ? { kind: 'error' as const, text: errorText(list.error, t, lang) }
        : message;

  /** After figures or a group changed (the figures are read again by themselves): the findings, as a PSU's deputy limits follow its autonomy group. */
  const changed = () => workspace.refreshFindings();
  useChanges('figures', changed); // someone else's figures, in browser mode

  // A PSU whose name alone is ambiguous ("Trung tâm Y tế") is named with its parent, as the print does.
  const labelOf = useMemo(() => unitLabels([...workspace.tree.byCode.values()]), [workspace.tree]);
  const rows = useMemo(
    () =>
      (data?.rows ?? [])
        .filter((r) => (!mismatchOnly || r.mismatch) && (!overriddenOnly || r.overrideGroup))
        .map((r) => ({ ...r, name: labelOf(r.code) })),
    [data, mismatchOnly, overriddenOnly, labelOf],
  );
  // Totals per group in force, pinned under the grid; each count in the pinned name column, so it stays in
  // view when the grid is scrolled sideways to the amounts.
  const totals = useMemo(() => {
    const count = new Map<string, number>();
    for (const r of data?.rows ?? []) count.set(r.effective ?? '', (count.get(r.effective ?? '') ?? 0) + 1);
    return [...GROUPS, '']
      .filter((g) => count.has(g))
      .map(
        (g) =>
          ({
            name: `${g ? t('fin.groupTotal', { group: g }) : t('fin.noGroup')}: ${n(count.get(g)!)}`,
            code: '',
          }) as unknown as FinanceRow,
      );
  }, [data, t, n]);

  const save = (e: CellValueChangedEvent<FinanceRow>) => {
    const r = e.data;
    setMessage(null);
    // A unit without figures yet: keep what was typed until both A and B are there.
    if (!r.revenue || !r.spending) {
      setMessage({ kind: 'ok', text: t('fin.needAB') });
      return;
    }
    if (!data?.amountUnit) {
      setMessage({ kind: 'error', text: t('err.yearUnitRequired', { year: String(r.year) }) });
      return;
    }
    call('finance.set', {
      amountUnit: data.amountUnit,
      code: r.code,
      year: r.year,
      revenue: r.revenue ?? '',
      spending: r.spending ?? '',
      investmentFunding: r.investmentFunding ?? undefined,
      depreciation: r.depreciation ?? undefined,
      assignedGroup: r.assignedGroup ?? undefined,
      note: r.note ?? undefined,
      version: r.version,
    })
      .then(changed)
      .catch((err: unknown) => {
        setMessage({ kind: 'error', text: refusal(err, labelOf(r.code)) });
        // The refused cell goes back to what it held; the other cells keep what was typed (an A typed
        // before a refused B is not lost). A conflict's newer figures come with the read again.
        const field = e.colDef.field as FigureField | undefined;
        if (field) {
          (r as unknown as Record<string, unknown>)[field] = e.oldValue;
          e.api.refreshCells({ rowNodes: [e.node], columns: [field], force: true });
        }
        void list.refetch();
      });
  };

  // A block of figures pasted from Excel: each amount read as the server reads it (1.234.567,89), the
  // rows written in one call (finance.setMany: one step, all or none), each refused cell named.
  const gridRef = useRef<AgGridReact<FinanceRow>>(null);
  const latest = useRef({ data, labelOf, changed });
  latest.current = { data, labelOf, changed };
  const paste = useGridPaste<FinanceRow, string>({
    gridRef,
    rowLabel: useCallback((r: FinanceRow) => latest.current.labelOf(r.code), []),
    read: useCallback(
      (text: string, _row: FinanceRow, column): CellReading<string> => {
        const field = column.getColDef().field as FigureField;
        if (!AMOUNT_FIELDS.includes(field)) return { value: text };
        const read = readCell(text, ',', { decimals: 12 });
        if (read === undefined && (field === 'revenue' || field === 'spending'))
          return { refused: t('err.amountRequired') };
        return read === null ? { refused: t('err.amount') } : { value: text };
      },
      [t],
    ),
    apply: useCallback(
      async (cells) => {
        const d = latest.current.data;
        if (!d?.amountUnit) throw new Error(t('err.yearUnitRequired', { year: String(d?.year ?? '') }));
        const rows = new Map<string, FinanceRow>();
        for (const c of cells) {
          const field = c.column.getColDef().field as FigureField;
          rows.set(c.row.code, { ...(rows.get(c.row.code) ?? c.row), [field]: c.value });
        }
        await call('finance.setMany', {
          year: d.year,
          amountUnit: d.amountUnit,
          rows: [...rows.values()].map((r) => ({
            code: r.code,
            revenue: r.revenue ?? '',
            spending: r.spending ?? '',
            investmentFunding: r.investmentFunding ?? undefined,
            depreciation: r.depreciation ?? undefined,
            assignedGroup: r.assignedGroup ?? undefined,
            note: r.note ?? undefined,
            version: r.version,
          })),
        });
        // The figures are read again by themselves (data/invalidation.ts); the findings follow the groups.
        latest.current.changed();
      },
      [t],
    ),
    errorOf: refusal,
  });

  // Every column but the name can be hidden (kept for the session, as the unit grid's).
  const choosable = useMemo<ChoosableColumn[]>(
    () =>
      (
        [
          ['code', 'field.code'],
          ['sector', 'field.sector'],
          ['parent', 'panel.parent'],
          ['revenue', 'fin.revenue'],
          ['spending', 'fin.spending'],
          ['investmentFunding', 'fin.investment'],
          ['depreciation', 'fin.depreciation'],
          ['rate', 'fin.rate'],
          ['computed', 'fin.computed'],
          ['assignedGroup', 'fin.assigned'],
          ['effective', 'fin.effective'],
          ['mismatch', 'fin.mismatch'],
          ['note', 'fin.note'],
        ] as const
      ).map(([id, key]) => ({ id, label: t(key) })),
    [t],
  );
  const hiddenColumns = useHiddenColumns('finance', gridRef, choosable);
  const columns = useMemo<ColDef<FinanceRow>[]>(() => {
    // Each amount header states the year's unit: the figures are typed and shown in it.
    const unit = data?.amountUnit ? ` (${t(`fin.unit.${data.amountUnit}`)})` : '';
    const amount = (
      field: 'revenue' | 'spending' | 'investmentFunding' | 'depreciation',
      key: MessageKey,
    ): ColDef<FinanceRow> => ({
      field,
      headerName: `${t(key)}${unit}`,
      headerTooltip: `${t(key)}${unit}: ${t(`${key}Hint` as MessageKey)}`,
      context: { label: `${t(key)}${unit}` }, // how a refused paste names the column
      editable: (p) => !p.node.rowPinned,
      type: 'numericColumn',
      width: 170,
    });
    return [
      {
        field: 'name',
        headerName: t('field.name'),
        headerTooltip: t('field.name'),
        pinned: 'left',
        width: 300,
        filter: true,
      },
      { field: 'code', headerName: t('field.code'), width: 150, filter: true },
      {
        colId: 'sector',
        headerName: t('field.sector'),
        width: 160,
        filter: true,
        valueGetter: (p) => (p.data?.sector ? t(`sector.${p.data.sector}` as MessageKey) : ''),
      },
      {
        colId: 'parent',
        headerName: t('panel.parent'),
        width: 200,
        filter: true,
        valueGetter: (p) =>
          p.data?.parentCode ? (workspace.tree.byCode.get(p.data.parentCode)?.name ?? p.data.parentCode) : '',
      },
      amount('revenue', 'fin.revenue'),
      amount('spending', 'fin.spending'),
      amount('investmentFunding', 'fin.investment'),
      amount('depreciation', 'fin.depreciation'),
      {
        colId: 'rate',
        headerName: t('fin.rate'),
        headerTooltip: `${t('fin.rate')}: ${t('fin.rateHint')}`,
        width: 120,
        type: 'numericColumn',
        valueGetter: (p) => (p.data?.computed ? p.data.computed.rateHundredths / 100 : null),
        valueFormatter: (p) =>
          typeof p.value === 'number'
            ? `${p.value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`
            : '',
      },
      {
        colId: 'computed',
        headerName: t('fin.computed'),
        headerTooltip: `${t('fin.computed')}: ${t('fin.computedHint')}`,
        width: 110,
        filter: true,
        valueGetter: (p) => (p.data?.computed ? `${p.data.computed.group}${p.data.computed.band ?? ''}` : ''),
      },
      {
        field: 'assignedGroup',
        headerName: t('fin.assigned'),
        headerTooltip: `${t('fin.assigned')}: ${t('fin.assignedHint')}`,
        width: 110,
        editable: (p) => !p.node.rowPinned && !!p.data?.spending,
      },
      {
        field: 'effective',
        headerName: t('fin.effective'),
        headerTooltip: `${t('fin.effective')}: ${t('fin.effectiveHint')}`,
        width: 110,
        filter: true,
        valueFormatter: (p) => String(p.data?.overrideGroup ? `${p.value} ✎` : (p.value ?? '')),
      },
      {
        colId: 'mismatch',
        headerName: t('fin.mismatch'),
        headerTooltip: `${t('fin.mismatch')}: ${t('fin.mismatchHint')}`,
        width: 100,
        filter: true,
        valueGetter: (p) => (p.data?.mismatch ? t('fin.mismatchYes') : ''),
        cellClass: 'over-quota',
      },
      {
        field: 'note',
        headerName: t('fin.note'),
        width: 220,
        editable: (p) => !p.node.rowPinned && !!p.data?.spending,
      },
    ];
  }, [t, lang, workspace.tree, data?.amountUnit]);

  // A file that does not say its unit, or has columns whose numbers read two ways, is asked about, then imported with the answers.
  const importFigures = (q: Omit<ImportQuestions, 'askUnit' | 'ambiguous'>) => {
    setQuestion(null);
    call('finance.import', {
      fileName: q.fileName,
      data: q.data,
      ...(q.unit ? { unit: q.unit } : {}),
      decimals: q.decimals,
    })
      .then((r) => {
        setMessage({ kind: 'ok', text: t('fin.imported', { count: r.imported }) });
        setYear(r.years[r.years.length - 1]);
        changed();
      })
      .catch((err: unknown) => {
        const asked = questionsOf(err, q);
        if (asked) setQuestion(asked);
        else fail(err);
      });
  };

  const found = data?.rows.find((r) => r.code === workspace.selected);
  const selected = found && { ...found, name: labelOf(found.code) };
  // Any year from FIRST_YEAR to next year can be chosen to enter its figures (a trend needs past years);
  // the years without figures say so in the list.
  const next = new Date().getFullYear() + 1;
  const years = data
    ? [
        ...new Set([
          ...data.years,
          data.year,
          ...Array.from({ length: next - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i),
        ]),
      ].sort((a, b) => a - b)
    : [];

  return (
    <section className="finance-pane" aria-label={t('view.finance')}>
      <div className="chart-toolbar">
        <span className="pane-tabs inline-tabs" role="tablist">
          {(['table', 'charts'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={tab === v}
              className={tab === v ? 'active' : ''}
              onClick={() => setTab(v)}
            >
              {t(v === 'table' ? 'fin.viewTable' : 'fin.viewCharts')}
            </button>
          ))}
        </span>
        <label>
          {t('fin.year')}{' '}
          <select value={data?.year ?? ''} onChange={(e) => setYear(Number(e.target.value))} data-testid="finance-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {data?.years.includes(y) ? y : t('fin.yearEmpty', { year: String(y) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fin.unit')}{' '}
          <select
            value={data?.amountUnit ?? ''}
            data-testid="finance-unit"
            // Chosen for the year shown: not before the year's figures are read (a choice then was lost).
            disabled={!data}
            onChange={(e) =>
              data &&
              void call('finance.configure', { year: data.year, amountUnit: e.target.value as AmountUnit })
                .then(changed)
                .catch(fail)
            }
          >
            <AmountUnitOptions choose={!data?.amountUnit} />
          </select>
        </label>
        <FileButton
          label={t('fin.import')}
          testId="finance-file"
          onFile={(file) => {
            setMessage(null);
            void readFileBase64(file)
              .then((data64) => importFigures({ fileName: file.name, data: data64, unit: undefined, decimals: {} }))
              .catch(fail);
          }}
        />
        <button
          type="button"
          onClick={() =>
            void call('finance.template', {})
              .then((f) => downloadBase64(f.fileName, f.data))
              .catch(fail)
          }
        >
          {t('fin.template')}
        </button>
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            onClick={() =>
              void call('export.finance', { format })
                .then((f) => downloadBase64(f.fileName, f.data))
                .catch(fail)
            }
          >
            {t(format === 'xlsx' ? 'menu.exportXlsx' : 'menu.exportCsv')}
          </button>
        ))}
        <label>
          <input type="checkbox" checked={mismatchOnly} onChange={(e) => setMismatchOnly(e.target.checked)} />{' '}
          {t('fin.mismatchOnly')}
        </label>
        <label>
          <input type="checkbox" checked={overriddenOnly} onChange={(e) => setOverriddenOnly(e.target.checked)} />{' '}
          {t('fin.overriddenOnly')}
        </label>
        <input
          className="chart-search"
          placeholder={t('tree.searchUnits')}
          value={quick}
          onChange={(e) => setQuick(e.target.value)}
          data-testid="finance-search"
        />
        {tab === 'table' && (
          <ColumnChooser
            columns={choosable}
            hidden={hiddenColumns.hidden}
            onToggle={hiddenColumns.toggle}
            testId="finance-columns"
          />
        )}
      </div>
      {question && (
        <FinanceImportQuestion question={question} onAnswer={importFigures} onCancel={() => setQuestion(null)} />
      )}
      {tab === 'table' && (
        <div className="muted finance-unit-line" data-testid="finance-unit-line">
          {data?.amountUnit
            ? t('fin.unitLine', { unit: t(`fin.unit.${data.amountUnit}`) })
            : t('fin.unitNone', { year: String(data?.year ?? '') })}
        </div>
      )}
      {shownError && (
        <div
          className={`finance-message ${shownError.kind}`}
          role={shownError.kind === 'error' ? 'alert' : 'status'}
          data-testid="finance-message"
        >
          {shownError.text}
        </div>
      )}
      {demoted.length > 0 && (
        <div className="finance-message warning" role="status" data-testid="finance-demotions">
          <strong>{t('fin.demotionsTitle')}</strong>
          <ul>
            {demoted.map((d) => (
              <li key={`${d.code}-${d.basis}`}>
                {t('fin.demotion', {
                  unit: d.name,
                  code: d.code,
                  from: d.from.group,
                  fromYear: String(d.from.year),
                  to: d.to.group,
                  toYear: String(d.to.year),
                  basis: `fin.demotion.${d.basis}`,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {tab === 'charts' && <FinanceCharts year={data?.year} />}
      {tab === 'table' && <GridMessageBox message={paste.message} testId="finance-paste" />}
      <div className="grid-host" hidden={tab !== 'table'} onPaste={paste.onPaste}>
        <AgGridReact<FinanceRow>
          ref={gridRef}
          theme={theme}
          rowData={rows}
          columnDefs={columns}
          pinnedBottomRowData={totals}
          getRowId={(p) => (p.data.year ? `${p.data.code}` : `total-${p.data.name}`)}
          onCellValueChanged={save}
          onRowClicked={(e: RowClickedEvent<FinanceRow>) =>
            e.data && !e.node.rowPinned && workspace.select(e.data.code)
          }
          quickFilterText={quick}
          suppressColumnVirtualisation
          stopEditingWhenCellsLoseFocus
          singleClickEdit
          animateRows={false}
          onGridReady={hiddenColumns.onGridReady}
          tooltipShowDelay={300}
        />
      </div>
      {tab === 'table' && <FinanceDetail row={selected} year={data?.year} onChanged={changed} onError={fail} />}
    </section>
  );
}

function FinanceDetail({
  row,
  year,
  onChanged,
  onError,
}: {
  row: FinanceRow | undefined;
  year: number | undefined;
  onChanged(): void;
  onError(err: unknown): void;
}) {
  const { t } = useI18n();
  const [group, setGroup] = useState('');
  const [reason, setReason] = useState('');
  if (!row) return <div className="finance-detail muted">{t('fin.selectPsu')}</div>;
  if (!row.computed)
    return <div className="finance-detail muted">{t('fin.noFigures', { year: String(year ?? '') })}</div>;
  const rate = (row.computed.rateHundredths / 100).toLocaleString('vi-VN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (
    <div className="finance-detail" data-testid="finance-detail">
      <strong>{row.name}</strong>
      <div className="formula" data-testid="finance-formula">
        {t('fin.formula', {
          a: row.revenue ?? '',
          b: row.spending ?? '',
          rate,
          group: `${row.computed.group}${row.computed.band ?? ''}`,
        })}
      </div>
      {row.computed.reading === 'zeroInvestment' && (
        <div className="muted" data-testid="finance-group1-reading">
          {t('fin.group1Reading')}
        </div>
      )}
      {row.overrideGroup && (
        <div className="muted">
          {t('fin.overridden', { group: row.overrideGroup, reason: row.overrideReason ?? '' })}
        </div>
      )}
      <div className="override-form">
        <span>{t('fin.override')}:</span>
        <select value={group} onChange={(e) => setGroup(e.target.value)} aria-label={t('fin.overrideGroup')}>
          <option value="" />
          {GROUPS.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('fin.overrideReason')}
          aria-label={t('fin.overrideReason')}
        />
        <button
          type="button"
          disabled={!group}
          onClick={() =>
            void call('finance.override', { code: row.code, year: row.year, group, reason, version: row.version })
              .then(onChanged)
              .catch(onError)
          }
        >
          {t('fin.overrideSave')}
        </button>
        {row.overrideGroup && (
          <button
            type="button"
            onClick={() =>
              void call('finance.override', {
                code: row.code,
                year: row.year,
                group: null,
                reason: '',
                version: row.version,
              })
                .then(onChanged)
                .catch(onError)
            }
          >
            {t('fin.overrideClear')}
          </button>
        )}
      </div>
    </div>
  );
}
