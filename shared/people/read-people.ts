/**
 * A personnel list (danh sách nhân sự) from a sheet: one row per person. Every bad cell is
 * reported with its row, column, value and reason; a file with any is refused whole.
 */
import { columnMark, readCell, scaled, type DecimalMark, type NumberKind } from '../import/numbers.ts';
import { cellText, isBlankRow, type Cell } from '../import/table.ts';
import { hasControlChars, printable } from '../model/text.ts';
import type { RowIssue } from '../import/read-units.ts';
import { exactKey, matchKey } from '../text.ts';
import { COEFFICIENT_SCALE, PERCENT_SCALE, type SalaryBasis } from './base-salary.ts';
import type { Sex, YearMonth } from './retirement.ts';

export const PERSON_CATEGORIES = ['civil_servant', 'public_employee', 'contract'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** A calendar day. */
export interface Day extends YearMonth {
  day: number;
}

/** One person as imported and stored. */
export interface PersonRecord {
  fullName: string;
  employeeId: string | null;
  unitCode: string;
  sex: Sex;
  birth: Day;
  category: PersonCategory | null;
  salary: SalaryBasis;
  /** First month of compulsory social insurance. */
  insuranceFrom: YearMonth | null;
  /**
   * Retires on the lower ages of Decree 135/2020 Appendix II (heavy, hazardous or dangerous work,
   * or an especially difficult area: Labour Code Art. 169.3); absent: Appendix I (normal conditions).
   */
  lowerRetirementAge?: boolean;
  /** The job position held (the name as in the unit's list of positions); absent: not yet placed. */
  jobPosition?: string;
}

/** The template's columns, in order; `required` columns must be in the header. */
export const PERSON_HEADERS = [
  ['fullName', 'Họ và tên'],
  ['employeeId', 'Mã nhân sự'],
  ['unitCode', 'Mã đơn vị'],
  ['sex', 'Giới tính'],
  ['birthDate', 'Ngày sinh'],
  ['category', 'Đối tượng'],
  ['salary', 'Lương tháng hiện hưởng (đồng)'],
  ['coefficient', 'Hệ số lương'],
  ['leadership', 'Hệ số phụ cấp chức vụ'],
  ['otherAllowances', 'Hệ số phụ cấp khác'],
  ['publicDuty', 'Phụ cấp công vụ (%)'],
  ['insuranceFrom', 'Tháng bắt đầu đóng BHXH bắt buộc'],
  ['lowerRetirementAge', 'Tuổi nghỉ hưu thấp hơn (Phụ lục II NĐ 135/2020)'],
  ['jobPosition', 'Vị trí việc làm'],
] as const;
export type PersonField = (typeof PERSON_HEADERS)[number][0];
const REQUIRED: readonly PersonField[] = ['fullName', 'unitCode', 'sex', 'birthDate'];

/** Other headers offices use for the same columns. */
const SYNONYMS: Array<[string, PersonField]> = [
  ['Họ tên', 'fullName'],
  ['Mã số nhân sự', 'employeeId'],
  ['Mã cán bộ', 'employeeId'],
  ['Ngày tháng năm sinh', 'birthDate'],
  ['Ngày, tháng, năm sinh', 'birthDate'],
  ['Loại', 'category'],
  ['Lương tháng', 'salary'],
  ['Hệ số lương ngạch bậc', 'coefficient'],
  ['Phụ cấp chức vụ', 'leadership'],
  ['Phụ cấp công vụ', 'publicDuty'],
  ['Tháng bắt đầu đóng BHXH', 'insuranceFrom'],
  ['Tuổi nghỉ hưu thấp hơn', 'lowerRetirementAge'],
  ['Phụ lục II', 'lowerRetirementAge'],
  ['Nghỉ hưu theo Phụ lục II', 'lowerRetirementAge'],
];
/** Yes/no words of the lower-age column (blank: no). */
const YES_NO = new Map<string, boolean>([
  ['co', true],
  ['x', true],
  ['phu luc ii', true],
  ['khong', false],
  ['phu luc i', false],
]);
const HEADER_KEYS = new Map<string, PersonField>([
  ...PERSON_HEADERS.map(([f, h]) => [matchKey(h), f] as [string, PersonField]),
  ...SYNONYMS.map(([h, f]) => [matchKey(h), f] as [string, PersonField]),
]);
const LABEL = new Map<PersonField, string>(PERSON_HEADERS);

const CATEGORY_WORDS = new Map<string, PersonCategory>([
  ['cong chuc', 'civil_servant'],
  ['vien chuc', 'public_employee'],
  ['hop dong', 'contract'],
  ['hop dong lao dong', 'contract'],
  ['lao dong hop dong', 'contract'],
]);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** A bare number in this range in a date column is an Excel date serial (1927–2119). */
const SERIAL_RANGE = [10_000, 80_000] as const;

function validDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? { year, month, day } : null;
}

/** "15/01/1966" (also 15-01-1966, 15.01.1966, 5/1/1966), an Excel date, or null. */
export function parseDay(cell: Cell | undefined): Day | null {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < SERIAL_RANGE[0] || cell > SERIAL_RANGE[1]) return null;
    const d = new Date(EXCEL_EPOCH + cell * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const text = cellText(cell);
  if (/^\d+$/.test(text)) return parseDay(Number(text));
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return m ? validDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** "03/2003" or a full date (its month), or null. */
export function parseMonth(cell: Cell | undefined): YearMonth | null {
  const m = /^(\d{1,2})[/.-](\d{4})$/.exec(cellText(cell));
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { year: Number(m[2]), month } : null;
  }
  const d = parseDay(cell);
  return d && { year: d.year, month: d.month };
}

const dayIndex = (d: Day) => (d.year * 12 + d.month) * 32 + d.day;

/** The numeric columns and what they hold: whole đồng, coefficients (3 decimals, at most 20), a percentage. */
const NUMBER_KINDS: Partial<Record<PersonField, NumberKind>> = {
  salary: { decimals: 0 },
  coefficient: { decimals: Math.log10(COEFFICIENT_SCALE), max: 20 },
  leadership: { decimals: Math.log10(COEFFICIENT_SCALE), max: 20 },
  otherAllowances: { decimals: Math.log10(COEFFICIENT_SCALE), max: 20 },
  publicDuty: { decimals: Math.log10(PERCENT_SCALE), max: 100 },
};
const withoutPercent = (cell: Cell | undefined): Cell | undefined =>
  typeof cell === 'string' ? cell.replace(/%\s*$/, '') : cell;

/** A non-negative decimal as a scaled integer (at most as many decimals as the scale allows), under the column's mark, or null. */
function parseScaled(cell: Cell | undefined, scale: number, mark: DecimalMark | null): number | null {
  const e = readCell(cell, mark, { decimals: Math.log10(scale) });
  const v = e ? scaled(e, Math.log10(scale)) : null;
  return v === null || v < 0n ? null : Number(v);
}

export interface ReadPeopleResult {
  people: PersonRecord[];
  /** Spreadsheet row of each person, in the same order. */
  rows: number[];
  issues: RowIssue[];
}

/**
 * Reads every row under the header (the first row naming the name, unit code, sex and date of
 * birth columns). `knownUnit` says whether a unit code is in the workspace (the key of the
 * message if not); `today` bounds dates of birth and insurance. Every check runs on every row.
 */
export function readPeople(
  rows: readonly (readonly Cell[])[],
  knownUnit: (code: string) => RowIssue['key'] | null,
  today: Day,
  decimal?: DecimalMark,
  /** The names of a unit's job positions, for the `Vị trí việc làm` column. */
  positionsOf: (unitCode: string) => readonly string[] = () => [],
): ReadPeopleResult {
  const fieldsOf = (row: readonly Cell[]) => row.map((c) => HEADER_KEYS.get(matchKey(cellText(c))));
  const headerIndex = rows.findIndex((r) => {
    const fields = fieldsOf(r);
    return REQUIRED.every((f) => fields.includes(f));
  });
  if (headerIndex < 0)
    return {
      people: [],
      rows: [],
      issues: [{ row: 1, column: LABEL.get('fullName')!, value: '', key: 'err.peopleHeader' }],
    };
  const header = rows[headerIndex]!;
  const col = new Map<PersonField, number>();
  fieldsOf(header).forEach((f, i) => {
    if (f && !col.has(f)) col.set(f, i);
  });
  const columnName = (f: PersonField) => (col.has(f) ? cellText(header[col.get(f)!]) : LABEL.get(f)!);

  const result: ReadPeopleResult = { people: [], rows: [], issues: [] };
  // Each numeric column's decimal mark, from its own values ("2,34" / "2.34"); one that reads two
  // ways takes `decimal` (the answer given), else it is reported once and its values are not read.
  const marks = new Map<PersonField, DecimalMark | null>();
  for (const [field, kind] of Object.entries(NUMBER_KINDS) as Array<[PersonField, NumberKind]>) {
    if (!col.has(field)) continue;
    const cells = rows
      .slice(headerIndex + 1)
      .map((r, i) => ({ row: headerIndex + i + 2, cell: withoutPercent(r[col.get(field)!]) }));
    const m = columnMark(
      cells.filter((c) => !isBlankRow(rows[c.row - 1])),
      kind,
      decimal,
    );
    if ('mark' in m) marks.set(field, m.mark);
    else
      result.issues.push({
        row: m.problem.row,
        column: columnName(field),
        value: m.problem.value,
        key: m.problem.key,
        params: { ...m.problem.params, column: columnName(field) },
      });
  }
  const undecided = result.issues.length > 0;
  const firstRowOfId = new Map<string, number>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlankRow(row)) continue;
    const rowNumber = r + 1;
    const before = result.issues.length;
    const get = (f: PersonField) => (col.has(f) ? row[col.get(f)!] : undefined);
    const text = (f: PersonField) => cellText(get(f));
    const bad = (f: PersonField, key: RowIssue['key'], params?: RowIssue['params']) =>
      result.issues.push({ row: rowNumber, column: columnName(f), value: text(f), key, ...(params ? { params } : {}) });

    const fullName = text('fullName');
    if (!fullName) bad('fullName', 'err.personName');
    else if (fullName.length > 200) bad('fullName', 'err.personNameLong');
    for (const f of ['fullName', 'employeeId'] as const) {
      if (hasControlChars(text(f)))
        result.issues.push({
          row: rowNumber,
          column: columnName(f),
          value: printable(text(f), true),
          key: 'err.controlChars',
        });
    }

    const employeeId = text('employeeId') || null;
    if (employeeId) {
      const first = firstRowOfId.get(employeeId);
      if (first !== undefined) bad('employeeId', 'err.personDuplicateId', { id: employeeId, first });
      else firstRowOfId.set(employeeId, rowNumber);
    }

    const unitCode = text('unitCode');
    if (!unitCode) bad('unitCode', 'err.codeRequired');
    else {
      const unknown = knownUnit(unitCode);
      if (unknown) bad('unitCode', unknown, { code: unitCode });
    }

    const sexKey = matchKey(text('sex'));
    const sex: Sex | null = sexKey === 'nam' ? 'male' : sexKey === 'nu' ? 'female' : null;
    if (!sex) bad('sex', 'err.personSex');

    const birth = parseDay(get('birthDate'));
    if (!birth) bad('birthDate', 'err.personDate');
    else if (dayIndex(birth) > dayIndex(today)) bad('birthDate', 'err.personBirthFuture');
    else if (birth.year < 1900) bad('birthDate', 'err.personBirthOld');

    const categoryText = text('category');
    const category = categoryText ? (CATEGORY_WORDS.get(matchKey(categoryText)) ?? null) : null;
    if (categoryText && !category) bad('category', 'err.personCategory');

    const salary = readSalary(text, get, bad, marks);

    let insuranceFrom: YearMonth | null = null;
    if (text('insuranceFrom')) {
      insuranceFrom = parseMonth(get('insuranceFrom'));
      if (!insuranceFrom) bad('insuranceFrom', 'err.personInsurance');
      else {
        const at = insuranceFrom.year * 12 + insuranceFrom.month;
        if (at > today.year * 12 + today.month || (birth && at < birth.year * 12 + birth.month))
          bad('insuranceFrom', 'err.personInsuranceOrder');
      }
    }

    const lowerText = text('lowerRetirementAge');
    const lowerRetirementAge = lowerText ? YES_NO.get(matchKey(lowerText)) : false;
    if (lowerRetirementAge === undefined) bad('lowerRetirementAge', 'err.personLowerAge');

    const positionText = text('jobPosition');
    const jobPosition = positionText ? matchPosition(positionText, positionsOf(unitCode)) : undefined;
    if (positionText && !jobPosition) bad('jobPosition', 'err.personPosition', { code: unitCode });

    if (result.issues.length > before || undecided || !sex || !birth || !salary) continue;
    result.people.push({
      fullName,
      employeeId,
      unitCode,
      sex,
      birth,
      category,
      salary,
      insuranceFrom,
      ...(lowerRetirementAge ? { lowerRetirementAge: true } : {}),
      ...(jobPosition ? { jobPosition } : {}),
    });
    result.rows.push(rowNumber);
  }
  return result;
}

/**
 * The unit's position a cell names: the same name (case and spacing aside), else the one name that
 * matches without accents; none, or two that match without accents: undefined (refused, never guessed).
 */
export function matchPosition(text: string, names: readonly string[]): string | undefined {
  const exact = names.find((n) => exactKey(n) === exactKey(text));
  if (exact !== undefined) return exact;
  const folded = [...new Set(names.filter((n) => matchKey(n) === matchKey(text)))];
  return folded.length === 1 ? folded[0] : undefined;
}

/** The salary of a row: an amount in đồng, or coefficients with the public-duty allowance. */
function readSalary(
  text: (f: PersonField) => string,
  get: (f: PersonField) => Cell | undefined,
  bad: (f: PersonField, key: RowIssue['key']) => void,
  marks: ReadonlyMap<PersonField, DecimalMark | null>,
): SalaryBasis | null {
  // A column whose mark is not known was reported once: its values are not read (nor reported again).
  const unread = (f: PersonField) => !!NUMBER_KINDS[f] && text(f) !== '' && !marks.has(f);
  if ((Object.keys(NUMBER_KINDS) as PersonField[]).some(unread)) return null;
  const allowanceFields = ['leadership', 'otherAllowances', 'publicDuty'] as const;
  if (text('salary') && text('coefficient')) {
    bad('salary', 'err.personSalaryBoth');
    return null;
  }
  if (text('salary')) {
    for (const f of allowanceFields) if (text(f)) bad(f, 'err.personAllowanceWithoutCoefficient');
    const amount = parseScaled(get('salary'), 1, marks.get('salary') ?? null);
    if (amount === null || amount <= 0 || amount > 1e12) {
      bad('salary', 'err.personSalary');
      return null;
    }
    return { kind: 'amount', amount };
  }
  if (!text('coefficient')) {
    bad('salary', 'err.personSalaryRequired');
    return null;
  }
  let ok = true;
  const coefficient = (f: 'coefficient' | 'leadership' | 'otherAllowances') => {
    if (!text(f)) return 0;
    const v = parseScaled(get(f), COEFFICIENT_SCALE, marks.get(f) ?? null);
    if (v === null || v > 20 * COEFFICIENT_SCALE || (f === 'coefficient' && v === 0)) {
      bad(f, 'err.personCoefficient');
      ok = false;
      return 0;
    }
    return v;
  };
  const basis = {
    kind: 'coefficients' as const,
    coefficient: coefficient('coefficient'),
    leadership: coefficient('leadership'),
    otherAllowances: coefficient('otherAllowances'),
    publicDuty: 0,
  };
  if (text('publicDuty')) {
    const cell = get('publicDuty');
    // A cell formatted as a percentage holds 0,25 for 25%: refused rather than guessed.
    const v =
      typeof cell === 'number'
        ? cell > 0 && cell < 1
          ? null
          : parseScaled(cell, PERCENT_SCALE, null)
        : parseScaled(text('publicDuty').replace(/%$/, '').trim(), PERCENT_SCALE, marks.get('publicDuty') ?? null);
    if (v === null || v > 100 * PERCENT_SCALE) {
      bad('publicDuty', 'err.personPercent');
      ok = false;
    } else basis.publicDuty = v;
  }
  return ok ? basis : null;
}

/** The category as the template writes it. */
export const CATEGORY_LABELS: Record<PersonCategory, string> = {
  civil_servant: 'Công chức',
  public_employee: 'Viên chức',
  contract: 'Hợp đồng',
};
