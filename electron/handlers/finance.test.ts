import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FinanceRow } from '../../shared/autonomy/finance-row.ts';
import type { FinanceSummary } from '../../shared/contract/index.ts';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';

const setup = () =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('BV', 'T', { kind: 'psu', name: 'Bệnh viện' }),
    unit('TV', 'T', { kind: 'psu', name: 'Thư viện' }),
    unit('S', 'T', { kind: 'department' }),
  ]);

describe('finance figures through the handler table', () => {
  it('stores exact figures, classifies, flags a mismatch and takes an override with a reason', async () => {
    const { ws, call } = setup();
    const row = await call<FinanceRow>('finance.set', {
      code: 'BV',
      year: 2025,
      revenue: '2,1',
      spending: '3',
      assignedGroup: '3b',
      amountUnit: 'trieu_dong',
    });
    expect(row).toMatchObject({
      revenue: '2,1',
      spending: '3',
      computed: { group: 3, band: 'a', rateHundredths: 7000 },
      effective: '3a',
      mismatch: true,
    });
    await expect(
      call('finance.set', { code: 'BV', year: 2025, revenue: '1', spending: '0', amountUnit: 'trieu_dong' }),
    ).rejects.toMatchObject({ error: { issues: [{ field: 'spending', key: 'err.spendingNotPositive' }] } });
    await expect(
      call('finance.set', { code: 'S', year: 2025, revenue: '1', spending: '2', amountUnit: 'trieu_dong' }),
    ).rejects.toMatchObject({ error: { key: 'err.notPsu' } });
    await expect(call('finance.override', { code: 'BV', year: 2025, group: '2', reason: ' ' })).rejects.toMatchObject({
      error: { key: 'err.reasonRequired' },
    });
    const overridden = await call<FinanceRow>('finance.override', {
      code: 'BV',
      year: 2025,
      group: '2',
      reason: 'Điều 9.2(b): giá dịch vụ tính đủ chi phí',
    });
    expect(overridden).toMatchObject({
      effective: '2',
      overrideReason: 'Điều 9.2(b): giá dịch vụ tính đủ chi phí',
      computed: { group: 3 },
    });
    const list = await call<{ year: number; rows: FinanceRow[]; amountUnit: string }>('finance.list', {});
    expect(list.year).toBe(2025);
    expect(list.amountUnit).toBe('trieu_dong');
    // The year is in triệu đồng: figures typed in đồng are refused, not mixed.
    await expect(
      call('finance.set', { code: 'TV', year: 2025, revenue: '1.000.000', spending: '2.000.000', amountUnit: 'dong' }),
    ).rejects.toMatchObject({
      error: { key: 'err.yearUnitStored', params: { year: '2025', stored: 'triệu đồng', unit: 'đồng' } },
    });
    // Shown in đồng, the same stored figures read exactly a million times larger.
    await call('finance.configure', { year: 2025, amountUnit: 'dong' });
    expect(
      (await call<{ rows: FinanceRow[]; amountUnit: string }>('finance.list', { year: 2025 })).rows[0],
    ).toMatchObject({ revenue: '2.100.000', spending: '3.000.000', effective: '2' });
    // A year without figures has no unit until one is chosen.
    expect((await call<{ amountUnit: string | null }>('finance.list', { year: 2030 })).amountUnit).toBeNull();
    expect(list.rows.map((r) => [r.code, r.effective])).toEqual([
      ['BV', '2'],
      ['TV', null],
    ]);
    ws.close();
  });

  it('imports the downloaded template filled in, all or nothing', async () => {
    const { ws, call } = setup();
    const tpl = await call<{ data: string }>('finance.template', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(tpl.data, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    // A line pointing to the guide, the header, the example row (skipped), then the rows filled in.
    expect(sheet.getRow(2).values).toContain('Đơn vị tính');
    expect(sheet.getRow(3).getCell(1).value).toBe('VÍ DỤ');
    sheet.addRow(['BV', 'Bệnh viện', 2024, 1200.5, 1000, 50, 40, '1']);
    sheet.addRow(['TV', 'Thư viện', 2024, '99,999999', 1000, null, null, '4']);
    const good = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    // No unit anywhere: asked, never assumed.
    await expect(call('finance.import', { fileName: 'tu-chu.xlsx', data: good })).rejects.toMatchObject({
      error: {
        key: 'err.importInvalid',
        issues: [{ key: 'err.figuresUnitMissing', params: { row: 2, column: 'Đơn vị tính' } }],
      },
    });
    expect(await call('finance.import', { fileName: 'tu-chu.xlsx', data: good, unit: 'trieu_dong' })).toEqual({
      imported: 2,
      years: [2024],
    });
    const list = await call<{ rows: FinanceRow[] }>('finance.list', { year: 2024 });
    expect(list.rows.map((r) => [r.code, r.effective, r.mismatch])).toEqual([
      ['BV', '1', false],
      ['TV', '4', false],
    ]);

    sheet.addRow(['NOPE', 'Không có', 2024, 1, 2, null, null, null]);
    sheet.addRow(['S', 'Sở', 2024, 1, 2, null, null, null]);
    const bad = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    await expect(
      call('finance.import', { fileName: 'tu-chu.xlsx', data: bad, unit: 'trieu_dong' }),
    ).rejects.toMatchObject({
      error: {
        key: 'err.importInvalid',
        issues: [
          { key: 'err.unitNotFound', params: { row: 6 } },
          { key: 'err.notPsu', params: { row: 7 } },
        ],
      },
    });
    ws.close();
  });

  it('hands out a template with a guide to each column (unit, meaning, article) and an example row the import skips', async () => {
    const { ws, call } = setup();
    const tpl = await call<{ fileName: string; data: string }>('finance.template', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(tpl.data, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tự chủ tài chính', 'Hướng dẫn']);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toContain('xem trang "Hướng dẫn"');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      'VÍ DỤ',
      'Ví dụ: Trung tâm Y tế huyện (dòng này được bỏ qua khi nhập)',
      2026,
      45000,
      60000,
      '',
      '',
      '3a',
      'triệu đồng',
    ]);
    const guide = wb.getWorksheet('Hướng dẫn')!;
    const line = (column: string) =>
      (guide.getRows(1, guide.rowCount)!.find((r) => r.getCell(1).value === column)!.values as unknown[]).slice(2);
    expect(line('Tổng nguồn thu (A)')[2]).toBe(
      'Nghị định 60/2021/NĐ-CP, Điều 10 khoản 1 điểm a (các khoản thu tại Điều 11 khoản 1 điểm a, b, khoản 2, 3, 5)',
    );
    expect(line('Tổng chi thường xuyên (B)')[0]).toContain('Mức tự bảo đảm chi thường xuyên = A / B × 100%');
    expect(line('Đơn vị tính')[1]).toContain('"đồng" hoặc "triệu đồng"');
    // The template as downloaded holds no figures: its example is not imported (nor is it a unit not found).
    await expect(call('finance.import', { fileName: tpl.fileName, data: tpl.data })).rejects.toMatchObject({
      error: { key: 'err.importEmpty' },
    });
    // The example kept above a row filled in: only that row is imported.
    sheet.addRow(['TV', 'Thư viện', 2026, 10, 100, null, null, null, 'đồng']);
    const filled = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await call('finance.import', { fileName: 'tu-chu.xlsx', data: filled })).toEqual({
      imported: 1,
      years: [2026],
    });
    expect(
      (await call<{ rows: FinanceRow[] }>('finance.list', { year: 2026 })).rows.map((r) => [r.code, r.revenue]),
    ).toEqual([
      ['BV', null],
      ['TV', '10'],
    ]);
    ws.close();
  });

  it('keeps a deleted unit’s figures with the deletion, so undo brings them back', async () => {
    const { ws, call } = setup();
    await call('finance.set', { code: 'TV', year: 2025, revenue: '10', spending: '20', amountUnit: 'trieu_dong' });
    await call('units.delete', { code: 'TV', mode: 'subtree' });
    expect((await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows.map((r) => r.code)).toEqual([
      'BV',
    ]);
    await call('history.undo', {});
    expect(
      (await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows.find((r) => r.code === 'TV'),
    ).toMatchObject({ revenue: '10', effective: '3b' });
    ws.close();
  });

  it('summarises groups, the Resolution 19 share, direct support and the Art. 35.4 check over the years', async () => {
    const { ws, call } = setup();
    await call('finance.set', { code: 'BV', year: 2022, revenue: '75', spending: '100', amountUnit: 'trieu_dong' });
    await call('finance.set', { code: 'TV', year: 2022, revenue: '40', spending: '100', amountUnit: 'trieu_dong' });
    await call('finance.set', { code: 'BV', year: 2025, revenue: '100', spending: '100', amountUnit: 'trieu_dong' });
    await call('finance.set', { code: 'TV', year: 2025, revenue: '45', spending: '100', amountUnit: 'trieu_dong' });
    const before = await call<FinanceSummary>('finance.summary', {});
    expect(before.period).toEqual({ from: 2022, to: 2026 });
    expect(before.check).toBeNull(); // the period is not over
    await call('finance.set', { code: 'BV', year: 2027, revenue: '100', spending: '100', amountUnit: 'trieu_dong' });
    await call('finance.set', { code: 'TV', year: 2027, revenue: '45', spending: '100', amountUnit: 'trieu_dong' });
    const s = await call<FinanceSummary>('finance.summary', {});
    expect(s.years.map((y) => [y.year, y.counts['2'], y.counts['3a'], y.counts['3b'], y.support])).toEqual([
      [2022, 0, 1, 1, '85'],
      [2025, 1, 0, 1, '55'],
      [2027, 1, 0, 1, '55'],
    ]);
    expect(s.target).toMatchObject({ year: 2025, share: 5000, met: true, count: 1, psus: 2, withFigures: 2 });
    // Art. 35.4 band by band: all support 85 → 55 would pass (≤ 74,9), but band 3b's 60 → 55 is above 60 × 0,975⁵.
    expect(s.check).toMatchObject({ from: 2022, to: 2027, supportMet: false });
    expect(s.check!.bands.find((b) => b.band === '3a')).toMatchObject({
      units: 1,
      movedUp: 1,
      met: true,
      supportFrom: '25',
      supportTo: '0',
      supportMet: true,
    });
    expect(s.check!.bands.find((b) => b.band === '3b')).toEqual({
      band: '3b',
      units: 1,
      movedUp: 0,
      required: 1,
      met: false,
      candidates: ['TV'],
      supportFrom: '60',
      supportTo: '55',
      supportAllowed: '52,865741',
      supportMet: false,
    });
    expect(s.demotions).toEqual([]);
    ws.close();
  });

  it('says each year’s coverage, and measures the change of direct support on the units with figures in both years', async () => {
    const { ws, call } = setup();
    // 2024: both units (support 60 + 10); 2025: only the library, whose support rose from 10 to 15.
    await call('finance.set', { code: 'BV', year: 2024, revenue: '40', spending: '100', amountUnit: 'trieu_dong' });
    await call('finance.set', { code: 'TV', year: 2024, revenue: '90', spending: '100', amountUnit: 'trieu_dong' });
    await call('finance.set', { code: 'TV', year: 2025, revenue: '85', spending: '100', amountUnit: 'trieu_dong' });
    const s = await call<FinanceSummary>('finance.summary', {});
    expect(s.years.map((y) => [y.year, y.units, y.psus, y.complete, y.support, y.change])).toEqual([
      [2024, 2, 2, true, '70', null],
      // Not a fall from 70 to 15: the same unit went up by half.
      [2025, 1, 2, false, '15', { from: 2024, units: 1, before: '10', after: '15', hundredths: 5000 }],
    ]);
    ws.close();
  });

  it('Art. 35.5: a group 1–2 unit found in group 3–4 later is flagged after any change of figures, assigned group or override', async () => {
    const { ws, call } = setup();
    await call('finance.set', {
      code: 'BV',
      year: 2024,
      revenue: '100',
      spending: '100',
      assignedGroup: '2',
      amountUnit: 'trieu_dong',
    });
    await call('finance.set', {
      code: 'BV',
      year: 2025,
      revenue: '100',
      spending: '100',
      assignedGroup: '2',
      amountUnit: 'trieu_dong',
    });
    expect((await call<FinanceSummary>('finance.summary', {})).demotions).toEqual([]);
    // New figures for 2025 put it in 3a: flagged at once (before, only a scenario merge was checked).
    await call('finance.set', {
      code: 'BV',
      year: 2025,
      revenue: '80',
      spending: '100',
      assignedGroup: '2',
      amountUnit: 'trieu_dong',
    });
    expect((await call<FinanceSummary>('finance.summary', {})).demotions).toEqual([
      {
        code: 'BV',
        name: 'Bệnh viện',
        basis: 'effective',
        from: { year: 2024, group: '2' },
        to: { year: 2025, group: '3a' },
      },
    ]);
    // Decided back to group 2 (a reason given): no longer flagged by the group in force; an assigned 3b is.
    await call('finance.override', { code: 'BV', year: 2025, group: '2', reason: 'Điều 9.2(b)' });
    await call('finance.set', {
      code: 'BV',
      year: 2025,
      revenue: '80',
      spending: '100',
      assignedGroup: '3b',
      amountUnit: 'trieu_dong',
    });
    expect((await call<FinanceSummary>('finance.summary', {})).demotions).toEqual([
      {
        code: 'BV',
        name: 'Bệnh viện',
        basis: 'assigned',
        from: { year: 2024, group: '2' },
        to: { year: 2025, group: '3b' },
      },
    ]);
    ws.close();
  });

  it('the Resolution 19 share is undecided (not "not met") while units without figures could change it', async () => {
    const { ws, call } = setup();
    await call('finance.set', { code: 'BV', year: 2025, revenue: '80', spending: '100', amountUnit: 'trieu_dong' });
    // 0 of 2 in groups 1–2, but Thư viện has no figures: 1 of 2 would be 50% ≥ 20%.
    expect((await call<FinanceSummary>('finance.summary', {})).target).toMatchObject({
      share: 0,
      met: null,
      count: 0,
      psus: 2,
      withFigures: 1,
    });
    await call('finance.set', { code: 'TV', year: 2025, revenue: '10', spending: '100', amountUnit: 'trieu_dong' });
    expect((await call<FinanceSummary>('finance.summary', {})).target).toMatchObject({
      share: 0,
      met: false,
      withFigures: 2,
    });
    ws.close();
  });

  it('counts the units without figures as the plan does when they count the same units, and says whose units each counts', async () => {
    const { ws, call } = setup();
    await call('finance.set', { code: 'BV', year: 2025, revenue: '5', spending: '100', amountUnit: 'trieu_dong' });
    const summary = await call<FinanceSummary>('finance.summary', {});
    const chartMissing = summary.target.psus - summary.target.withFigures;
    const planMissing = async (operations: unknown[]) => {
      const sim = await call<{ targets: Array<{ id: string; missing: Array<{ field: string; count?: number }> }> }>(
        'scenario.simulate',
        { scenario: { name: 'PA', operations, targetSets: ['nq19-2025'] } },
      );
      return sim.targets.find((t) => t.id === 'nq19-2025-autonomy-share')!.missing[0]!.count;
    };
    // No operation: the plan's 2025 organisation is today's, with the same figures: the same count.
    expect([chartMissing, await planMissing([])]).toEqual([1, 1]);
    // A plan that sets up a PSU in 2025 has one more without figures: a different organisation, each labelled.
    const create = {
      type: 'create',
      date: '2025-06-01',
      unit: { code: 'M', name: 'Trung tâm mới', parentCode: 'T', kind: 'psu', level: 'province', sector: 'other' },
    };
    expect(await planMissing([create])).toBe(2);
    // A unit with figures that is no longer a PSU (the one-stop centre reclassified) is counted by neither.
    await call('finance.set', { code: 'TV', year: 2025, revenue: '100', spending: '100', amountUnit: 'trieu_dong' });
    await call('units.update', { code: 'TV', patch: { kind: 'other' } });
    const after = (await call<FinanceSummary>('finance.summary', {})).target;
    expect(after).toMatchObject({ psus: 1, withFigures: 1, count: 0, share: 0, met: false });
    expect((await call<FinanceSummary>('finance.summary', {})).years[0]!.units).toBe(1);
    const { translate } = await import('../../shared/i18n/index.ts');
    expect(translate('vi', 'fin.targetUndecided', { missing: 1, year: '2025' })).toContain('tổ chức hiện tại');
    expect(translate('vi', 'scn.missingAutonomy', { count: 2, year: '2025' })).toContain('của phương án');
    ws.close();
  });

  it('says how group 1 was read when investment funding and depreciation are both zero', async () => {
    const { ws, call } = setup();
    expect(
      await call<FinanceRow>('finance.set', {
        code: 'BV',
        year: 2025,
        revenue: '120',
        spending: '100',
        investmentFunding: '0',
        depreciation: '0',
        amountUnit: 'trieu_dong',
      }),
    ).toMatchObject({ effective: '2', computed: { group: 2, reading: 'zeroInvestment' } });
    expect(
      (
        await call<FinanceRow>('finance.set', {
          code: 'BV',
          year: 2025,
          revenue: '120',
          spending: '100',
          investmentFunding: '5',
          depreciation: '0',
          amountUnit: 'trieu_dong',
        })
      ).computed,
    ).toEqual({ group: 1, band: null, rateHundredths: 12000 });
    ws.close();
  });

  it('exports the figures in the template layout, which re-imports as they were', async () => {
    const { ws, call } = setup();
    await call('finance.set', {
      code: 'BV',
      year: 2025,
      revenue: '1.200,5',
      spending: '1.000',
      investmentFunding: '50',
      depreciation: '40',
      assignedGroup: '1',
      amountUnit: 'trieu_dong',
    });
    const csv = await call<{ fileName: string; data: string }>('export.finance', { format: 'csv' });
    expect(csv.fileName).toBe('w-tu-chu-tai-chinh.csv');
    const text = Buffer.from(csv.data, 'base64')
      .toString('utf8')
      .replace(/^\ufeff/, '');
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      'Đơn vị tính: triệu đồng',
      '"Dấu thập phân: dấu phẩy (số viết như 1.234,5)"',
    ]);
    expect(text.split('\r\n')[3]).toBe('BV,Bệnh viện,2025,"1.200,5",1.000,50,40,1,triệu đồng,"120,05",1,1,');
    const before = await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 });
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await call<{ fileName: string; data: string }>('export.finance', { format });
      await call('finance.import', { fileName: file.fileName, data: file.data });
      expect(await call('finance.list', { year: 2025 })).toEqual(before);
    }
    ws.close();
  });

  it('a redo never erases figures entered since the step, and replacing the units keeps figures by code', async () => {
    const { ws, call } = setup();
    await call('finance.set', { code: 'TV', year: 2025, revenue: '10', spending: '20', amountUnit: 'trieu_dong' });
    await call('units.delete', { code: 'TV', mode: 'subtree' });
    await call('history.undo', {});
    await call('finance.set', { code: 'TV', year: 2025, revenue: '15', spending: '20', amountUnit: 'trieu_dong' });
    await expect(call('history.redo', {})).rejects.toMatchObject({ error: { key: 'err.treeChanged' } });
    expect(
      (await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows.find((r) => r.code === 'TV')?.revenue,
    ).toBe('15');

    await call('finance.set', { code: 'BV', year: 2025, revenue: '30', spending: '20', amountUnit: 'trieu_dong' });
    const { TEMPLATE_HEADERS } = await import('../../shared/import/vocab.ts');
    const csv = [
      TEMPLATE_HEADERS.map(([, h]) => h).join(';'),
      'T;T;;UBND;Tỉnh;Khác;0;0;0;0;0;0;0',
      'TV;Thư viện;T;ĐVSN;Tỉnh;Khác;0;0;0;0;0;0;0',
    ].join('\n');
    const data = Buffer.from(csv).toString('base64');
    const { mapping } = await call<{ mapping: unknown }>('import.inspect', { fileName: 'u.csv', data });
    const out = await call<{ droppedFigures: number }>('import.apply', {
      fileName: 'u.csv',
      data,
      mapping,
      mode: 'replace',
    });
    expect(out.droppedFigures).toBe(1); // BV is gone; its figures stay in the backup
    expect(
      (await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows.map((r) => [r.code, r.revenue]),
    ).toEqual([['TV', '15']]);
    ws.close();
  });

  it('reads the unit a file declares, converts it exactly, and never mixes two units in one year', async () => {
    const { ws, call } = setup();
    const file = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');
    const header = 'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B);Nhóm được giao';
    const inDong = file(['Đơn vị tính: đồng', header, 'BV;Bệnh viện;2025;1.200.500.000;1.000.000.000;1']);
    expect(await call('finance.import', { fileName: 'dong.csv', data: inDong })).toEqual({
      imported: 1,
      years: [2025],
    });
    const list = await call<{ rows: FinanceRow[]; amountUnit: string }>('finance.list', { year: 2025 });
    expect([list.amountUnit, list.rows[0]!.revenue]).toEqual(['dong', '1.200.500.000']);
    // Another file in triệu đồng for the same year is refused on its row, naming both units.
    const inTrieu = file([
      'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A) (triệu đồng);Tổng chi thường xuyên (B) (triệu đồng);Nhóm được giao',
      'TV;Thư viện;2025;45;100;3',
    ]);
    await expect(call('finance.import', { fileName: 'trieu.csv', data: inTrieu })).rejects.toMatchObject({
      error: {
        key: 'err.importInvalid',
        issues: [{ key: 'err.yearUnitStored', params: { row: 2, year: '2025', stored: 'đồng', unit: 'triệu đồng' } }],
      },
    });
    // Shown in triệu đồng, the year keeps its values exactly; then the file imports.
    await call('finance.configure', { year: 2025, amountUnit: 'trieu_dong' });
    expect((await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows[0]!.revenue).toBe('1.200,5');
    await call('finance.import', { fileName: 'trieu.csv', data: inTrieu });
    expect(
      (await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows.map((r) => [
        r.code,
        r.revenue,
        r.effective,
      ]),
    ).toEqual([
      ['BV', '1.200,5', '2'],
      ['TV', '45', '3b'],
    ]);
    // A file whose rows of one year are in two units, or whose declarations disagree, is refused.
    const mixed = file([
      `${header};Đơn vị tính`,
      'BV;Bệnh viện;2026;1;2;;triệu đồng',
      'TV;Thư viện;2026;1000;2000;;đồng',
    ]);
    await expect(call('finance.import', { fileName: 'm.csv', data: mixed })).rejects.toMatchObject({
      error: { issues: [{ key: 'err.unitMixedYear', params: { row: 3, year: '2026', first: 2 } }] },
    });
    const conflict = file(['Đơn vị tính: đồng', `${header};Đơn vị tính`, 'BV;Bệnh viện;2026;1;2;;triệu đồng']);
    await expect(call('finance.import', { fileName: 'c.csv', data: conflict })).rejects.toMatchObject({
      error: { issues: [{ key: 'err.unitConflict', params: { row: 3, value: 'triệu đồng' } }] },
    });
    // A unit given for the import never overrides what the file says.
    await expect(call('finance.import', { fileName: 'd.csv', data: inDong, unit: 'trieu_dong' })).rejects.toMatchObject(
      {
        error: {
          issues: expect.arrayContaining([
            expect.objectContaining({
              key: 'err.unitOptionConflict',
              params: expect.objectContaining({ row: 1, value: 'Đơn vị tính: đồng', given: 'triệu đồng' }),
            }),
          ]),
        },
      },
    );
    await expect(
      call('finance.import', { fileName: 'n.csv', data: file(['ĐVT: nghìn đồng', header, 'BV;Bệnh viện;2026;1;2;']) }),
    ).rejects.toMatchObject({ error: { issues: [{ key: 'err.unitUnsupported', params: { row: 1 } }] } });
    ws.close();
  });

  it('decides each amount column’s decimal mark from its values, and asks for a column that reads two ways', async () => {
    const { ws, call } = setup();
    const data = Buffer.from(
      [
        'Đơn vị tính: triệu đồng',
        'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B)',
        'BV;Bệnh viện;2025;1.250;2.5',
        'TV;Thư viện;2025;1.500;3',
      ].join('\n'),
    ).toString('base64');
    // A: every value reads two ways (1,25 or 1250); B: "2.5" decides the dot.
    await expect(call('finance.import', { fileName: 'f.csv', data })).rejects.toMatchObject({
      error: {
        issues: [{ key: 'err.decimalAmbiguous', params: { row: 3, column: 'Tổng nguồn thu (A)', value: '1.250' } }],
      },
    });
    await call('finance.import', { fileName: 'f.csv', data, decimals: { 'Tổng nguồn thu (A)': '.' } });
    expect(
      (await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows.map((r) => [
        r.code,
        r.revenue,
        r.spending,
      ]),
    ).toEqual([
      ['BV', '1,25', '2,5'],
      ['TV', '1,5', '3'],
    ]);
    await call('finance.import', { fileName: 'f.csv', data, decimal: ',' }); // the Vietnamese reading, for every such column
    expect((await call<{ rows: FinanceRow[] }>('finance.list', { year: 2025 })).rows.map((r) => r.revenue)).toEqual([
      '1.250',
      '1.500',
    ]);
    const mixed = Buffer.from(
      [
        'Đơn vị tính: triệu đồng',
        'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B)',
        'BV;Bệnh viện;2025;2.01;3',
        'TV;Thư viện;2025;1.234,5;3',
      ].join('\n'),
    ).toString('base64');
    await expect(call('finance.import', { fileName: 'x.csv', data: mixed })).rejects.toMatchObject({
      error: {
        issues: [
          { key: 'err.decimalMixed', params: { row: 4, value: '1.234,5', againstRow: 3, againstValue: '2.01' } },
        ],
      },
    });
    ws.close();
  });
});
