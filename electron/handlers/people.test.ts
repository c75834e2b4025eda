import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { openWorkspace } from '../../db/workspace.ts';
import { countPeople, listPeople, mapPeople } from '../../db/people-repo.ts';
import type { PersonRow, RetirementsView } from '../../shared/people/person-rows.ts';

const UNITS = [
  unit('T', null, { kind: 'people_committee' }),
  unit('SYT', 'T', { kind: 'department', name: 'Sở Y tế' }),
  unit('BV', 'SYT', { kind: 'psu', name: 'Bệnh viện' }),
  unit('SNV', 'T', { kind: 'department', name: 'Sở Nội vụ' }),
];
const setup = () => handlerHarness(UNITS, 2025);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const HEADER =
  'Họ và tên;Mã nhân sự;Mã đơn vị;Giới tính;Ngày sinh;Đối tượng;Lương tháng hiện hưởng (đồng);Hệ số lương;Hệ số phụ cấp chức vụ;Hệ số phụ cấp khác;Phụ cấp công vụ (%);Tháng bắt đầu đóng BHXH bắt buộc';
const GOOD = [
  'Nguyễn Văn Thường;NS01;SYT;Nam;15/01/1966;Công chức;;4,65;0,6;;25;03/2003', // 10/2027
  'Trần Thị Bích Ngọc;NS02;BV;Nữ;20/09/1966;Viên chức;12.000.000;;;;;', // 05/2022: over the age from 2025
  'Lê Hoàng Phúc;NS03;BV;Nam;05/06/1965;Hợp đồng;9.500.000;;;;;', // 12/2026
  'Phạm Thị Hoa;;SNV;Nữ;01/01/1970;;;3,33;;0,2;25;', // 05/2027
];
const csv = (...lines: string[]) => b64(`\ufeff${HEADER}\n${lines.join('\n')}\n`);
/** The workspace file and its log, as bytes on disk. */
const fileBytes = (file: string) =>
  Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));

describe('the personnel list through the handler table', () => {
  it('mapPeople reads people one by one in list order, as listPeople does', async () => {
    const { ws, call } = setup();
    await call('people.import', { fileName: 'ds.csv', data: csv(...GOOD) });
    const all = listPeople(ws.db);
    expect(all.map((p) => p.fullName)).toEqual([
      'Nguyễn Văn Thường',
      'Trần Thị Bích Ngọc',
      'Lê Hoàng Phúc',
      'Phạm Thị Hoa',
    ]);
    expect(mapPeople(ws.db, (p) => p)).toEqual(all);
    expect(mapPeople(ws.db, (p) => p.unit?.code ?? p.unitCode)).toEqual(['SYT', 'BV', 'BV', 'SNV']);
    const listed = await call<{ people: PersonRow[] }>('people.list', {});
    expect(listed.people.map((r) => r.fullName)).toEqual(all.map((p) => p.fullName));
  });

  it('refuses a file with bad rows whole, naming each row, column, value and reason, and stores nothing', async () => {
    const { ws, call } = setup();
    const bad = csv(
      GOOD[0]!,
      'Người Lạ;;KHONGCO;Nam;01/01/1970;;10.000.000;;;;;',
      'Chưa Sinh;;SYT;Nữ;01/01/2999;;10.000.000;;;;;',
      'Sai Lương;;SYT;Nam;01/01/1970;;mười triệu;;;;;',
      'Sai Giới;;SYT;Ông;01/01/1970;;10.000.000;;;;;',
      'Sai Ngày;;SYT;Nam;32/01/1970;;10.000.000;;;;;',
    );
    const err = await call('people.import', { fileName: 'ds.csv', data: bad }).catch(
      (e: { error: unknown }) => e.error,
    );
    expect(err).toMatchObject({ key: 'err.importInvalid', params: { count: 5 } });
    expect(
      (err as { issues: Array<{ key: string; params: Record<string, unknown> }> }).issues.map((i) => [
        i.params.row,
        i.params.column,
        i.params.value,
        i.key,
      ]),
    ).toEqual([
      [3, 'Mã đơn vị', 'KHONGCO', 'err.unitNotFound'],
      [4, 'Ngày sinh', '01/01/2999', 'err.personBirthFuture'],
      [5, 'Lương tháng hiện hưởng (đồng)', 'mười triệu', 'err.personSalary'],
      [6, 'Giới tính', 'Ông', 'err.personSex'],
      [7, 'Ngày sinh', '32/01/1970', 'err.personDate'],
    ]);
    expect(countPeople(ws.db)).toBe(0);
    expect(fs.readdirSync(ws.file.replace(/[^/]+$/, '')).filter((f) => f.includes('backup'))).toEqual([]);
    ws.close();
  });

  it('imports after a backup, computes salary and retirement month, counts retirements per unit and year, and replaces on re-import', async () => {
    const { ws, call } = setup();
    const done = await call<{ imported: number; previous: number; backupFile: string }>('people.import', {
      fileName: 'ds.csv',
      data: csv(...GOOD),
    });
    expect(done).toMatchObject({ imported: 4, previous: 0 });
    expect(done.backupFile).toMatch(/truoc-nhap-nhan-su\.tinhgon$/);
    expect(fs.existsSync(done.backupFile)).toBe(true);

    const list = await call<{ people: PersonRow[]; month: string; baseSalary: { amount: number; citation: string } }>(
      'people.list',
      { month: '06/2026' },
    );
    expect(list.month).toBe('06/2026');
    expect(list.baseSalary).toMatchObject({
      amount: 2_340_000,
      citation: 'Nghị định 73/2024/NĐ-CP (đến hết 30/06/2026)',
    });
    const first = list.people[0]!;
    expect(first).toMatchObject({
      fullName: 'Nguyễn Văn Thường',
      unitCode: 'SYT',
      unitName: 'Sở Y tế',
      birthDate: '15/01/1966',
      salary: 15_356_250,
      coefficients: { sum: '4,65 + 0,6', percent: '25', other: null },
      insuranceFrom: '03/2003',
      retirement: { reaches: '10/2027', pensionFrom: '11/2027', ageMonths: 61 * 12 + 9, year: 2027 },
    });
    // 3,33 × 2.340.000 × 1,25 + 0,2 × 2.340.000 = 10.208.250 (other allowances are not raised by the public-duty %)
    expect(list.people.map((p) => [p.fullName, p.salary, p.retirement.reaches])).toEqual([
      ['Nguyễn Văn Thường', 15_356_250, '10/2027'],
      ['Trần Thị Bích Ngọc', 12_000_000, '05/2022'],
      ['Lê Hoàng Phúc', 9_500_000, '12/2026'],
      ['Phạm Thị Hoa', 10_208_250, '05/2027'],
    ]);
    // Another month: the base salary of Decree 161/2026 from 07/2026 (3,33 × 2.530.000 × 1,25 + 0,2 × 2.530.000 = 11.037.125).
    const august = await call<{
      people: PersonRow[];
      month: string;
      baseSalary: { amount: number; from: string; confidence: string };
    }>('people.list', { month: '8/2026' });
    expect([august.month, august.baseSalary]).toEqual([
      '08/2026',
      expect.objectContaining({ amount: 2_530_000, from: '01/07/2026', confidence: 'C' }),
    ]);
    expect(august.people.map((p) => p.salary)).toEqual([16_603_125, 12_000_000, 9_500_000, 11_037_125]);
    await expect(call('people.list', { month: '13/2026' })).rejects.toMatchObject({
      error: { issues: [{ field: 'month', key: 'err.baseSalaryMonth' }] },
    });

    const r = await call<RetirementsView>('people.retirements', {});
    expect([r.fromYear, r.toYear, r.people]).toEqual([2025, 2030, 4]);
    const perYear = (row: RetirementsView['totals']) => row.years.map((y) => y.total);
    expect(r.units.map((u) => [u.unit, u.unitName, perYear(u), u.overdue.total])).toEqual([
      ['SYT', 'Sở Y tế', [0, 0, 1, 0, 0, 0], 0],
      ['BV', 'Bệnh viện', [0, 1, 0, 0, 0, 0], 1],
      ['SNV', 'Sở Nội vụ', [0, 0, 1, 0, 0, 0], 0],
    ]);
    expect(perYear(r.totals)).toEqual([0, 1, 2, 0, 0, 0]);
    expect(r.totals.years[2]!.byCategory).toMatchObject({ civil_servant: 1, unspecified: 1 });
    const wider = await call<RetirementsView>('people.retirements', { fromYear: 2021, toYear: 2035 });
    expect(wider.totals.years.find((y) => y.year === 2022)!.total).toBe(1);
    await expect(call('people.retirements', { fromYear: 2030, toYear: 2025 })).rejects.toMatchObject({
      error: { key: 'err.retirementRange' },
    });

    const again = await call<{ imported: number; previous: number }>('people.import', {
      fileName: 'ds.csv',
      data: csv(GOOD[1]!),
    });
    expect(again).toMatchObject({ imported: 1, previous: 4 });
    expect((await call<{ people: PersonRow[] }>('people.list', {})).people.map((p) => p.fullName)).toEqual([
      'Trần Thị Bích Ngọc',
    ]);
    // The replaced names are gone from the file itself, not only from the table.
    expect(fileBytes(ws.file).includes(Buffer.from('Nguyễn Văn Thường'))).toBe(false);
    ws.close();
  });

  it('imports the lower-retirement-age column and counts retirements on the Appendix II ages', async () => {
    const { ws, call } = setup();
    const header = `${HEADER};Tuổi nghỉ hưu thấp hơn (Phụ lục II NĐ 135/2020)`;
    const data = b64(
      `\ufeff${header}\n${GOOD[0]};Có\nLê Văn Bình;NS05;SYT;Nam;15/01/1966;Công chức;10.000.000;;;;;;\n`,
    );
    await call('people.import', { fileName: 'ds.csv', data });
    const list = await call<{ people: PersonRow[] }>('people.list', { month: '06/2026' });
    // Born 01/1966: Appendix II age 55 years 3 months (2021) → 04/2021; Appendix I → 10/2027.
    expect(list.people.map((p) => [p.fullName, p.lowerRetirementAge, p.retirement.reaches])).toEqual([
      ['Nguyễn Văn Thường', true, '04/2021'],
      ['Lê Văn Bình', false, '10/2027'],
    ]);
    const r = await call<RetirementsView>('people.retirements', { fromYear: 2025, toYear: 2030 });
    expect([r.totals.overdue.total, r.totals.years.find((y) => y.year === 2027)!.total]).toEqual([1, 1]);
    ws.close();
  });

  it('reads the downloaded template filled in (Excel dates too), and refuses it empty', async () => {
    const { ws, call } = setup();
    const tpl = await call<{ fileName: string; data: string }>('people.template', {});
    expect(tpl.fileName).toBe('mau-danh-sach-nhan-su.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(tpl.data, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Nhân sự', 'Hướng dẫn']);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the guide column holds plain strings; an object would print [object Object] and fail the match
    expect(wb.worksheets[1]!.getColumn(2).values.join('|')).toContain(
      '(4,65 + 0,6) × 2.340.000 × (1 + 25%) = 15.356.250 đồng',
    );
    await expect(call('people.import', { fileName: 'mau.xlsx', data: tpl.data })).rejects.toMatchObject({
      error: { key: 'err.importEmpty' },
    });
    wb.worksheets[0]!.addRow([
      'Đỗ Văn Mạnh',
      'X9',
      'SNV',
      'Nam',
      new Date(Date.UTC(1970, 4, 20)),
      'Công chức',
      null,
      4.65,
      0.6,
      null,
      25,
      '01/1995',
    ]);
    const filled = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await call('people.import', { fileName: 'ds.xlsx', data: filled })).toMatchObject({ imported: 1 });
    expect((await call<{ people: PersonRow[] }>('people.list', { month: '05/2026' })).people[0]).toMatchObject({
      birthDate: '20/05/1970',
      salary: 15_356_250,
      retirement: { reaches: '05/2032' },
    });
    ws.close();
  });

  it('removes the whole list in one action and leaves no trace of a name in the file bytes; an earlier backup still has it', async () => {
    const { ws, call } = setup();
    await call('people.import', { fileName: 'ds.csv', data: csv(...GOOD) });
    const { file: backup } = await call<{ file: string }>('workspace.backup', {
      file: ws.file.replace(/\.tinhgon$/, '-sao-luu.tinhgon'),
    });
    const name = Buffer.from('Trần Thị Bích Ngọc');
    expect(fileBytes(ws.file).includes(name)).toBe(true); // so the check below can fail
    expect(await call('people.remove', {})).toEqual({ removed: 4 });
    expect(fileBytes(ws.file).includes(name)).toBe(false);
    expect(fs.existsSync(`${ws.file}-wal`) ? fs.statSync(`${ws.file}-wal`).size : 0).toBe(0);
    expect((await call<{ people: PersonRow[] }>('people.list', {})).people).toEqual([]);
    expect((await call<RetirementsView>('people.retirements', {})).people).toBe(0);
    // The workspace still works, and the backup taken before holds the list.
    expect((await call<{ units: unknown[] }>('units.list', {})).units).toHaveLength(4);
    const copy = openWorkspace(backup);
    expect(countPeople(copy.db)).toBe(4);
    copy.close();
    ws.close();
  });

  it('backs up without the personnel list on request: the copy has every unit and no name in its bytes; the workspace keeps the list', async () => {
    const { ws, call } = setup();
    await call('people.import', { fileName: 'ds.csv', data: csv(...GOOD) });
    const { file } = await call<{ file: string }>('workspace.backup', {
      file: ws.file.replace(/\.tinhgon$/, '-khong-nhan-su.tinhgon'),
      withoutPeople: true,
    });
    expect(fileBytes(file).includes(Buffer.from('Nguyễn Văn Thường'))).toBe(false);
    const copy = openWorkspace(file);
    expect(countPeople(copy.db)).toBe(0);
    expect(copy.db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(4);
    copy.close();
    expect(countPeople(ws.db)).toBe(4);
    ws.close();
  });

  it('keeps people through a unit import and a deleted unit, attached again by code when the unit comes back', async () => {
    const { ws, call } = setup();
    await call('people.import', { fileName: 'ds.csv', data: csv(...GOOD) });
    await call('units.delete', { code: 'SNV', mode: 'subtree' });
    let people = (await call<{ people: PersonRow[] }>('people.list', {})).people;
    expect(people.find((p) => p.fullName === 'Phạm Thị Hoa')).toMatchObject({ unitCode: 'SNV', unitName: null });
    expect((await call<RetirementsView>('people.retirements', {})).units.map((u) => [u.unit, u.unitName])).toEqual([
      ['SYT', 'Sở Y tế'],
      ['BV', 'Bệnh viện'],
      ['SNV', null],
    ]);
    await call('history.undo', {});
    people = (await call<{ people: PersonRow[] }>('people.list', {})).people;
    expect(people.find((p) => p.fullName === 'Phạm Thị Hoa')).toMatchObject({ unitCode: 'SNV', unitName: 'Sở Nội vụ' });
    // A unit import that replaces the tree: people follow their unit's code.
    const tpl = await call<{ data: string }>('export.units', { format: 'csv' });
    const inspected = await call<{ mapping: unknown }>('import.inspect', { fileName: 'u.csv', data: tpl.data });
    await call('import.apply', { fileName: 'u.csv', data: tpl.data, mapping: inspected.mapping, mode: 'replace' });
    people = (await call<{ people: PersonRow[] }>('people.list', {})).people;
    expect(people.map((p) => p.unitName)).toEqual(['Sở Y tế', 'Bệnh viện', 'Bệnh viện', 'Sở Nội vụ']);
    ws.close();
  });
});
