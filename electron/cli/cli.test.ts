import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../shared/format.ts';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../../tests/temp.ts';

const BIN = path.resolve(import.meta.dirname, 'tinhgon.mjs');

// Today fixed (the rule set in force then judges the workspace): Decree 150/2025 as amended by Decree 370/2025.
const TODAY = '2026-12-07';

function tinhgon(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TINHGON_TODAY: TODAY },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tinhgon CLI', () => {
  it('init --sample creates the sample workspace, and units --json prints every unit with the model field names', () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    const init = tinhgon('init', file, '--sample');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Hậu Giang');
    const out = tinhgon('units', file, '--json');
    expect(out.code).toBe(0);
    const units = JSON.parse(out.stdout);
    expect(units).toEqual(generateSampleProvince());
    expect(Object.keys(units[0])).toEqual([
      'code',
      'name',
      'parentCode',
      'kind',
      'level',
      'sector',
      'civilServantQuota',
      'civilServantActual',
      'publicEmployeeQuota',
      'publicEmployeeActual',
      'selfFundedEmployees',
      'contractWorkers',
      'deputies',
      'heads',
    ]);
    expect(units[0].heads).toBe(1);
    // The table gives the heads after the counts: an empty cell for a unit whose heads are not entered.
    const table = tinhgon('units', file).stdout.split('\n');
    expect(table[0]).toMatch(/\tdeputies\theads\tname$/);
    expect(table[1]).toMatch(/\t1\t[^\t]+$/);
    expect(units[0].parentCode).toBeNull();
  });

  it('init without --sample makes an empty workspace with the given province and base year', () => {
    const file = path.join(tempDir(), 'ct.tinhgon');
    expect(tinhgon('init', file, '--province', 'Cần Thơ', '--base-year', '2026').code).toBe(0);
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual([]);
  });

  it('defaults the base year to the current year and the province name to "Tỉnh mới"', () => {
    const file = path.join(tempDir(), 'ct.tinhgon');
    const r = tinhgon('init', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Tỉnh mới, năm gốc ${TODAY.slice(0, 4)}`); // the year of TINHGON_TODAY, whatever day the test runs
  });

  it('refuses to overwrite an existing file, with a message and a non-zero exit', () => {
    const file = path.join(tempDir(), 'x.tinhgon');
    fs.writeFileSync(file, 'keep me');
    const r = tinhgon('init', file, '--sample');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('đã tồn tại');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('reports user mistakes on stderr without a stack trace', () => {
    const dir = tempDir();
    const cases = [
      tinhgon('units', path.join(dir, 'missing.tinhgon')),
      tinhgon('init', path.join(dir, 'y.tinhgon'), '--base-year', 'abc', '--province', 'X'),
      tinhgon('init', path.join(dir, 'z.tinhgon'), '--province', '  '),
      tinhgon('units', dir),
      tinhgon('frobnicate'),
      tinhgon('units'),
      tinhgon('units', path.join(dir, 'a'), '--colour'),
    ];
    for (const r of cases) {
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/^Lỗi: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
    expect(cases[0]!.stderr).toContain('Không tìm thấy tệp');
    expect(cases[1]!.stderr).toContain('Năm gốc');
    expect(cases[2]!.stderr).toContain('Tên tỉnh');
    expect(cases[3]!.stderr).toContain('là một thư mục, không phải tệp');
  });

  it('export then import round-trips the sample province, and a non-empty workspace needs --replace or --update', () => {
    const dir = tempDir();
    const source = path.join(dir, 'hg.tinhgon');
    tinhgon('init', source, '--sample');
    for (const ext of ['xlsx', 'csv']) {
      const out = path.join(dir, `don-vi.${ext}`);
      expect(tinhgon('export', source, out)).toMatchObject({ code: 0 });
      expect(tinhgon('export', source, out).stderr).toContain('đã tồn tại');
      const target = path.join(dir, `copy-${ext}.tinhgon`);
      tinhgon('init', target, '--province', 'Bản sao');
      const imported = tinhgon('import', target, out);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain(`thêm ${generateSampleProvince().length}`);
      expect(JSON.parse(tinhgon('units', target, '--json').stdout)).toEqual(generateSampleProvince());
      const again = tinhgon('import', target, out);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain('--replace');
      expect(tinhgon('import', target, out, '--update')).toMatchObject({ code: 0 });
      expect(tinhgon('import', target, out, '--replace', '--update').code).not.toBe(0);
    }
  }, 180_000); // eight CLI runs, each starting Node and opening the sample: about 50 s alone, more on a loaded CI machine

  it('import lists every bad row on stderr as row N, column "…": reason, and changes nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.tinhgon');
    tinhgon('init', file, '--province', 'Thử');
    const csv = path.join(dir, 'bad.csv');
    const header =
      'Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Loại hình;Cấp;Lĩnh vực;Biên chế công chức được giao;Công chức hiện có;Số người làm việc được giao (NSNN);Viên chức hiện có (NSNN);Viên chức tự bảo đảm lương;Hợp đồng lao động;Số cấp phó';
    fs.writeFileSync(
      csv,
      `\ufeff${header}\nA;Gốc;;UBND;Tỉnh;Khác;1;1;0;0;0;0;0\nB;Con;A;Phòng;Tỉnh;Khác;1;-3;0;0;0;0;0\nC;Con 2;X;Phòng;Huyện;Khác;1;1;0;0;0;0;2,5\n`,
    );
    const r = tinhgon('import', file, csv);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'row 3, column "Công chức hiện có": Không được là số âm.',
      'row 4, column "Số cấp phó": Phải nhập một số nguyên không âm.',
      'row 4, column "Mã đơn vị cấp trên": Không tìm thấy đơn vị cấp trên "X".',
      'Lỗi: Tệp nhập có 3 lỗi; tệp dữ liệu không bị thay đổi.',
    ]);
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual([]);
  });

  it('import refuses a count column whose numbers all read two ways, naming it, until --decimal decides', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.tinhgon');
    tinhgon('init', file, '--province', 'Thử');
    const csv = path.join(dir, 'so.csv');
    const header =
      'Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Loại hình;Cấp;Lĩnh vực;Biên chế công chức được giao;Công chức hiện có;Số cấp phó';
    // Quota "1.250" can only be 1250 people; actual "1.000" is 1 or 1000.
    fs.writeFileSync(csv, `${header}\nA;Gốc;;UBND;Tỉnh;Khác;1.250;1.000;0\nB;Con;A;Phòng;Tỉnh;Khác;5;4;1\n`);
    const r = tinhgon('import', file, csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'row 2, column "Công chức hiện có": Cột "Công chức hiện có": mọi số như "1.000" đều đọc được hai cách',
    );
    expect(r.stderr).toContain('--decimal , hoặc --decimal .');
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual([]);
    expect(tinhgon('import', file, csv, '--decimal', ',').code).toBe(0);
    expect(
      JSON.parse(tinhgon('units', file, '--json').stdout).map(
        (u: { code: string; civilServantQuota: number; civilServantActual: number }) => [
          u.code,
          u.civilServantQuota,
          u.civilServantActual,
        ],
      ),
    ).toEqual([
      ['A', 1250, 1000],
      ['B', 5, 4],
    ]);
  });

  it('backup writes a consistent copy that opens as a workspace, and never overwrites', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const out = path.join(dir, 'sao-luu.tinhgon');
    expect(tinhgon('backup', file, out).code).toBe(0);
    expect(JSON.parse(tinhgon('units', out, '--json').stdout)).toEqual(generateSampleProvince());
    const again = tinhgon('backup', file, out);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('đã tồn tại');
  });

  it('findings --json lists every finding with unit, rule, severity, Vietnamese message, rule set and citation; --date judges as of that day', () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const r = tinhgon('findings', file, '--json');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout) as Array<Record<string, string>>;
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings)
      expect(Object.keys(f)).toEqual(['unitCode', 'rule', 'severity', 'message', 'ruleSet', 'citation', 'confidence']);
    // The sample's few schools with illustrative norm figures: notes, judged by their circulars.
    const norms = findings.filter((f) => f.rule === 'quota-vs-norm');
    expect(norms.length).toBeGreaterThan(0);
    expect(new Set(norms.map((f) => f.severity))).toEqual(new Set(['note']));
    const rules = findings.filter((f) => f.rule !== 'quota-vs-norm');
    expect(new Set(rules.map((f) => f.rule))).toEqual(
      new Set(['min-staff', 'max-deputies', 'over-quota', 'max-units']),
    );
    expect(new Set(rules.map((f) => f.ruleSet))).toEqual(new Set(['nd120-150-370-2026']));
    const small = findings.find((f) => f.rule === 'min-staff' && f.message?.startsWith('Đơn vị sự nghiệp có'));
    expect(small?.citation).toBe(
      'Nghị định 120/2020/NĐ-CP (sửa đổi bởi Nghị định 83/2024/NĐ-CP), Điều 5 khoản 1 điểm d',
    );
    // The draft 7 posts for a phòng under a sở is unverified: a note, never an error.
    const phong = findings.filter((f) => f.message?.startsWith('Phòng thuộc sở có'));
    expect(phong.length).toBeGreaterThan(0);
    expect(new Set(phong.map((f) => `${f.severity} ${f.confidence}`))).toEqual(new Set(['note M']));
    // The sở cap (14) on the provincial committee: 19, the sample's 20 sở-kind units less its Ban Quản lý các khu công nghiệp.
    const cap = findings.find((f) => f.rule === 'max-units' && f.unitCode === 'HG')!;
    expect(cap).toMatchObject({
      unitCode: 'HG',
      severity: 'error',
      message: 'Tỉnh có 19 sở, vượt số lượng tối đa 14 sở.',
    });

    const before = JSON.parse(tinhgon('findings', file, '--json', '--date', '2024-12-31').stdout) as Array<
      Record<string, string>
    >;
    expect(new Set(before.filter((f) => f.rule !== 'quota-vs-norm').map((f) => f.ruleSet))).toEqual(
      new Set(['nd120-107-2020']),
    );
    expect(before.some((f) => f.rule === 'max-units')).toBe(false);
    expect(
      before
        .filter((f) => f.message?.startsWith('Phòng thuộc sở có'))
        .every((f) => f.severity === 'error' && f.confidence === 'C2'),
    ).toBe(true);
    expect(tinhgon('findings', file, '--date', '2024-12-31').stdout.split('\n')[0]).toBe(
      'Ngày 31/12/2024, theo: Nghị định 120/2020 + Nghị định 107/2020 (25/11/2020 – 28/02/2025)',
    );
    for (const bad of ['2025-02-30', '31/12/2024', 'hôm nay']) {
      const refused = tinhgon('findings', file, '--date', bad);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(`--date "${bad}"`);
      expect(refused.stderr).toContain('YYYY-MM-DD');
    }
  });

  it('generate makes a deterministic workspace of the size asked for', () => {
    const dir = tempDir();
    expect(tinhgon('generate', path.join(dir, 'a.tinhgon'), '--units', '1200', '--seed', '3').code).toBe(0);
    tinhgon('generate', path.join(dir, 'b.tinhgon'), '--units', '1200', '--seed', '3');
    const a = JSON.parse(tinhgon('units', path.join(dir, 'a.tinhgon'), '--json').stdout);
    expect(a).toHaveLength(1200);
    expect(JSON.parse(tinhgon('units', path.join(dir, 'b.tinhgon'), '--json').stdout)).toEqual(a);
    expect(tinhgon('generate', path.join(dir, 'c.tinhgon'), '--units', 'many').stderr).toContain('--units');
  });

  it('generate --people fills a deterministic personnel list over the generated units', () => {
    const dir = tempDir();
    const made = tinhgon('generate', path.join(dir, 'a.tinhgon'), '--units', '400', '--people', '600', '--seed', '5');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('600 người');
    tinhgon('generate', path.join(dir, 'b.tinhgon'), '--units', '400', '--people', '600', '--seed', '5');
    const names = (f: string) => tinhgon('people', path.join(dir, f), '--json', '--names').stdout;
    const a = JSON.parse(names('a.tinhgon'));
    expect(a.people).toBe(600);
    expect(names('b.tinhgon')).toBe(JSON.stringify(a, null, 2) + '\n');
    const units = new Set(
      JSON.parse(tinhgon('units', path.join(dir, 'a.tinhgon'), '--json').stdout).map((u: { code: string }) => u.code),
    );
    expect(a.names).toHaveLength(600);
    for (const p of a.names) expect(units.has(p.unitCode)).toBe(true);
    expect(tinhgon('generate', path.join(dir, 'c.tinhgon'), '--units', '10', '--people', 'many').stderr).toContain(
      '--people',
    );
  });

  it('autonomy classifies a filled-in template exactly, in file order, and refuses bad rows', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'tu-chu.csv');
    const header =
      'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B);Nguồn tự bảo đảm chi đầu tư;Khấu hao, hao mòn TSCĐ;Nhóm được giao';
    fs.writeFileSync(
      csv,
      `\ufeff${header}\nBV;Bệnh viện;2025;1.200,5;1.000;50;40;1\nTT;Trung tâm;2025;2,1;3;;;3b\nTV;Thư viện;2025;99,999999;1000;;;4\n`,
    );
    // The file says neither its unit nor how to read "1.000" (B: 1 or 1000): both are asked, naming the column.
    const asked = tinhgon('autonomy', csv, '--json');
    expect(asked.code).toBe(1);
    expect(asked.stderr.split('\n').filter(Boolean)).toEqual([
      'row 1, column "Đơn vị tính": Tệp không ghi đơn vị tính của số tiền (đồng hay triệu đồng): ghi "Đơn vị tính: triệu đồng" (hoặc "đồng") trên dòng tiêu đề hoặc trong cột "Đơn vị tính", hoặc chọn đơn vị khi nhập (dòng lệnh: --unit dong hoặc --unit trieu-dong).',
      'row 2, column "Tổng chi thường xuyên (B)" (1.000): Cột "Tổng chi thường xuyên (B)": mọi số như "1.000" đều đọc được hai cách (dấu thập phân là "," hay "."). Chọn dấu thập phân của cột khi nhập (dòng lệnh: --decimal , hoặc --decimal .).',
      'Lỗi: Tệp có 2 lỗi; chưa xếp nhóm được.',
    ]);
    expect(tinhgon('autonomy', csv, '--unit', 'nghin', '--json').stderr).toContain(
      '--unit chỉ nhận dong hoặc trieu-dong',
    );
    expect(tinhgon('autonomy', csv, '--unit', 'dong', '--decimal', 'x', '--json').stderr).toContain(
      '--decimal chỉ nhận , hoặc .',
    );
    const r = tinhgon('autonomy', csv, '--unit', 'trieu-dong', '--decimal', ',', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        code: 'BV',
        year: 2025,
        rate: 120.05,
        group: 1,
        band: null,
        assignedGroup: '1',
        mismatch: false,
        unit: 'trieu_dong',
        revenue: '1.200,5',
        spending: '1.000',
      },
      {
        code: 'TT',
        year: 2025,
        rate: 70,
        group: 3,
        band: 'a',
        assignedGroup: '3b',
        mismatch: true,
        unit: 'trieu_dong',
        revenue: '2,1',
        spending: '3',
      },
      {
        code: 'TV',
        year: 2025,
        rate: 9.99,
        group: 4,
        band: null,
        assignedGroup: '4',
        mismatch: false,
        unit: 'trieu_dong',
        revenue: '99,999999',
        spending: '1.000',
      },
    ]);
    // Read the other way, B is 1: the same file classifies differently, which is why it is asked.
    expect(
      JSON.parse(tinhgon('autonomy', csv, '--unit', 'trieu-dong', '--decimal', '.', '--json').stdout)[0],
    ).toMatchObject({ spending: '1' });
    const bad = path.join(dir, 'loi.csv');
    fs.writeFileSync(bad, `${header}\nA;X;2025;10;0;;;\n;Y;20x5;abc;-5;;;5\n`);
    const e = tinhgon('autonomy', bad, '--unit', 'dong', '--json');
    expect(e.code).toBe(1);
    expect(e.stderr.split('\n').filter(Boolean)).toEqual([
      'row 2, column "Tổng chi thường xuyên (B)" (0): Phải lớn hơn 0.',
      'row 3, column "Mã đơn vị": Mã đơn vị không được để trống.',
      'row 3, column "Năm" (20x5): Năm phải là số có 4 chữ số, từ 1990 đến 2100.',
      'row 3, column "Tổng nguồn thu (A)" (abc): Không đọc được số tiền (ví dụ hợp lệ: 1.234.567,89).',
      'row 3, column "Tổng chi thường xuyên (B)" (-5): Không được là số âm.',
      'row 3, column "Nhóm được giao" (5): Nhóm được giao chỉ nhận 1, 2, 3, 4 hoặc 3a, 3b, 3c.',
      'Lỗi: Tệp có 6 lỗi; chưa xếp nhóm được.',
    ]);
  });

  it('autonomy FILE --year classifies the figures stored in a workspace', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const { createHandlers } = await import('../handlers/index.ts');
    const { openWorkspace } = await import('../../db/workspace.ts');
    const { dispatch } = await import('../../shared/dispatch.ts');
    const ws = openWorkspace(file);
    await dispatch(createHandlers(ws), 'finance.set', {
      code: 'HG.SYT.BVTT',
      year: 2025,
      revenue: '2,1',
      spending: '3',
      assignedGroup: '3b',
      amountUnit: 'trieu_dong',
    });
    ws.close();
    const r = tinhgon('autonomy', file, '--year', '2025', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        code: 'HG.SYT.BVTT',
        year: 2025,
        rate: 70,
        group: 3,
        band: 'a',
        assignedGroup: '3b',
        mismatch: true,
        unit: 'trieu_dong',
        revenue: '2,1',
        spending: '3',
      },
    ]);
    expect(tinhgon('autonomy', file, '--json').stderr).toContain('--year');
  });

  it('autonomy reports a unit and year given twice', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'trung.csv');
    fs.writeFileSync(
      csv,
      'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B);Nguồn tự bảo đảm chi đầu tư;Khấu hao, hao mòn TSCĐ;Nhóm được giao\nA;X;2025;1;2;;;\nA;X;2025;1;2;;;\n',
    );
    const r = tinhgon('autonomy', csv, '--unit', 'dong', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 3, column "Năm" (2025): Số liệu của "A" năm 2025 xuất hiện hai lần trong tệp.');
  });

  it('autonomy reads the template the app offers for download, filled in by hand', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.tinhgon');
    tinhgon('init', file);
    const { createHandlers } = await import('../handlers/index.ts');
    const { openWorkspace } = await import('../../db/workspace.ts');
    const { dispatch } = await import('../../shared/dispatch.ts');
    const ExcelJS = (await import('exceljs')).default;
    const ws = openWorkspace(file);
    const env = await dispatch(createHandlers(ws), 'finance.template', {});
    ws.close();
    if (!env.ok) throw new Error('no template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((env.result as { data: string }).data, 'base64') as unknown as ArrayBuffer);
    wb.worksheets[0]!.addRow(['DV1', 'Trung tâm', 2026, '1.500,25', '1.500,25', 10, 10, '1', 'triệu đồng']);
    const xlsx = path.join(dir, 'mau.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = tinhgon('autonomy', xlsx, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        code: 'DV1',
        year: 2026,
        rate: 100,
        group: 1,
        band: null,
        assignedGroup: '1',
        mismatch: false,
        unit: 'trieu_dong',
        revenue: '1.500,25',
        spending: '1.500,25',
      },
    ]);
  });

  it('scenario --from simulates a plan over the workspace without storing it, and names a bad operation', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const plan = path.join(dir, 'phuong-an.json');
    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Hợp nhất bệnh viện',
        operations: [
          {
            type: 'merge',
            year: 2025,
            units: ['HG.SYT.BVLBP', 'HG.SYT.BVTT'],
            into: { code: 'HG.SYT.BVCK', name: 'Bệnh viện Chuyên khoa', kind: 'psu', parentCode: 'HG.SYT' },
          },
          { type: 'dissolve', year: 2026, unit: 'HG.SYT.TTPY', staffTo: 'HG.SYT.BVDK' },
          { type: 'setQuota', year: 2026, unit: 'HG.SYT.BVCK', publicEmployeeQuota: 120 },
        ],
      }),
    );
    const r = tinhgon('scenario', file, '--from', plan, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const psus = out.years.map((y: { psus: number }) => y.psus);
    expect(psus[1] - psus[2]).toBe(1);
    expect(psus[2] - psus[3]).toBe(1);
    expect(out.targets.map((t: { id: string }) => t.id)).toEqual([
      'nq19-2025-psus',
      'nq19-2025-public-employees',
      'nq19-2025-autonomy-share',
      'kl40-2026-civil-servants',
      'kl40-2026-public-employees',
      'kl2025-2030-staff',
    ]);
    // Base year 2021 is before the sample's data (2023): not judged against 2023, but unknown, naming what to record.
    expect(out.targets[0]).toEqual({
      id: 'nq19-2025-psus',
      kind: 'reduction',
      metric: 'psus',
      communeStaff: 'included',
      baseYear: 2021,
      year: 2025,
      baseline: null,
      value: psus[2],
      requiredPct: 10,
      achievedPct: null,
      met: null,
      status: 'unknown',
      missing: [{ field: 'psus', year: 2021, text: 'Đơn vị sự nghiệp năm 2021' }],
    });
    // No PSU of the sample has Decree 60 figures: the autonomy share is unknown, not 0%.
    expect(out.targets[2]).toMatchObject({
      status: 'unknown',
      met: null,
      missing: [{ field: 'autonomyFigures', year: 2025 }],
    });
    expect(out.targets[3]).toMatchObject({
      id: 'kl40-2026-civil-servants',
      communeStaff: 'included',
      scopeNote: expect.stringContaining('toàn hệ thống chính trị'),
    });
    // Base year 2025 is modelled: judged.
    expect(out.targets[5]).toMatchObject({ baseYear: 2025, status: expect.stringMatching(/^(met|not_met)$/) });
    expect(out.targets[5].missing).toBeUndefined();
    expect(typeof out.targets[5].met).toBe('boolean');
    expect(out.findings.length).toBeGreaterThan(0);
    // Each year's end judged by the set in force on its 31/12, each finding naming it with its citation.
    const setOf = new Map<number, Set<string>>();
    for (const f of out.findings as Array<{
      year: number;
      ruleSet: string;
      citation: string;
      severity: string;
      confidence: string;
    }>) {
      expect(typeof f.citation).toBe('string');
      if (f.confidence === 'M') expect(f.severity).toBe('note');
      setOf.set(f.year, (setOf.get(f.year) ?? new Set()).add(f.ruleSet));
    }
    expect(Object.fromEntries([...setOf].map(([y, s]) => [y, [...s]]))).toMatchObject({
      2023: ['nd120-107-2020'],
      2024: ['nd120-107-2020'],
      2025: ['nd120-150-2025'],
      2026: ['nd120-150-370-2026'],
      2030: ['nd120-150-370-2026'],
    });
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual(generateSampleProvince()); // nothing stored

    // Stored, then simulated by name: the same result; a second import of the same name is refused.
    expect(tinhgon('scenario', file, '--import', plan)).toMatchObject({
      code: 0,
      stdout: 'Đã lưu phương án "Hợp nhất bệnh viện".\n',
    });
    expect(JSON.parse(tinhgon('scenario', file, '--name', 'Hợp nhất bệnh viện', '--json').stdout)).toEqual(out);
    expect(tinhgon('scenario', file, '--import', plan).stderr).toContain('Đã có phương án tên "Hợp nhất bệnh viện".');
    expect(tinhgon('scenario', file, '--name', 'Không có').stderr).toContain('Không có phương án "Không có".');

    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Sai',
        operations: [
          { type: 'rename', year: 2025, unit: 'HG', name: 'X' },
          { type: 'transfer', year: 2026, unit: 'HG.SYT', parentCode: 'HG.SNV.P01' },
        ],
      }),
    );
    const bad = tinhgon('scenario', file, '--from', plan, '--json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('Lỗi: Thao tác 2 (Điều chuyển): Không thể đặt Sở, ban, ngành dưới Phòng.\n');
    expect(tinhgon('scenario', file, '--import', plan).code).toBe(1); // an invalid plan is not stored
    expect(tinhgon('scenario', file, '--name', 'Sai').stderr).toContain('Không có phương án "Sai".');
  });

  it('scenario --json lists each operation with its date, description and the whole staff of the units it touches, before and after', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const plan = path.join(dir, 'hop-nhat-so.json');
    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Hợp nhất sở',
        operations: [
          { type: 'merge', year: 2025, units: ['HG.SKHDT', 'HG.STC'], into: 'HG.STC' },
          { type: 'rename', year: 2025, unit: 'HG.STC.P02', name: 'Thanh tra Sở' },
        ],
      }),
    );
    const r = tinhgon('scenario', file, '--from', plan, '--json');
    expect(r.code).toBe(0);
    const { operations } = JSON.parse(r.stdout);
    // Subtree totals, added up here from the sample itself: a sở with every unit under it.
    const sample = generateSampleProvince();
    const FIELDS = ['civilServantQuota', 'civilServantActual', 'publicEmployeeQuota', 'publicEmployeeActual'] as const;
    const whole = (...codes: string[]) =>
      Object.fromEntries(
        FIELDS.map((f) => [
          f,
          sample
            .filter((u) => codes.some((c) => u.code === c || u.code.startsWith(`${c}.`)))
            .reduce((s, u) => s + u[f], 0),
        ]),
      );
    expect(operations).toHaveLength(2);
    expect(operations[0]).toEqual({
      index: 0,
      date: '2025-01-01',
      type: 'merge',
      description: '2025: hợp nhất Sở Kế hoạch và Đầu tư, Sở Tài chính thành Sở Tài chính',
      units: {
        'HG.SKHDT': { name: 'Sở Kế hoạch và Đầu tư', before: whole('HG.SKHDT'), after: null },
        'HG.STC': { name: 'Sở Tài chính', before: whole('HG.STC'), after: whole('HG.STC', 'HG.SKHDT') },
      },
    });
    expect(whole('HG.STC', 'HG.SKHDT').civilServantQuota).toBeGreaterThan(50); // not the sở's own row of a few people
    // A name that repeats is said with its parent's.
    expect(operations[1].units['HG.STC.P02'].name).toBe('Thanh tra Sở — Sở Tài chính');
    expect(operations[1].description).toContain('Thanh tra Sở — Sở Tài chính');
  });

  it('baseline records a year (figures not given keep their value), lists it, refuses bad input writing nothing, and turns an unknown target into a verdict', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    expect(JSON.parse(tinhgon('baseline', file, '--json').stdout)).toEqual([]);
    expect(tinhgon('baseline', file).stdout).toBe('Chưa ghi số liệu gốc năm nào.\n');

    // Bad input: nothing written.
    expect(tinhgon('baseline', file, '--psus', '300')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('cần --year NĂM'),
    });
    expect(tinhgon('baseline', file, '--year', '21', '--psus', '300')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--year phải là năm có 4 chữ số'),
    });
    expect(tinhgon('baseline', file, '--year', '2021')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('cần ít nhất một số liệu'),
    });
    expect(tinhgon('baseline', '--year', '2021', '--psus', '3')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('FILE'),
    });
    const bad = tinhgon('baseline', file, '--year', '2021', '--psus=-3', '--civil-servants', '12,5');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--psus (-3): ');
    expect(bad.stderr).toContain('--civil-servants (12,5): ');
    expect(bad.stderr).toContain('không ghi gì');
    expect(tinhgon('baseline', file, '--year', '2021', '--psus', '30', '--autonomous-psus', '31').stderr).toContain(
      '--autonomous-psus (31): Số đơn vị sự nghiệp nhóm 1–2 không được lớn hơn số đơn vị sự nghiệp.',
    );
    expect(tinhgon('baseline', file, '--year', '2021', '--nope', '1').code).toBe(2);
    expect(JSON.parse(tinhgon('baseline', file, '--json').stdout)).toEqual([]);

    expect(tinhgon('baseline', file, '--year', '2021', '--psus', '300', '--units', '1.200')).toMatchObject({
      code: 0,
      stdout: 'Đã ghi số liệu gốc năm 2021.\n',
    });
    expect(tinhgon('baseline', file, '--year', '2021', '--public-employees', '9000').code).toBe(0);
    const empty = {
      units: null,
      psus: null,
      civilServantQuota: null,
      publicEmployeeQuota: null,
      autonomyGroups12: null,
      communeCivilServantQuota: null,
    };
    expect(JSON.parse(tinhgon('baseline', file, '--json').stdout)).toEqual([
      { ...empty, year: 2021, units: 1200, psus: 300, publicEmployeeQuota: 9000 },
    ]);
    expect(tinhgon('baseline', file).stdout).toContain('2021\t1200\t300\t\t9000');

    const plan = path.join(dir, 'trong.json');
    fs.writeFileSync(plan, JSON.stringify({ name: 'Trống', operations: [] }));
    const out = JSON.parse(tinhgon('scenario', file, '--from', plan, '--json').stdout);
    const psus = out.years.find((y: { year: number }) => y.year === 2025).psus;
    expect(out.targets[0]).toMatchObject({
      id: 'nq19-2025-psus',
      baseYear: 2021,
      baseline: 300,
      value: psus,
      status: psus <= 270 ? 'met' : 'not_met',
    });
    expect(out.targets[0].missing).toBeUndefined();
  });

  it('scenario --from reads dated two-tier operations; --json gives notices and, each year, units by level and kind and the province in force; text mode prints notices and findings', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const plan = path.join(dir, 'hai-cap.json');
    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Hai cấp',
        operations: [
          {
            type: 'setProvince',
            date: '2025-07-01',
            name: 'thành phố Cần Thơ',
            class: 'special',
            shortName: 'Cần Thơ',
          },
          {
            type: 'create',
            date: '2025-07-01',
            unit: {
              code: 'CT.XM',
              name: 'UBND xã mới',
              parentCode: 'HG',
              kind: 'people_committee',
              level: 'commune',
              sector: 'general_administration',
              civilServantQuota: 30,
            },
          },
          { type: 'transfer', date: '2025-07-01', unit: 'HG.SYT.TTYT.VT', parentCode: 'CT.XM' },
          { type: 'reclassify', date: '2025-07-01', unit: 'HG.SYT.TTYT.VT', level: 'commune' },
          {
            type: 'cutQuotas',
            date: '2026-03-01',
            scope: { under: 'HG.SYT' },
            percent: 5,
            fields: ['publicEmployeeQuota'],
          },
        ],
      }),
    );
    const r = tinhgon('scenario', file, '--from', plan, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const year = (y: number) => out.years.find((x: { year: number }) => x.year === y);
    expect(year(2024).province).toMatchObject({ name: 'Hậu Giang' });
    expect(year(2025).province).toEqual({ name: 'thành phố Cần Thơ', class: 'special', shortName: 'Cần Thơ' });
    expect(year(2025).byLevel.commune - year(2024).byLevel.commune).toBe(2); // the new commune and the centre moved to it
    expect(year(2025).byKind.people_committee - year(2024).byKind.people_committee).toBe(1);
    expect(year(2025).byLevel.province + year(2025).byLevel.district + year(2025).byLevel.commune).toBe(
      year(2025).units,
    );
    expect(out.notices).toEqual([
      expect.objectContaining({
        year: 2026,
        unitCode: 'HG.SYT',
        key: 'scn.quotasCut',
        message: expect.stringMatching(/^Cắt giảm 5% biên chế của \d+ đơn vị: giảm tổng cộng \d+/),
      }),
    ]);
    expect(out.operations[0]).toMatchObject({
      date: '2025-07-01',
      description:
        '01/07/2025: tỉnh (thành phố) mang tên "thành phố Cần Thơ" (Hà Nội, TP. Hồ Chí Minh; viết tắt Cần Thơ)',
    });
    const text = tinhgon('scenario', file, '--from', plan).stdout;
    expect(text).toContain('Lưu ý 2026\tSở Y tế\tCắt giảm 5% biên chế của ');
    expect(text).toMatch(/\nCảnh báo 2030\t(error|warning|note)\t\S+\t/);
  });

  it('scenario --from accepts staff exits (with payout costs) and recruits, and names an exit larger than the unit', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const plan = path.join(dir, 'lo-trinh.json');
    const centre = 'HG.SCT.TTKCXTTM'; // 17 state-paid public employees for a quota of 15
    const exit = {
      type: 'staffExit',
      year: 2025,
      unit: centre,
      civilServants: 0,
      publicEmployees: 1,
      reason: 'early-retirement',
      payout: { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 },
    };
    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Lộ trình',
        operations: [
          exit,
          { type: 'staffExit', year: 2026, unit: centre, civilServants: 0, publicEmployees: 1, reason: 'retirement' },
          { type: 'recruit', year: 2027, unit: centre, civilServants: 0, publicEmployees: 2 },
        ],
      }),
    );
    const r = tinhgon('scenario', file, '--from', plan, '--json');
    expect(r.code).toBe(0);
    const years = JSON.parse(r.stdout).years as Array<{
      year: number;
      leavers: number;
      recruited: number;
      payoutCost: number;
    }>;
    expect(years.slice(1, 5).map((y) => [y.year, y.leavers, y.recruited, y.payoutCost])).toEqual([
      [2024, 0, 0, 0],
      [2025, 1, 0, 744_778_125],
      [2026, 2, 0, 744_778_125],
      [2027, 2, 2, 744_778_125],
    ]);
    expect(tinhgon('scenario', file, '--from', plan).stdout).toContain(
      '\tra khỏi BC 1\ttuyển 0\tchi phí 744.778.125 đồng\n',
    );

    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Quá nhiều',
        operations: [exit, { ...exit, year: 2026, publicEmployees: 17, payout: undefined, reason: 'transfer' }],
      }),
    );
    const bad = tinhgon('scenario', file, '--from', plan);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'Lỗi: Thao tác 2 (Người nghỉ): Năm 2026, Trung tâm Khuyến công và Xúc tiến thương mại (HG.SCT.TTKCXTTM) có Viên chức hiện có (NSNN): 16; không thể cho 17 người ra khỏi biên chế (số người ra không được nhiều hơn số người còn lại).\n',
    );
    fs.writeFileSync(plan, JSON.stringify({ name: 'Rỗng', operations: [{ ...exit, publicEmployees: 0 }] }));
    expect(tinhgon('scenario', file, '--from', plan).stderr).toBe(
      'operations.0.civilServants: Phải có ít nhất một người (công chức hoặc viên chức).\nLỗi: Tệp phương án không hợp lệ.\n',
    );
  });

  it('scenario --from accepts an annexation; --annex adds another workspace to a stored plan, with the same-name sở merged on request', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    const other = path.join(dir, 'st.tinhgon');
    tinhgon('init', file, '--sample');
    tinhgon('init', other, '--sample', '--province', 'Sóc Trăng');
    const units = generateSampleProvince();
    const plan = path.join(dir, 'sap-nhap.json');
    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Sáp nhập',
        operations: [{ type: 'annex', year: 2025, province: 'Sóc Trăng', units, parentCode: null, codePrefix: 'ST-' }],
      }),
    );
    const r = tinhgon('scenario', file, '--from', plan, '--json');
    expect(r.code).toBe(0);
    const counts = JSON.parse(r.stdout).years.map((y: { units: number }) => y.units);
    expect(counts.slice(1, 3)).toEqual([units.length, 2 * units.length]); // 2024, 2025
    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'Sáp nhập',
        operations: [{ type: 'annex', year: 2025, province: 'Sóc Trăng', units, parentCode: null }],
      }),
    );
    expect(tinhgon('scenario', file, '--from', plan).stderr).toBe(
      'Lỗi: Thao tác 1 (Sáp nhập tỉnh): Mã "HG" của tỉnh Sóc Trăng trùng với một đơn vị đã có; hãy đặt tiền tố mã (ví dụ "ST-").\n',
    );

    fs.writeFileSync(plan, JSON.stringify({ name: 'Sáp nhập', operations: [] }));
    tinhgon('scenario', file, '--import', plan);
    expect(tinhgon('scenario', file, '--name', 'Sáp nhập', '--annex', other).stderr).toContain(
      '--annex cần --year NĂM.',
    );
    const proposed = tinhgon(
      'scenario',
      file,
      '--name',
      'Sáp nhập',
      '--annex',
      other,
      '--year',
      '2025',
      '--prefix',
      'ST-',
    );
    expect(proposed.code).toBe(0);
    const lines = proposed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^2025: sáp nhập tỉnh Sóc Trăng \([\d.]+ đơn vị, [\d.]+ người\), ở cấp cao nhất, mã thêm tiền tố "ST-"$/,
    );
    expect(lines[1]).toBe('Sở trùng tên — đề xuất hợp nhất vào sở của tỉnh (năm 2025):');
    expect(lines).toContain('Sở Tài chính (ST-HG.STC) vào Sở Tài chính');
    const departments = units.filter((u) => u.kind === 'department').length;
    expect(lines).toHaveLength(2 + departments); // every sở has its namesake
    const merged = tinhgon(
      'scenario',
      file,
      '--name',
      'Sáp nhập',
      '--annex',
      other,
      '--year',
      '2026',
      '--prefix',
      'ST2-',
      '--merge-same-names',
    );
    expect(
      merged.stdout
        .trim()
        .split('\n')
        .slice(1)
        .every((l) => /^2026: hợp nhất HG\.\S+, ST2-HG\.\S+ thành HG\.\S+$/.test(l)),
    ).toBe(true);
    const table = tinhgon('scenario', file, '--name', 'Sáp nhập').stdout; // the JSON (findings of three copies of the sample) is too long for spawnSync's buffer
    expect(table).toContain(`2026\tđơn vị ${3 * units.length - departments}\t`);
  });
});

describe('tinhgon scenario --communes', () => {
  it('adds one merge per row of a resolution table to a stored plan on the date, or prints every bad row and adds nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const communes = generateSampleProvince().filter((u) => u.kind === 'people_committee' && u.level === 'commune');
    const [a, b, c] = communes.filter((u) => u.parentCode === communes[0]!.parentCode);
    const plan = path.join(dir, 'hai-cap.json');
    fs.writeFileSync(plan, JSON.stringify({ name: 'Hai cấp', operations: [] }));
    tinhgon('scenario', file, '--import', plan);
    const table = path.join(dir, 'sap-xep-xa.csv');
    fs.writeFileSync(
      table,
      [
        'NGHỊ QUYẾT VỀ SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ',
        '',
        'STT;Mã xã mới;Tên xã mới;Loại;Mã các xã cũ',
        `1;VT01;Vị Thanh;phường;${a!.code}, ${b!.code}, ${c!.code}`,
      ].join('\n'),
    );
    expect(tinhgon('scenario', file, '--name', 'Hai cấp', '--communes', table).stderr).toContain(
      '--communes cần --date YYYY-MM-DD.',
    );

    fs.writeFileSync(
      path.join(dir, 'sai.csv'),
      ['Mã xã mới;Tên xã mới;Loại;Mã các xã cũ', `VT01;;thị trấn;${a!.code}`].join('\n'),
    );
    const bad = tinhgon(
      'scenario',
      file,
      '--name',
      'Hai cấp',
      '--communes',
      path.join(dir, 'sai.csv'),
      '--date',
      '2025-07-01',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      [
        'row 2, column "Tên xã mới": Tên đơn vị không được để trống.',
        'row 2, column "Loại" (thị trấn): Loại không hợp lệ: ghi xã, phường hoặc đặc khu.',
        `row 2, column "Mã các xã cũ" (${a!.code}): Cần ít nhất hai mã xã cũ, ngăn cách bằng dấu ;.`,
        'Lỗi: Tệp nhập có 3 lỗi; tệp dữ liệu không bị thay đổi.',
        '',
      ].join('\n'),
    );

    // --dry-run: each new commune with its old ones and their summed figures; nothing stored.
    const dry = tinhgon(
      'scenario',
      file,
      '--name',
      'Hai cấp',
      '--communes',
      table,
      '--date',
      '2025-07-01',
      '--dry-run',
    );
    expect(dry.stderr).toBe('');
    const sum = (f: (u: (typeof communes)[number]) => number) =>
      formatInteger([a!, b!, c!].reduce((s, u) => s + f(u), 0));
    expect(dry.stdout).toBe(
      [
        'Sẽ thêm 1 thao tác hợp nhất xã vào phương án "Hai cấp" (ngày 01/07/2025); chưa lưu:',
        `Dòng 4: VT01 UBND phường Vị Thanh (phường) ← ${a!.name} (${a!.code}); ${b!.name} (${b!.code}); ${c!.name} (${c!.code}); ` +
          `Biên chế công chức được giao ${sum((u) => u.civilServantQuota)}, Công chức hiện có ${sum((u) => u.civilServantActual)}, ` +
          `Số người làm việc được giao (NSNN) ${sum((u) => u.publicEmployeeQuota)}, Viên chức hiện có (NSNN) ${sum((u) => u.publicEmployeeActual)}, ` +
          `Người đang làm việc ${sum((u) => u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers)}`,
        '',
      ].join('\n'),
    );
    expect(JSON.parse(tinhgon('scenario', file, '--name', 'Hai cấp', '--json').stdout).operations).toHaveLength(0);
    expect(tinhgon('scenario', file, '--name', 'Hai cấp', '--dry-run').stderr).toContain(
      '--dry-run chỉ dùng với --communes.',
    );

    const done = tinhgon('scenario', file, '--name', 'Hai cấp', '--communes', table, '--date', '2025-07-01');
    expect(done.stderr).toBe('');
    expect(done.stdout).toBe(
      `01/07/2025: hợp nhất ${a!.code}, ${b!.code}, ${c!.code} thành UBND phường Vị Thanh\nĐã thêm 1 thao tác hợp nhất xã vào phương án "Hai cấp" (ngày 01/07/2025).\n`,
    );
    const stored = JSON.parse(tinhgon('scenario', file, '--name', 'Hai cấp', '--json').stdout);
    expect(stored.operations).toHaveLength(1);
    expect(
      tinhgon('scenario', file, '--name', 'Hai cấp', '--communes', table, '--date', '2025-07-01').stderr,
    ).toContain(
      `row 4, column "Mã các xã cũ" (${a!.code}): Không có đơn vị mã "${a!.code}" trong phương án vào ngày 01/07/2025.`,
    );
  });
});

describe('tinhgon scenario --suggest-cut', () => {
  it('says the smallest whole-province cut closing a quota target of a stored plan, and the operation; JSON on request; nothing stored', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    tinhgon('init', file, '--sample');
    const plan = path.join(dir, 'pa.json');
    fs.writeFileSync(plan, JSON.stringify({ name: 'PA', operations: [] }));
    tinhgon('scenario', file, '--import', plan);
    const out = tinhgon('scenario', file, '--name', 'PA', '--suggest-cut', 'kl2025-2030-staff', '--json');
    expect(out.code).toBe(0);
    const cut = JSON.parse(out.stdout) as {
      target: { id: string; gap: number };
      operation: { type: string; percent: number };
      gapAtLess: number;
    };
    expect([cut.target.id, cut.operation.type]).toEqual(['kl2025-2030-staff', 'cutQuotas']);
    // The smallest percent: one less still leaves a gap.
    expect(cut.gapAtLess).toBeGreaterThan(0);
    const text = tinhgon('scenario', file, '--name', 'PA', '--suggest-cut', 'kl2025-2030-staff');
    expect(text.stdout).toContain(
      `cắt giảm ${cut.operation.percent}% — mức nhỏ nhất đủ đạt (cắt ${cut.operation.percent - 1}% vẫn còn thiếu ${cut.gapAtLess})`,
    );
    const stored = JSON.parse(tinhgon('scenario', file, '--name', 'PA', '--json').stdout) as { operations: unknown[] };
    expect(stored.operations).toEqual([]);
    expect(tinhgon('scenario', file, '--name', 'PA', '--suggest-cut', 'khong-co').stderr).toContain('Lỗi:');
  });
});
