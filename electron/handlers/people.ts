import type { HandlerTable } from '../../shared/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { MessageKey } from '../../shared/i18n/index.ts';
import { BASE_SALARY_PERIODS, baseSalaryIn } from '../../shared/people/base-salary.ts';
import { PERSON_HEADERS, readPeople, type Day } from '../../shared/people/read-people.ts';
import { peopleGuideTable } from '../../shared/people/template.ts';
import { baseSalaryView, personRow, retirementsView } from '../../shared/people/view.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { importPeople, listPeople, removeAllPeople } from '../../db/people-repo.ts';
import { listUnits } from '../../db/units-repo.ts';
import { readWorkbook } from '../../db/io/read-workbook.ts';
import { tablesToXlsx } from '../../db/io/write-tables.ts';
import type { CurrentWorkspace } from './index.ts';

type PeopleHandlers = Pick<HandlerTable, 'people.list' | 'people.retirements' | 'people.import' | 'people.template' | 'people.remove'>;

/** The last year counted by default (the 2025 restructuring's horizon). */
export const DEFAULT_HORIZON = 2030;
const MAX_YEARS = 60;

function today(): Day {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function peopleHandlers(current: CurrentWorkspace): PeopleHandlers {
  return {
    'people.list': () => {
      const base = baseSalaryIn(today());
      return { people: listPeople(current().db).map((p) => personRow(p, base)), baseSalary: base && baseSalaryView(base) };
    },
    'people.retirements': ({ fromYear, toYear }) => {
      const ws = current();
      const from = fromYear ?? readMeta(ws.db).baseYear;
      const to = toYear ?? Math.max(DEFAULT_HORIZON, from);
      if (to < from || to - from >= MAX_YEARS) throw AppError.validation([{ field: 'toYear', key: 'err.retirementRange' }]);
      return retirementsView(listPeople(ws.db), from, to, listUnits(ws.db).map((u) => u.code));
    },
    'people.import': async ({ fileName, data }) => {
      const ws = current();
      const sheets = await readWorkbook(fileName, new Uint8Array(Buffer.from(data, 'base64')));
      const codes = new Set(listUnits(ws.db).map((u) => u.code));
      const known = (code: string) => (codes.has(code) ? null : 'err.unitNotFound' as const);
      // The sheet holding the list (a template's guide sheet is skipped); else the first sheet's problems.
      const reads = sheets.map((s) => readPeople(s.rows, known, today()));
      const { people, issues } = reads.find((r) => r.people.length > 0 || r.issues.some((i) => i.key !== 'err.peopleHeader')) ?? reads[0] ?? { people: [], issues: [] };
      if (issues.length > 0) {
        throw new AppError('validation', 'err.importInvalid', { count: issues.length }, issues.map((i) => ({ field: `${i.row}:${i.column}`, key: i.key as MessageKey, params: { ...i.params, row: i.row, column: i.column, value: i.value } })));
      }
      if (people.length === 0) throw new AppError('validation', 'err.importEmpty');
      return importPeople(ws, people);
    },
    'people.template': async () => {
      const table = { name: 'Nhân sự', columns: PERSON_HEADERS.map(([f, header]) => ({ header, width: f === 'fullName' ? 30 : 18, ...(f === 'birthDate' || f === 'insuranceFrom' ? { numFmt: '@' } : {}) })), rows: [] };
      return { fileName: 'mau-danh-sach-nhan-su.xlsx', data: Buffer.from(await tablesToXlsx([table, peopleGuideTable(BASE_SALARY_PERIODS)])).toString('base64') };
    },
    'people.remove': () => ({ removed: removeAllPeople(current().db) }),
  };
}
