import { importInvalid } from '../../shared/import/read-units.ts';
import type { HandlersOf } from '../../shared/contract/index.ts';
import { AppError } from '../../shared/errors.ts';
import { baseSalaryIn, readBaseSalaryPeriod } from '../../shared/people/base-salary.ts';
import { PERSON_HEADERS, readPeople, type Day } from '../../shared/people/read-people.ts';
import { positionsByUnit } from '../../shared/positions/derive.ts';
import { listPositions } from '../../db/positions-repo.ts';
import { parseLeaveMonth, proposalResult, proposalTotals } from '../../shared/people/proposals.ts';
import { peopleGuideTable } from '../../shared/people/template.ts';
import { baseSalaryView, monthText, personRows, retirementsView } from '../../shared/people/person-rows.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { addBaseSalary, baseSalaryPeriods, removeBaseSalary } from '../../db/base-salary-repo.ts';
import {
  clearProposal,
  getPerson,
  importPeople,
  mapPeople,
  retirementPeople,
  setProposal,
} from '../../db/people-repo.ts';
import { removeAllPeople } from '../../db/people-erase.ts';
import { listUnits, unitCodesInOrder } from '../../db/units-repo.ts';
import { readWorkbook } from '../../db/io/read-workbook.ts';
import { tablesToXlsx } from '../../db/io/write-tables.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { proposalResults } from '../services/proposals.ts';
import { todayOf, type Clock } from '../../shared/clock.ts';

/** The last year counted by default (the 2025 restructuring's horizon). */
export const DEFAULT_HORIZON = 2030;
const MAX_YEARS = 60;

/** people.*: the personnel list, base salary periods, natural retirements, and proposals with their payouts. */
export function peopleHandlers(current: CurrentWorkspace, clock: Clock): HandlersOf<'people'> {
  const today = (): Day => todayOf(clock);
  const baseSalaries = () => ({ baseSalaries: baseSalaryPeriods(current().db).map(baseSalaryView) });
  return {
    'people.list': ({ month }) => {
      const at = month === undefined ? today() : parseLeaveMonth(month);
      if (!at)
        throw AppError.validation([{ field: 'month', key: 'err.baseSalaryMonth', params: { value: month ?? '' } }]);
      const periods = baseSalaryPeriods(current().db);
      const base = baseSalaryIn(at, periods);
      return {
        people: mapPeople(current().db, personRows(base)),
        month: monthText(at),
        baseSalary: base && baseSalaryView(base),
        baseSalaries: periods.map(baseSalaryView),
      };
    },
    'people.addBaseSalary': (input) => {
      const read = readBaseSalaryPeriod(input, baseSalaryPeriods(current().db));
      if ('issues' in read) throw AppError.validation(read.issues);
      addBaseSalary(current().db, read.period);
      return baseSalaries();
    },
    'people.removeBaseSalary': ({ id }) => {
      removeBaseSalary(current().db, id);
      return baseSalaries();
    },
    'people.proposals': () => {
      const proposals = proposalResults(current().db);
      return { proposals, totals: proposalTotals(proposals) };
    },
    'people.propose': ({ personId, case: kind, policy, leaveFrom, within12, group, afterTraining }) => {
      const db = current().db;
      const proposal = {
        personId,
        case: kind,
        policy,
        leaveFrom: parseLeaveMonth(leaveFrom)!,
        within12,
        group,
        afterTraining,
      };
      setProposal(db, proposal);
      return proposalResult(getPerson(db, personId)!, proposal, baseSalaryPeriods(db));
    },
    'people.withdraw': ({ personId }) => {
      if (!clearProposal(current().db, personId)) throw new AppError('not_found', 'err.proposalNotFound');
      return { personId };
    },
    'people.retirements': ({ fromYear, toYear }) => {
      const ws = current();
      const from = fromYear ?? readMeta(ws.db).baseYear;
      const to = toYear ?? Math.max(DEFAULT_HORIZON, from);
      if (to < from || to - from >= MAX_YEARS)
        throw AppError.validation([{ field: 'toYear', key: 'err.retirementRange' }]);
      return retirementsView(retirementPeople(ws.db), from, to, unitCodesInOrder(ws.db));
    },
    'people.import': async ({ fileName, data, decimal }) => {
      const ws = current();
      const sheets = await readWorkbook(fileName, new Uint8Array(Buffer.from(data, 'base64')));
      const codes = new Set(listUnits(ws.db).map((u) => u.code));
      const known = (code: string) => (codes.has(code) ? null : ('err.unitNotFound' as const));
      // A `Vị trí việc làm` cell names one of the unit's positions.
      const names = new Map([...positionsByUnit(listPositions(ws.db))].map(([c, ps]) => [c, ps.map((p) => p.name)]));
      const positionsOf = (code: string) => names.get(code) ?? [];
      // The sheet holding the list (a template's guide sheet is skipped); else the first sheet's problems.
      const reads = sheets.map((s) => readPeople(s.rows, known, today(), decimal, positionsOf));
      const { people, issues } = reads.find(
        (r) => r.people.length > 0 || r.issues.some((i) => i.key !== 'err.peopleHeader'),
      ) ??
        reads[0] ?? { people: [], issues: [] };
      if (issues.length > 0) {
        throw importInvalid(issues);
      }
      if (people.length === 0) throw new AppError('validation', 'err.importEmpty');
      return importPeople(ws, people);
    },
    'people.template': async () => {
      const table = {
        name: 'Nhân sự',
        columns: PERSON_HEADERS.map(([f, header]) => ({
          header,
          width: f === 'fullName' ? 30 : 18,
          ...(f === 'birthDate' || f === 'insuranceFrom' ? { numFmt: '@' } : {}),
        })),
        rows: [],
      };
      return {
        fileName: 'mau-danh-sach-nhan-su.xlsx',
        data: Buffer.from(await tablesToXlsx([table, peopleGuideTable(baseSalaryPeriods(current().db))])).toString(
          'base64',
        ),
      };
    },
    'people.remove': () => ({ removed: removeAllPeople(current().db) }),
  };
}
