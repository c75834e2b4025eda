import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './index.ts';
import { createWorkspace, openWorkspace, type Workspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { restoreBackup } from '../../db/backup.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { checkResult } from '../../tests/handler-harness.ts';
import type { ArgsIn, Channel, Envelope, Result } from '../../shared/contract/index.ts';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { TEMPLATE_HEADERS } from '../../shared/import/vocab.ts';
import { NORM_HEADERS } from '../../shared/import/unit-norms.ts';
import type { ImportMapping } from '../../shared/import/mapping.ts';
import { translate } from '../../shared/i18n/index.ts';
import { isMessageKey } from '../../shared/i18n/index.ts';
import { tempDir } from '../../tests/temp.ts';
import { unit } from '../../tests/fixtures.ts';
import { OFFICE_ROWS, base64, xlsxOf } from '../../tests/workbooks.ts';

const META = { provinceName: 'Thử nghiệm', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

function setup(units = generateSampleProvince().slice(0, 0)) {
  const dir = tempDir();
  const ws = createWorkspace(path.join(dir, 'w.tinhgon'), META, units);
  return { dir, ws, handlers: createHandlers(ws) };
}

async function call<C extends Channel>(ws: Workspace, channel: C, args: ArgsIn<C>): Promise<Envelope<Result<C>>> {
  const env = await dispatch(createHandlers(ws), channel, args);
  if (env.ok) checkResult(channel, env.result);
  return env as Envelope<Result<C>>;
}
async function ok<C extends Channel>(ws: Workspace, channel: C, args: ArgsIn<C>): Promise<Result<C>> {
  const env = await call(ws, channel, args);
  if (!env.ok) throw new Error(`${channel}: ${JSON.stringify(env.error)}`);
  return env.result;
}

/** Inspect, then import with the detected (or remembered) mapping. */
async function importFile(
  ws: Workspace,
  fileName: string,
  bytes: Uint8Array,
  mode: 'replace' | 'update' | null = null,
  tweak?: (m: ImportMapping) => ImportMapping,
) {
  const data = base64(bytes);
  const inspection = await ok(ws, 'import.inspect', { fileName, data });
  const mapping = tweak ? tweak(inspection.mapping) : inspection.mapping;
  return { inspection, mapping, env: await call(ws, 'import.apply', { fileName, data, mapping, mode }) };
}

describe('import and export through the handler table', () => {
  it('downloads a template with the exact headers and a guide sheet, and imports it filled in', async () => {
    const { ws } = setup();
    const template = await ok(ws, 'export.template', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template.data, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Đơn vị', 'Hướng dẫn']);
    const sheet = wb.getWorksheet('Đơn vị')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      [...TEMPLATE_HEADERS, ...NORM_HEADERS].map(([, h]) => h),
    );
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the guide column holds plain strings; an object would print [object Object] and fail the match
    expect(wb.getWorksheet('Hướng dẫn')!.getColumn(3).values.join(' ')).toContain('Phòng thuộc ĐVSN');
    sheet.addRow(['HG', 'UBND tỉnh Hậu Giang', null, 'UBND', 'Tỉnh', 'Quản lý hành chính chung', 0, 0, 0, 0, 0, 0, 4]);
    sheet.addRow(['HG.SYT', 'Sở Y tế', 'HG', 'Sở', 'Tỉnh', 'Y tế', 30, 28, 0, 0, 0, 2, 3]);
    const { env } = await importFile(ws, 'mau.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(env).toMatchObject({ ok: true, result: { added: 2, changed: 0, removed: 0 } });
    expect(listUnits(ws.db)).toEqual([
      unit('HG', null, {
        name: 'UBND tỉnh Hậu Giang',
        kind: 'people_committee',
        sector: 'general_administration',
        deputies: 4,
      }),
      unit('HG.SYT', 'HG', {
        name: 'Sở Y tế',
        kind: 'department',
        sector: 'health',
        civilServantQuota: 30,
        civilServantActual: 28,
        contractWorkers: 2,
        deputies: 3,
      }),
    ]);
    ws.close();
  });

  it('imports an office workbook with a title block, merged two-row headers, STT hierarchy and subtotals', async () => {
    const { ws } = setup();
    const bytes = await xlsxOf(OFFICE_ROWS, ['A1:H1', 'A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'G4:G5', 'H4:H5']);
    const { inspection, env } = await importFile(ws, 'bieu-bien-che.xlsx', bytes, null, (m) => ({
      ...m,
      defaults: { kind: 'psu', level: 'province', sector: 'health' },
    }));
    expect(inspection.mapping).toMatchObject({ headerRow: 4, headerRows: 2 });
    expect(inspection.labels.slice(0, 4)).toEqual([
      'STT',
      'Tên cơ quan, đơn vị',
      'Biên chế công chức Được giao',
      'Biên chế công chức Hiện có',
    ]);
    expect(env.ok).toBe(true);
    const units = listUnits(ws.db);
    expect(units.map((u) => `${u.code}<${u.parentCode ?? ''}`)).toEqual([
      'I<',
      'I-1<I',
      'I-1-1.1<I-1',
      'I-1-1.1-a<I-1-1.1',
      'I-1-1.1-b<I-1-1.1',
      'I-1-1.2<I-1',
      'I-2<I',
      'II<',
      'II-1<II',
    ]);
    expect(units.find((u) => u.name === 'Bệnh viện Đa khoa tỉnh')).toMatchObject({
      publicEmployeeQuota: 1234,
      publicEmployeeActual: 1200,
      kind: 'psu',
      sector: 'health',
    });
    ws.close();
  });

  it('imports a CSV with a BOM, semicolons and Vietnamese thousands', async () => {
    const { ws } = setup();
    const header = TEMPLATE_HEADERS.map(([, h]) => h).join(';');
    const text = `\ufeff${header}\r\nA;"Bệnh viện; đa khoa";;ĐVSN;Tỉnh;Y tế;0;0;1.234;1.200;300;45;3\r\n`;
    const { env } = await importFile(ws, 'don-vi.csv', new TextEncoder().encode(text));
    expect(env.ok).toBe(true);
    expect(listUnits(ws.db)).toEqual([
      unit('A', null, {
        name: 'Bệnh viện; đa khoa',
        kind: 'psu',
        sector: 'health',
        publicEmployeeQuota: 1234,
        publicEmployeeActual: 1200,
        selfFundedEmployees: 300,
        contractWorkers: 45,
        deputies: 3,
      }),
    ]);
    ws.close();
  });

  it('refuses a broken file whole: every bad row reported, the workspace unchanged, no backup written', async () => {
    const { ws, dir } = setup(generateSampleProvince().slice(0, 3));
    const before = listUnits(ws.db);
    const H = TEMPLATE_HEADERS.map(([, h]) => h);
    const bytes = await xlsxOf([
      H,
      ['N1', 'Mới 1', null, 'Sở', 'Tỉnh', 'Y tế', 1, 1, 0, 0, 0, 0, 0],
      ['N2', 'Mới 2', 'N1', 'Phòng', 'Tỉnh', 'Y tế', 1, -1, 0, 0, 0, 0, 0],
      ['N3', 'Mới 3', 'NOPE', 'Phòng', 'Tỉnh', 'Y tế', 1, 1, 0, 0, 0, 0, 0],
    ]);
    const { env } = await importFile(ws, 'hong.xlsx', bytes, 'replace');
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.key).toBe('err.importInvalid');
    expect(
      env.error.issues.map((i) =>
        translate('vi', 'err.importRow', {
          ...i.params,
          reason: isMessageKey(i.key) ? translate('vi', i.key, i.params) : i.key,
        }),
      ),
    ).toEqual([
      'Dòng 3, cột "Công chức hiện có": Không được là số âm.',
      'Dòng 4, cột "Mã đơn vị cấp trên": Không tìm thấy đơn vị cấp trên "NOPE".',
    ]);
    expect(listUnits(ws.db)).toEqual(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes('backup'))).toEqual([]);
    ws.close();
  });

  it('into a workspace with units: requires a mode, previews the changes, updates by code or replaces', async () => {
    const { ws, dir } = setup([unit('A', null), unit('B', 'A', { deputies: 1 }), unit('C', 'A')]);
    const H = TEMPLATE_HEADERS.map(([, h]) => h);
    const bytes = await xlsxOf([
      H,
      ['A', 'Đơn vị A', null, 'Khác', 'Tỉnh', 'Khác', 0, 0, 0, 0, 0, 0, 0],
      ['B', 'Đơn vị B', 'A', 'Khác', 'Tỉnh', 'Khác', 0, 0, 0, 0, 0, 0, 2],
      ['D', 'Mới', 'B', 'Khác', 'Tỉnh', 'Khác', 0, 0, 0, 0, 0, 0, 0],
    ]);
    const data = base64(bytes);
    const { mapping } = await ok(ws, 'import.inspect', { fileName: 'x.xlsx', data });
    expect((await call(ws, 'import.apply', { fileName: 'x.xlsx', data, mapping, mode: null })).ok).toBe(false);
    const preview = await ok(ws, 'import.preview', { fileName: 'x.xlsx', data, mapping, mode: 'update' });
    expect(preview.diff.added.map((u) => u.code)).toEqual(['D']);
    expect(preview.diff.changed).toEqual([
      { code: 'B', name: 'Đơn vị B', fieldChanges: [{ field: 'deputies', from: 1, to: 2 }] },
    ]);
    expect(preview.diff.missing.map((u) => u.code)).toEqual(['C']);
    expect(preview.diff.unchanged).toBe(1);

    const updated = await ok(ws, 'import.apply', { fileName: 'x.xlsx', data, mapping, mode: 'update' });
    expect(updated).toMatchObject({ added: 1, changed: 1, removed: 0 });
    expect(fs.existsSync(updated.backupFile)).toBe(true);
    expect(listUnits(ws.db).map((u) => `${u.code}<${u.parentCode ?? ''}:${u.deputies}`)).toEqual([
      'A<:0',
      'B<A:2',
      'C<A:0',
      'D<B:0',
    ]);

    // An update may hang new units under units that are only in the workspace; a replace may not.
    const partial = base64(await xlsxOf([H, ['E', 'Dưới C', 'C', 'Khác', 'Tỉnh', 'Khác', 0, 0, 0, 0, 0, 0, 0]]));
    const underC = await call(ws, 'import.preview', { fileName: 'p.xlsx', data: partial, mapping, mode: 'replace' });
    expect(underC.ok && underC.result.issues.map((i) => i.key)).toEqual(['err.unknownParent']);
    const underC2 = await call(ws, 'import.preview', { fileName: 'p.xlsx', data: partial, mapping, mode: 'update' });
    expect(underC2.ok && underC2.result.issues).toEqual([]);

    const replaced = await ok(ws, 'import.apply', { fileName: 'x.xlsx', data, mapping, mode: 'replace' });
    expect(replaced).toMatchObject({ added: 0, changed: 0, removed: 1 });
    expect(listUnits(ws.db).map((u) => u.code)).toEqual(['A', 'B', 'D']);
    // Each import left a backup with the state before it.
    const backups = fs
      .readdirSync(dir)
      .filter((f) => f.includes('truoc-nhap'))
      .sort();
    expect(backups).toHaveLength(2);
    ws.close();
  });

  it('round-trips the sample province losslessly through .xlsx and .csv', async () => {
    const sample = generateSampleProvince();
    const { ws: source } = setup(sample);
    for (const format of ['xlsx', 'csv'] as const) {
      const exported = await ok(source, 'export.units', { format });
      expect(exported.fileName).toBe(`w-don-vi.${format}`);
      const { ws: target } = setup();
      const { env } = await importFile(target, exported.fileName, new Uint8Array(Buffer.from(exported.data, 'base64')));
      expect(env.ok).toBe(true);
      expect(listUnits(target.db)).toEqual(sample);
      target.close();
    }
    source.close();
  });

  it('remembers a corrected mapping for the same table layout', async () => {
    const { ws } = setup();
    const rows = [
      ['Ký hiệu', 'Tên gọi', 'Phó'],
      ['X1', 'Đơn vị một', 2],
    ];
    const bytes = await xlsxOf(rows);
    const first = await ok(ws, 'import.inspect', { fileName: 'a.xlsx', data: base64(bytes) });
    expect(first.remembered).toBe(false);
    const mapping: ImportMapping = {
      ...first.mapping,
      headerRow: 1,
      headerRows: 1,
      columns: { code: 0, name: 1, deputies: 2 },
    };
    expect((await call(ws, 'import.apply', { fileName: 'a.xlsx', data: base64(bytes), mapping, mode: null })).ok).toBe(
      true,
    );
    const again = await ok(ws, 'import.inspect', {
      fileName: 'b.xlsx',
      data: base64(await xlsxOf([...rows, ['X2', 'Đơn vị hai', 1]])),
    });
    expect(again.remembered).toBe(true);
    expect(again.mapping.columns).toEqual({ code: 0, name: 1, deputies: 2 });
    ws.close();
  });

  it('explains files it cannot read', async () => {
    const { ws } = setup();
    const bad = await call(ws, 'import.inspect', {
      fileName: 'x.xlsx',
      data: base64(new TextEncoder().encode('not a zip')),
    });
    expect(bad).toMatchObject({ ok: false, error: { key: 'err.importUnreadable' } });
    const pdf = await call(ws, 'import.inspect', { fileName: 'x.pdf', data: base64(new Uint8Array([1, 2])) });
    expect(pdf).toMatchObject({ ok: false, error: { key: 'err.importFormat' } });
    ws.close();
  });

  it('backs up the open workspace consistently, with a date in the name, and restores it as a new workspace', async () => {
    const { ws, dir } = setup(generateSampleProvince());
    const { file } = await ok(ws, 'workspace.backup', {});
    expect(path.basename(file)).toMatch(/^w\.backup-\d{4}-\d{2}-\d{2}-\d{6}\.tinhgon$/);
    const restored = restoreBackup(file, path.join(dir, 'restored.tinhgon'));
    expect(listUnits(restored.db)).toEqual(listUnits(ws.db));
    restored.close();
    const reopened = openWorkspace(file);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    ws.close();
  });

  it('an update by code changes only the columns the file has', async () => {
    const { ws } = setup(generateSampleProvince());
    const before = listUnits(ws.db).find((u) => u.code === 'HG.VPUB')!;
    const csv = new TextEncoder().encode(
      'Mã đơn vị;Tên đơn vị;Công chức hiện có\nHG.VPUB;Văn phòng UBND tỉnh Hậu Giang;1.234\n',
    );
    const { env } = await importFile(ws, 'mot-cot.csv', csv, 'update');
    expect(env).toMatchObject({ ok: true, result: { added: 0, changed: 1 } });
    expect(listUnits(ws.db).find((u) => u.code === 'HG.VPUB')).toEqual({
      ...before,
      name: 'Văn phòng UBND tỉnh Hậu Giang',
      civilServantActual: 1234,
    });
    ws.close();
  });

  it('reads a group heading merged across the row, shares a merged sector, and refuses a count merged over two units', async () => {
    const { ws } = setup();
    const rows = [
      ['STT', 'Tên đơn vị', 'Lĩnh vực', 'Số cấp phó'],
      ['I. KHỐI SỞ, NGÀNH', null, null, null],
      ['1', 'Sở Y tế', 'Y tế', 3],
      ['2', 'Chi cục Dân số', null, 1],
    ];
    const ok1 = await importFile(ws, 'a.xlsx', await xlsxOf(rows, ['A2:D2', 'C3:C4']));
    expect(ok1.env.ok).toBe(true);
    expect(listUnits(ws.db).map((u) => `${u.code}<${u.parentCode ?? ''}:${u.name}:${u.sector}:${u.deputies}`)).toEqual([
      'I<:KHỐI SỞ, NGÀNH:other:0',
      'I-1<I:Sở Y tế:health:3',
      'I-2<I:Chi cục Dân số:health:1',
    ]);
    const { ws: ws2 } = setup();
    const bad = await importFile(ws2, 'b.xlsx', await xlsxOf(rows, ['A2:D2', 'D3:D4']));
    expect(bad.env.ok).toBe(false);
    if (!bad.env.ok)
      expect(bad.env.error.issues.map((i) => [i.params?.row, i.key])).toEqual([
        [3, 'err.mergedCells'],
        [4, 'err.mergedCells'],
      ]);
    expect(listUnits(ws2.db)).toEqual([]);
    ws.close();
    ws2.close();
  });

  it('refuses Excel error values and ambiguous numbers instead of reading them as 0 or 12', async () => {
    const { ws } = setup();
    const H = TEMPLATE_HEADERS.map(([, h]) => h);
    const bytes = await xlsxOf([
      H,
      [
        'A',
        'Đơn vị A',
        null,
        'Khác',
        'Tỉnh',
        'Khác',
        '12,000',
        { formula: '1/0', result: { error: '#DIV/0!' } } as never,
        0,
        0,
        0,
        0,
        0,
      ],
    ]);
    const { env, inspection } = await importFile(ws, 'loi.xlsx', bytes);
    // "12,000" is 12 or 12000: asked (the mapping step offers the choice for column G), never guessed.
    expect(inspection.ambiguous).toEqual([{ index: 6, row: 2, value: '12,000' }]);
    expect(env.ok).toBe(false);
    if (!env.ok)
      expect(env.error.issues.map((i) => [i.params?.column, i.params?.value, i.key])).toEqual([
        ['Biên chế công chức được giao', '12,000', 'err.decimalAmbiguous'],
        ['Công chức hiện có', '#DIV/0!', 'err.notNumber'],
      ]);
    ws.close();
  });

  it('reads a count column that reads two ways with the mark chosen in the mapping, and remembers the choice', async () => {
    const { ws } = setup();
    const H = TEMPLATE_HEADERS.map(([, h]) => h);
    const bytes = await xlsxOf([H, ['A', 'Đơn vị A', null, 'Khác', 'Tỉnh', 'Khác', '12,000', 3, 0, 0, 0, 0, 0]]);
    const { env } = await importFile(ws, 'so.xlsx', bytes, null, (m) => ({
      ...m,
      decimals: { civilServantQuota: '.' },
    }));
    expect(env).toMatchObject({ ok: true, result: { added: 1 } });
    if (env.ok) expect(env.result.units[0]).toMatchObject({ civilServantQuota: 12000, civilServantActual: 3 });
    const again = await ok(ws, 'import.inspect', { fileName: 'so.xlsx', data: base64(bytes) });
    expect(again).toMatchObject({ remembered: true, mapping: { decimals: { civilServantQuota: '.' } } });
    ws.close();
  });
});
