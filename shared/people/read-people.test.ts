import { describe, expect, it } from 'vitest';
import { PERSON_HEADERS, parseDay, parseMonth, readPeople } from './read-people.ts';
import type { Cell } from '../import/table.ts';

const HEADER = PERSON_HEADERS.map(([, h]) => h);
const today = { year: 2026, month: 11, day: 28 };
const known = (code: string) => (['HG.SYT', 'HG.SNV'].includes(code) ? null : ('err.unitNotFound' as const));
// fullName, employeeId, unitCode, sex, birthDate, category, salary, coefficient, leadership, other, publicDuty, insuranceFrom
const row = (...cells: Cell[]) => cells;

describe('reading a personnel list', () => {
  it('reads good rows: dates as text or Excel serials, salary in đồng or as coefficients, optional columns', () => {
    const rows: Cell[][] = [
      ['DANH SÁCH NHÂN SỰ NĂM 2026'],
      HEADER,
      row(
        'Nguyễn Văn An',
        'NS001',
        'HG.SYT',
        'Nam',
        '15/01/1966',
        'Công chức',
        null,
        '4,65',
        '0,6',
        null,
        '25',
        '03/1990',
      ),
      row('Trần Thị Bình', null, 'HG.SNV', 'nữ', 25569, 'viên chức', '12.345.678', null, null, null, null, null),
      row('Lê Văn Cường', 'NS003', 'HG.SNV', 'NAM', '5/6/1980', null, null, 2.34, null, '0,2', '25%', '15/08/2005'),
      [],
      row(
        'Phạm Thị Dung',
        null,
        'HG.SYT',
        'Nữ',
        '01.02.1975',
        'Hợp đồng lao động',
        9000000,
        null,
        null,
        null,
        null,
        null,
      ),
    ];
    const { people, rows: at, issues } = readPeople(rows, known, today);
    expect(issues).toEqual([]);
    expect(at).toEqual([3, 4, 5, 7]);
    expect(people[0]).toEqual({
      fullName: 'Nguyễn Văn An',
      employeeId: 'NS001',
      unitCode: 'HG.SYT',
      sex: 'male',
      birth: { year: 1966, month: 1, day: 15 },
      category: 'civil_servant',
      salary: { kind: 'coefficients', coefficient: 4650, leadership: 600, otherAllowances: 0, publicDuty: 2500 },
      insuranceFrom: { year: 1990, month: 3 },
    });
    expect(people[1]).toMatchObject({
      sex: 'female',
      birth: { year: 1970, month: 1, day: 1 },
      category: 'public_employee',
      salary: { kind: 'amount', amount: 12_345_678 },
      insuranceFrom: null,
      employeeId: null,
    });
    expect(people[2]).toMatchObject({
      birth: { year: 1980, month: 6, day: 5 },
      category: null,
      salary: { coefficient: 2340, leadership: 0, otherAllowances: 200, publicDuty: 2500 },
      insuranceFrom: { year: 2005, month: 8 },
    });
    expect(people[3]).toMatchObject({
      category: 'contract',
      salary: { kind: 'amount', amount: 9_000_000 },
      birth: { year: 1975, month: 2, day: 1 },
    });
  });

  it('reads the lower-retirement-age column (Decree 135/2020 Appendix II): Có/x yes, Không or blank no, anything else named', () => {
    const rows: Cell[][] = [
      HEADER,
      row('Có', null, 'HG.SYT', 'Nam', '15/01/1966', null, '10.000.000', null, null, null, null, null, 'Có'),
      row('X', null, 'HG.SYT', 'Nam', '15/01/1966', null, '10.000.000', null, null, null, null, null, 'x'),
      row('Không', null, 'HG.SYT', 'Nam', '15/01/1966', null, '10.000.000', null, null, null, null, null, 'không'),
      row('Trống', null, 'HG.SYT', 'Nam', '15/01/1966', null, '10.000.000'),
      row('Lạ', null, 'HG.SYT', 'Nam', '15/01/1966', null, '10.000.000', null, null, null, null, null, 'nặng'),
    ];
    const { people, issues } = readPeople(rows, known, today);
    expect(people.map((p) => [p.fullName, p.lowerRetirementAge ?? false])).toEqual([
      ['Có', true],
      ['X', true],
      ['Không', false],
      ['Trống', false],
    ]);
    expect(issues).toEqual([
      { row: 6, column: 'Tuổi nghỉ hưu thấp hơn (Phụ lục II NĐ 135/2020)', value: 'nặng', key: 'err.personLowerAge' },
    ]);
  });

  it('reports every bad cell with its row, column, value and reason, and keeps no bad row', () => {
    const rows: Cell[][] = [
      HEADER,
      row('', 'X1', 'HG.SYT', 'Nam', '15/01/1966', null, '10.000.000'),
      row('Không Đơn Vị', null, 'HG.KHONGCO', 'Nam', '15/01/1966', null, '10.000.000'),
      row('Giới Tính Lạ', null, 'HG.SYT', 'Khác', '15/01/1966', null, '10.000.000'),
      row('Ngày Sai', null, 'HG.SYT', 'Nữ', '31/02/1970', null, '10.000.000'),
      row('Chưa Sinh', null, 'HG.SYT', 'Nữ', '29/11/2026', null, '10.000.000'),
      row('Chỉ Năm Sinh', null, 'HG.SYT', 'Nữ', 1970, null, '10.000.000'),
      row('Lương Sai', null, 'HG.SYT', 'Nam', '01/01/1970', null, 'mười triệu'),
      row('Lương Lẻ', null, 'HG.SYT', 'Nam', '01/01/1970', null, '1.5'),
      row('Không Lương', null, 'HG.SYT', 'Nam', '01/01/1970'),
      row('Cả Hai', null, 'HG.SYT', 'Nam', '01/01/1970', null, '10.000.000', '2,34'),
      row('Hệ Số Sai', null, 'HG.SYT', 'Nam', '01/01/1970', null, null, '2,3456', 'abc', null, 0.25),
      row('Phụ Cấp Thừa', null, 'HG.SYT', 'Nam', '01/01/1970', null, '10.000.000', null, '0,5'),
      row('Loại Lạ', 'X1', 'HG.SYT', 'Nam', '01/01/1970', 'Biệt phái', '10.000.000', null, null, null, null, '13/2000'),
      row(
        'BHXH Trước Sinh',
        null,
        'HG.SYT',
        'Nam',
        '01/01/1970',
        null,
        '10.000.000',
        null,
        null,
        null,
        null,
        '12/1969',
      ),
    ];
    const { people, issues } = readPeople(rows, known, today);
    expect(people).toEqual([]);
    expect(issues.map((i) => [i.row, i.column, i.value, i.key])).toEqual([
      [2, 'Họ và tên', '', 'err.personName'],
      [3, 'Mã đơn vị', 'HG.KHONGCO', 'err.unitNotFound'],
      [4, 'Giới tính', 'Khác', 'err.personSex'],
      [5, 'Ngày sinh', '31/02/1970', 'err.personDate'],
      [6, 'Ngày sinh', '29/11/2026', 'err.personBirthFuture'],
      [7, 'Ngày sinh', '1970', 'err.personDate'],
      [8, 'Lương tháng hiện hưởng (đồng)', 'mười triệu', 'err.personSalary'],
      [9, 'Lương tháng hiện hưởng (đồng)', '1.5', 'err.personSalary'],
      [10, 'Lương tháng hiện hưởng (đồng)', '', 'err.personSalaryRequired'],
      [11, 'Lương tháng hiện hưởng (đồng)', '10.000.000', 'err.personSalaryBoth'],
      [12, 'Hệ số lương', '2,3456', 'err.personCoefficient'],
      [12, 'Hệ số phụ cấp chức vụ', 'abc', 'err.personCoefficient'],
      [12, 'Phụ cấp công vụ (%)', '0.25', 'err.personPercent'],
      [13, 'Hệ số phụ cấp chức vụ', '0,5', 'err.personAllowanceWithoutCoefficient'],
      [14, 'Mã nhân sự', 'X1', 'err.personDuplicateId'],
      [14, 'Đối tượng', 'Biệt phái', 'err.personCategory'],
      [14, 'Tháng bắt đầu đóng BHXH bắt buộc', '13/2000', 'err.personInsurance'],
      [15, 'Tháng bắt đầu đóng BHXH bắt buộc', '12/1969', 'err.personInsuranceOrder'],
    ]);
    expect(issues.find((i) => i.key === 'err.personDuplicateId')!.params).toEqual({ id: 'X1', first: 2 });
    expect(issues.find((i) => i.key === 'err.unitNotFound')!.params).toEqual({ code: 'HG.KHONGCO' });
  });

  it('finds the header under a title, by other usual names, in any column order; without one it says so', () => {
    const rows: Cell[][] = [
      ['Sở Nội vụ'],
      [],
      ['Ngày tháng năm sinh', 'Họ tên', 'Giới tính', 'Mã đơn vị', 'Lương tháng'],
      ['20/10/1964', 'Võ Thị Em', 'Nữ', 'HG.SYT', '8.000.000'],
    ];
    expect(readPeople(rows, known, today).people.map((p) => [p.fullName, p.birth.year, p.sex])).toEqual([
      ['Võ Thị Em', 1964, 'female'],
    ]);
    expect(readPeople([['Tên', 'Tuổi']], known, today).issues).toEqual([
      { row: 1, column: 'Họ và tên', value: '', key: 'err.peopleHeader' },
    ]);
  });

  it('reads days and months in the usual ways and refuses the rest', () => {
    expect(parseDay('29/02/2024')).toEqual({ year: 2024, month: 2, day: 29 });
    expect([
      parseDay('29/02/2023'),
      parseDay('1966-01-15'),
      parseDay('15/13/1966'),
      parseDay(1966),
      parseDay(''),
    ]).toEqual([null, null, null, null, null]);
    expect(parseDay(24_122)).toEqual({ year: 1966, month: 1, day: 15 }); // Excel serial
    expect(parseMonth('3/2003')).toEqual({ year: 2003, month: 3 });
    expect(parseMonth('15/03/2003')).toEqual({ year: 2003, month: 3 });
    expect(parseMonth('00/2003')).toBeNull();
  });

  it('reads each numeric column in the convention its own values show, and asks for one that reads two ways', () => {
    const person = (coefficient: Cell, salary: Cell = null) =>
      row('Nguyễn Văn An', null, 'HG.SYT', 'Nam', '15/01/1966', null, salary, coefficient, null, null, null, null);
    const read = (rows: Cell[][], decimal?: ',' | '.') => readPeople([HEADER, ...rows], known, today, decimal);
    const coefficients = (r: ReturnType<typeof read>) =>
      r.people.map((p) => (p.salary.kind === 'coefficients' ? p.salary.coefficient : null));
    // "2.34" (dot) and "2,34" (comma) each read one way; "2.340" is 2,34 since no coefficient reaches 2340.
    expect(coefficients(read([person('2.34'), person('4.650')]))).toEqual([2340, 4650]);
    expect(coefficients(read([person('2,34'), person('4,65')]))).toEqual([2340, 4650]);
    // One column, two conventions: refused on the row that disagrees.
    expect(read([person('2.34'), person('4,65')]).issues.map((i) => [i.row, i.column, i.value, i.key])).toEqual([
      [3, 'Hệ số lương', '4,65', 'err.decimalMixed'],
    ]);
    // Salaries of "15.000" and "20.000" đồng or thousands of đồng? Asked, naming the column, unless the answer is given.
    const salaries = [person(null, '15.000'), person(null, '20.000')];
    expect(read(salaries).issues.map((i) => [i.row, i.column, i.value, i.key])).toEqual([
      [2, 'Lương tháng hiện hưởng (đồng)', '15.000', 'err.decimalAmbiguous'],
    ]);
    expect(read(salaries, ',').people.map((p) => p.salary)).toEqual([
      { kind: 'amount', amount: 15000 },
      { kind: 'amount', amount: 20000 },
    ]);
  });
});
