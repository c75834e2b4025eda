import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { themeBalham, type ColDef } from 'ag-grid-community';
import { call } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { useChannel } from '../data/useChannel.ts';
import { readFileBase64, downloadBase64 } from '../app/files.ts';
import { useI18n } from '../i18n.tsx';
import { COUNT_KEYS, type AttritionRow, type CountKey, type Counts } from '../../../shared/people/attrition.ts';
import type { BaseSalaryView, PersonRow, RetirementsView } from '../../../shared/people/person-rows.ts';
import { RETIREMENT_AGE_RULE } from '../../../shared/people/retirement.ts';
import { parseLeaveMonth } from '../../../shared/people/proposals.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import { FileButton } from '../ui/FileButton.tsx';
import { DecimalChoice, onlyAmbiguous } from '../ui/DecimalChoice.tsx';
import type { DecimalMark } from '../../../shared/import/numbers.ts';
import { UnitSearch } from '../tree/UnitSearch.tsx';
import { BaseSalaryPanel, ProposalsPanel } from './PeopleProposals.tsx';
import type { Lang } from '../../../shared/i18n/index.ts';

const theme = themeBalham.withParams({ fontFamily: 'inherit', fontSize: 13, headerFontWeight: 600, rowHeight: 28 });
/** dd/MM/yyyy or MM/yyyy as a sortable number. */
// dd/MM/yyyy (or MM/yyyy) as a number that sorts by date. Sorting 100,000 people compares millions
// of times over a few thousand distinct dates: each is worked out once.
const dateKeys = new Map<string, number>();
const dateKey = (text: string | null | undefined) => {
  if (!text) return 0;
  let key = dateKeys.get(text);
  if (key === undefined) {
    key = Number(text.split('/').reverse().join(''));
    if (dateKeys.size < 100_000) dateKeys.set(text, key);
  }
  return key;
};
const byDate = (a: string | null | undefined, b: string | null | undefined) => dateKey(a) - dateKey(b);
/** Stable empties while the list is read (the grid's rows keep their identity). */
const NO_PEOPLE: PersonRow[] = [];
const NO_PERIODS: BaseSalaryView[] = [];
const YEAR_CHOICES = Array.from({ length: 41 }, (_, i) => 2020 + i);

/**
 * The personnel list (personal data, shown only here): import and template, the people with their
 * computed salary and retirement month, the natural retirements per unit and year, and removal.
 */
// The units come from the list's own rows; the workspace is not read here (its changes reach the reads by
// invalidation), except its findings: an import places people in positions (the "not yet placed" findings).
export function PeopleView({ workspace }: { workspace: WorkspaceState }) {
  const { t, n, lang } = useI18n();
  // The month whose base salary prices salaries by coefficients in the grid (null: this month, as the handler decides).
  const [salaryMonth, setSalaryMonth] = useState<string | null>(null);
  const [monthInput, setMonthInput] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const [lower, setLower] = useState<'retirements' | 'proposals' | 'baseSalary'>('retirements');
  const [range, setRange] = useState<{ fromYear?: number; toYear?: number }>({});
  const [unit, setUnit] = useState('');
  const [quick, setQuick] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Said in the language shown when it is displayed (the user may switch after it appeared).
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; say(tr: typeof t, l: Lang): string } | null>(null);
  const fail = (err: unknown) => setMessage({ kind: 'error', say: (tr, l) => errorText(err, tr, l) });

  // Three reads, each shown when it comes (the list of 100,000 people takes the longest): the
  // proposals (the list's proposal column), the list, the retirements (again alone when the years
  // change, the answer to the latest range only). Each is read again after any edit of personnel
  // or units, here or elsewhere (data/invalidation.ts).
  const proposals = useChannel('people.proposals', {}).data ?? null;
  const listRead = useChannel('people.list', salaryMonth === null ? {} : { month: salaryMonth }, {
    keepPrevious: true,
  });
  const retirementsRead = useChannel('people.retirements', range, { keepPrevious: true });
  const list = listRead.data;
  const loaded = list !== undefined;
  const people = list?.people ?? NO_PEOPLE;
  const baseSalary = list?.baseSalary ?? null;
  const baseSalaries = list?.baseSalaries ?? NO_PERIODS;
  const shownMonth = list?.month ?? '';
  useEffect(() => {
    if (list) setMonthInput(list.month);
  }, [list]);
  const retirements = retirementsRead.data ?? null;
  const readError = listRead.error ?? retirementsRead.error;

  const rows = useMemo(() => (unit ? people.filter((p) => p.unitCode === unit) : people), [people, unit]);
  /** The units with people, for the unit filter. */
  const filterUnits = useMemo(
    () =>
      (retirements?.units ?? []).map((u) => ({
        code: u.unit,
        name: u.unitName ?? t('ppl.unitGone', { code: u.unit }),
      })),
    [retirements, t],
  );
  const proposalOf = useMemo(() => new Map((proposals?.proposals ?? []).map((q) => [q.personId, q])), [proposals]);
  const person = people.find((p) => p.id === selected) ?? null;
  const columns = useMemo<ColDef<PersonRow>[]>(() => {
    const decimal = (s: string) => (lang === 'vi' ? s : s.replace(/,/g, '.'));
    return [
      { field: 'fullName', headerName: t('ppl.col.name'), pinned: 'left', width: 200, filter: true },
      { field: 'employeeId', headerName: t('ppl.col.employeeId'), width: 120, filter: true },
      {
        colId: 'unit',
        headerName: t('ppl.col.unit'),
        width: 220,
        filter: true,
        valueGetter: (p) => (p.data ? (p.data.unitName ?? t('ppl.unitGone', { code: p.data.unitCode })) : ''),
        tooltipValueGetter: (p) => p.data?.unitCode,
      },
      {
        colId: 'sex',
        headerName: t('ppl.col.sex'),
        width: 95,
        filter: true,
        valueGetter: (p) => (p.data ? t(`ppl.sex.${p.data.sex}`) : ''),
      },
      { field: 'birthDate', headerName: t('ppl.col.birth'), width: 120, comparator: byDate },
      {
        colId: 'category',
        headerName: t('ppl.col.category'),
        width: 135,
        filter: true,
        valueGetter: (p) => (p.data ? t(`ppl.cat.${p.data.category ?? 'unspecified'}`) : ''),
      },
      {
        colId: 'jobPosition',
        headerName: t('ppl.col.jobPosition'),
        width: 180,
        filter: true,
        valueGetter: (p) => p.data?.jobPosition ?? '',
      },
      {
        field: 'salary',
        headerName: t('ppl.col.salary'),
        width: 135,
        type: 'numericColumn',
        valueFormatter: (p) => (typeof p.value === 'number' ? n(p.value) : ''),
      },
      {
        colId: 'salaryBasis',
        headerName: t('ppl.col.salaryBasis'),
        width: 250,
        valueGetter: (p) => {
          const c = p.data?.coefficients;
          if (!p.data) return '';
          if (!c) return t('ppl.basisAmount');
          const base = baseSalary ? n(baseSalary.amount) : '?';
          return t('ppl.basisCoefficients', {
            coefficients: decimal(c.sum),
            base,
            percent: decimal(c.percent),
            other: c.other ? t('ppl.basisOther', { other: decimal(c.other), base }) : '',
          });
        },
      },
      { field: 'insuranceFrom', headerName: t('ppl.col.insurance'), width: 115, comparator: byDate },
      {
        colId: 'proposal',
        headerName: t('ppl.col.proposal'),
        width: 250,
        filter: true,
        valueGetter: (p) => {
          const q = p.data && proposalOf.get(p.data.id);
          if (!q) return '';
          const what = t('ppl.proposalCell', {
            case: t(`exit.reason.${q.case}`),
            policy: q.policy,
            leave: q.leaveFrom,
          });
          return q.payout ? `${what}: ${n(q.payout.total)}` : `${what}: ${t('ppl.notCoveredShort')}`;
        },
      },
      {
        colId: 'retires',
        headerName: t('ppl.col.retires'),
        width: 135,
        sort: 'asc',
        valueGetter: (p) => p.data?.retirement.reaches ?? '',
        comparator: byDate,
      },
      {
        colId: 'pension',
        headerName: t('ppl.col.pension'),
        width: 135,
        valueGetter: (p) => p.data?.retirement.pensionFrom ?? '',
        comparator: byDate,
      },
      {
        colId: 'ageTable',
        headerName: t('ppl.col.ageTable'),
        width: 190,
        filter: true,
        valueGetter: (p) => (p.data ? t(p.data.lowerRetirementAge ? 'ppl.ageTable.lower' : 'ppl.ageTable.normal') : ''),
      },
      {
        colId: 'age',
        headerName: t('ppl.col.age'),
        width: 140,
        valueGetter: (p) => {
          const m = p.data?.retirement.ageMonths;
          if (m === undefined) return '';
          return m % 12
            ? t('ppl.age', { years: String(Math.floor(m / 12)), months: String(m % 12) })
            : t('ppl.ageYears', { years: String(m / 12) });
        },
      },
    ];
  }, [t, n, lang, baseSalary, proposalOf]);

  // A column whose numbers all read two ways ("15.000") is asked, then the file is imported with the answer.
  const [askDecimal, setAskDecimal] = useState<{ file: File; column: string; value: string } | null>(null);
  const importFile = (file: File, decimal?: DecimalMark) => {
    setMessage(null);
    setAskDecimal(null);
    void readFileBase64(file)
      .then((data) => call('people.import', { fileName: file.name, data, ...(decimal ? { decimal } : {}) }))
      .then((r) => {
        workspace.refreshFindings();
        setMessage({
          kind: 'ok',
          say: (tr) => tr('ppl.imported', { count: r.imported, previous: r.previous, file: r.backupFile }),
        });
        setUnit('');
      })
      .catch((err: unknown) => {
        const asked = decimal ? null : onlyAmbiguous(err);
        if (asked) setAskDecimal({ file, ...asked });
        else fail(err);
      });
  };
  const remove = () =>
    void call('people.remove', {})
      .then((r) => {
        workspace.refreshFindings();
        setConfirming(false);
        setUnit('');
        setMessage({ kind: 'ok', say: (tr) => tr('ppl.removed', { count: r.removed }) });
      })
      .catch(fail);

  return (
    <section className="people-pane" aria-label={t('view.people')}>
      <div className="chart-toolbar">
        <FileButton label={t('ppl.import')} testId="people-file" onFile={(f) => importFile(f)} />
        {askDecimal && (
          <DecimalChoice
            column={askDecimal.column}
            example={askDecimal.value}
            value={undefined}
            testId="people-ask-decimal"
            onChange={(mark) => importFile(askDecimal.file, mark)}
          />
        )}
        <button
          type="button"
          onClick={() =>
            void call('people.template', {})
              .then((f) => downloadBase64(f.fileName, f.data))
              .catch(fail)
          }
        >
          {t('ppl.template')}
        </button>
        {loaded && <strong data-testid="people-count">{t('ppl.count', { count: people.length })}</strong>}
        {people.length > 0 && (
          <>
            <div className="people-unit-filter">
              {t('ppl.unitFilter')}{' '}
              {unit ? (
                <span className="filter-chip" data-testid="people-unit" data-unit={unit}>
                  {filterUnits.find((u) => u.code === unit)?.name ?? unit}{' '}
                  <button
                    type="button"
                    aria-label={t('ppl.unitClear')}
                    title={t('ppl.unitClear')}
                    onClick={() => setUnit('')}
                    data-testid="people-unit-clear"
                  >
                    ✕
                  </button>
                </span>
              ) : (
                // A search, not a list: a province has tens of thousands of units with people.
                <UnitSearch
                  units={filterUnits}
                  label={t('ppl.unitSearch')}
                  pickKey="ppl.unitPick"
                  onPick={(u) => setUnit(u.code)}
                  testId="people-unit"
                />
              )}
            </div>
            <input
              className="chart-search"
              placeholder={t('ppl.search')}
              value={quick}
              onChange={(e) => setQuick(e.target.value)}
              data-testid="people-search"
            />
            <button
              type="button"
              onClick={() =>
                void call('workspace.backup', { withoutPeople: true })
                  .then((r) => setMessage({ kind: 'ok', say: (tr) => tr('ppl.backupDone', { file: r.file }) }))
                  .catch(fail)
              }
            >
              {t('ppl.backupWithout')}
            </button>
            <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={confirming}>
              {t('ppl.remove')}
            </button>
          </>
        )}
      </div>
      <div className="people-note">
        {t('ppl.personalData')} {t('ppl.replaceNote')}
      </div>
      {loaded && people.length > 0 && (
        <form
          className="people-base-month"
          data-testid="people-base-month"
          onSubmit={(e) => {
            e.preventDefault();
            const value = monthInput.trim();
            // A bad month is said in the message line and the grid stays as it was.
            if (!parseLeaveMonth(value))
              setMessage({ kind: 'error', say: (tr) => tr('err.baseSalaryMonth', { value }) });
            else {
              setMessage(null);
              setSalaryMonth(value);
            }
          }}
        >
          <strong data-testid="people-base-label">
            {baseSalary
              ? t('ppl.baseSalary', {
                  month: shownMonth,
                  amount: baseSalary.amount,
                  citation: baseSalary.citation,
                  confidence: baseSalary.confidence ? t(`confidence.${baseSalary.confidence}`) : t('ppl.baseOwn'),
                })
              : t('ppl.baseNone', { month: shownMonth })}
          </strong>{' '}
          <label>
            {t('ppl.baseMonth')}{' '}
            <input
              size={8}
              value={monthInput}
              placeholder="08/2026"
              onChange={(e) => setMonthInput(e.target.value)}
              data-testid="people-base-month-input"
            />
          </label>{' '}
          <button type="submit">{t('ppl.baseMonthApply')}</button>
        </form>
      )}
      {confirming && (
        <div className="people-confirm" role="alertdialog" aria-label={t('ppl.remove')}>
          <p>{t('ppl.removeConfirm', { count: people.length })}</p>
          <button type="button" className="danger" onClick={remove}>
            {t('ppl.removeYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('ppl.cancel')}
          </button>
        </div>
      )}
      {(message ?? readError) && (
        <div
          className={`finance-message ${message?.kind ?? 'error'}`}
          role={(message?.kind ?? 'error') === 'error' ? 'alert' : 'status'}
          data-testid="people-message"
        >
          {message ? message.say(t, lang) : errorText(readError, t, lang)}
        </div>
      )}
      {!loaded ? (
        <p className="loading">{t('app.loading')}</p>
      ) : people.length === 0 ? (
        <p className="people-empty muted">{t('ppl.none')}</p>
      ) : (
        <div className="people-body">
          <div className="grid-host">
            <AgGridReact<PersonRow>
              theme={theme}
              rowData={rows}
              columnDefs={columns}
              getRowId={(p) => String(p.data.id)}
              onRowClicked={(e) => e.data && setSelected(e.data.id)}
              rowClassRules={{ 'row-selected': (p) => p.data?.id === selected }}
              quickFilterText={quick}
              suppressColumnVirtualisation
              animateRows={false}
            />
          </div>
          <div className="people-lower">
            <div className="people-tabs" role="tablist">
              {(['retirements', 'proposals', 'baseSalary'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  role="tab"
                  aria-selected={lower === k}
                  className={lower === k ? 'active' : ''}
                  onClick={() => setLower(k)}
                >
                  {t(`ppl.tab.${k}`)}
                </button>
              ))}
            </div>
            {lower === 'retirements' && retirements && (
              <RetirementTable data={retirements} range={range} unit={unit} onRange={setRange} />
            )}
            {lower === 'proposals' && <ProposalsPanel person={person} proposals={proposals} onChanged={() => {}} />}
            {lower === 'baseSalary' && <BaseSalaryPanel periods={baseSalaries} onChanged={() => {}} />}
          </div>
        </div>
      )}
    </section>
  );
}

const RETIREMENT_ROWS_PAGE = 200;

/** Units × years: how many reach the retirement age each year; the totals split by category. */
function RetirementTable({
  data,
  range,
  unit,
  onRange,
}: {
  data: RetirementsView;
  range: { fromYear?: number; toYear?: number };
  unit: string;
  onRange(r: { fromYear: number; toYear: number }): void;
}) {
  const { t, n } = useI18n();
  // The years asked for, even while their answer is on its way (a second pick builds on the first).
  const fromYear = range.fromYear ?? data.fromYear;
  const toYear = range.toYear ?? data.toYear;
  // A national list has tens of thousands of units with people: their rows come a page at a time
  // (every row in the page at once made each later layout of the page take seconds).
  const [shown, setShown] = useState(RETIREMENT_ROWS_PAGE);
  const units = unit ? data.units.filter((u) => u.unit === unit) : data.units;
  const total = unit ? units[0] : data.totals;
  const categories = COUNT_KEYS.filter((k) => total && total.inRange.byCategory[k] + total.overdue.byCategory[k] > 0);
  return (
    <div className="people-retirements" data-testid="people-retirements">
      <div className="people-retirements-head">
        <strong>{t('ppl.retTitle')}</strong>
        <YearSelect
          label={t('ppl.retFrom')}
          value={fromYear}
          min={0}
          testId="people-from"
          onChange={(y) => onRange({ fromYear: y, toYear: Math.max(toYear, y) })}
        />
        <YearSelect
          label={t('ppl.retTo')}
          value={toYear}
          min={fromYear}
          testId="people-to"
          onChange={(y) => onRange({ fromYear, toYear: y })}
        />
        <span className="muted">{t('ppl.retCitation', { citation: RETIREMENT_AGE_RULE.citation })}</span>
      </div>
      <div className="table-scroll">
        <table className="people-ret-table">
          <thead>
            <tr>
              <th>{t('ppl.col.unit')}</th>
              <th className="num wide">{t('ppl.retOverdue', { year: String(data.fromYear) })}</th>
              {data.totals.years.map((y) => (
                <th key={y.year} className="num">
                  {y.year}
                </th>
              ))}
              <th className="num wide">
                {t('ppl.retTotal', { from: String(data.fromYear), to: String(data.toYear) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {!unit &&
              units
                .slice(0, shown)
                .map((u) => (
                  <CountsRow
                    key={u.unit}
                    label={u.unitName ?? t('ppl.unitGone', { code: u.unit })}
                    row={u}
                    attrs={{ 'data-unit': u.unit }}
                  />
                ))}
            {!unit && units.length > shown && (
              <tr className="more">
                <td colSpan={data.totals.years.length + 3}>
                  <button
                    type="button"
                    data-testid="people-ret-more"
                    onClick={() => setShown((k) => k + RETIREMENT_ROWS_PAGE)}
                  >
                    {t('ppl.retMore', {
                      count: n(Math.min(RETIREMENT_ROWS_PAGE, units.length - shown)),
                      shown: n(shown),
                      total: n(units.length),
                    })}
                  </button>
                </td>
              </tr>
            )}
            {total && (
              <CountsRow
                label={unit ? (units[0]?.unitName ?? unit) : t('ppl.retAll')}
                row={total}
                attrs={{ 'data-unit': '', className: 'total' }}
              />
            )}
            {total &&
              categories.map((k) => (
                <CountsRow
                  key={k}
                  label={t('ppl.retOfWhich', { category: t(`ppl.cat.${k}`) })}
                  row={total}
                  only={k}
                  attrs={{ 'data-category': k, className: 'category' }}
                />
              ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** One line of the table: over the age, each year, the range's total (of one category with `only`). */
function CountsRow({
  label,
  row,
  only,
  attrs,
}: {
  label: string;
  row: AttritionRow;
  only?: CountKey;
  attrs: Record<string, string>;
}) {
  const { n } = useI18n();
  const cell = (c: Counts) => {
    const v = only ? c.byCategory[only] : c.total;
    return v ? n(v) : '–';
  };
  return (
    <tr {...attrs}>
      <td>{label}</td>
      <td className="num">{cell(row.overdue)}</td>
      {row.years.map((y) => (
        <td key={y.year} className="num">
          {cell(y)}
        </td>
      ))}
      <td className="num">{cell(row.inRange)}</td>
    </tr>
  );
}

function YearSelect({
  label,
  value,
  min,
  testId,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  testId: string;
  onChange(year: number): void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {YEAR_CHOICES.filter((y) => y >= min).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
