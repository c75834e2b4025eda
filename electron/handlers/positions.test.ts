import { describe, expect, it } from 'vitest';
import { unit, position } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { listPositions } from '../../db/positions-repo.ts';
import type { Position } from '../../shared/positions/model.ts';

const setup = () =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('SNV', 'T', { kind: 'department', name: 'Sở Nội vụ', civilServantQuota: 10, civilServantActual: 4 }),
    unit('BV', 'T', { kind: 'psu', name: 'Bệnh viện', publicEmployeeQuota: 20 }),
  ]);
type Download = { fileName: string; data: string };
type UnitPositions = { code: string; version: string; positions: Position[]; fromPositions: Record<string, unknown> };

const csv = (lines: string[]) => Buffer.from(`\ufeff${lines.join('\r\n')}`).toString('base64');
const HEAD =
  'Mã đơn vị;Vị trí việc làm;Nhóm vị trí;Ngạch/chức danh nghề nghiệp;Hình thức;Số lượng cần;Số lượng hiện có';

describe('positions through the handler table', () => {
  it("imports but reports a unit whose quota positions' present is above its people (7 held, 4 civil servants; 4 is silent)", async () => {
    const { call } = setup();
    const file = (present: number) =>
      csv([HEAD, `SNV;Chuyên viên;2;Chuyên viên;Biên chế;8;${present}`, 'SNV;Lái xe;3;;Hợp đồng;2;2']);
    const done = await call<{ imported: number; presentAbove: unknown[] }>('positions.import', {
      fileName: 'vtvl.csv',
      data: file(7),
    });
    expect(done).toMatchObject({
      imported: 2,
      presentAbove: [{ code: 'SNV', name: 'Sở Nội vụ', present: 7, actual: 4 }],
    });
    const atLimit = await call<{ presentAbove: unknown[] }>('positions.import', {
      fileName: 'vtvl4.csv',
      data: file(4),
      replace: true,
    });
    expect(atLimit.presentAbove).toEqual([]);
  });

  it('replaces a unit list, returns what it justifies, and refuses a stale version or a bad line naming it', async () => {
    const { call } = setup();
    const empty = await call<{ units: UnitPositions[] }>('positions.list', { unit: 'SNV' });
    expect(empty.units).toMatchObject([{ code: 'SNV', positions: [], fromPositions: { civilServants: 0 } }]);
    const saved = await call<UnitPositions>('positions.replace', {
      code: 'SNV',
      version: empty.units[0]!.version,
      positions: [
        { name: 'Giám đốc', class: 'leadership', staffing: 'quota', needed: 1, present: 1 },
        { name: 'Phó Giám đốc', class: 'leadership', staffing: 'quota', needed: '2', present: 2 },
        { name: 'Chuyên viên', class: 'professional', staffing: 'quota', needed: 6, present: 5 },
        { name: 'Lái xe', class: 'support', staffing: 'contract', needed: 2, present: 2 },
      ],
    });
    expect(saved.fromPositions).toMatchObject({
      civilServants: 9,
      publicEmployees: 0,
      contract: 2,
      leadership: { headTitle: 'Giám đốc', heads: 1, deputies: 2 },
    });
    await expect(
      call('positions.replace', { code: 'SNV', version: empty.units[0]!.version, positions: [] }),
    ).rejects.toMatchObject({ error: { key: 'err.positionsChanged' } });
    await expect(
      call('positions.replace', {
        code: 'SNV',
        positions: [
          { name: 'A', class: 'leadership', staffing: 'quota', needed: 1, present: 0 },
          { name: 'Văn thư', class: 'support', staffing: 'quota', needed: 1, present: 0, level: 2 },
        ],
      }),
    ).rejects.toMatchObject({
      error: { issues: [{ field: 'positions.1.level', key: 'err.positionLevelCivilServant', params: { row: 2 } }] },
    });
    await expect(call('positions.replace', { code: 'NONE', positions: [] })).rejects.toMatchObject({
      error: { key: 'err.unitNotFound' },
    });
    const all = await call<{ units: UnitPositions[] }>('positions.list', {});
    expect(all.units.map((u) => `${u.code}:${u.positions.length}`)).toEqual(['SNV:4']);
  });

  it('imports a CSV all or nothing, refuses units that already have positions unless replacing', async () => {
    const { ws, call } = setup();
    const file = csv([
      'DANH MỤC VỊ TRÍ VIỆC LÀM',
      '',
      HEAD,
      'SNV;Giám đốc;1;;;1;1',
      'BV;Bác sĩ;Chuyên môn, nghiệp vụ;Bác sĩ hạng III;Biên chế;12;10',
      ';;;;;;',
      'BV;Hộ lý;Hỗ trợ, phục vụ;;Hợp đồng;3;3',
    ]);
    const done = await call<{ imported: number; units: string[] }>('positions.import', {
      fileName: 'vtvl.csv',
      data: file,
    });
    expect(done).toMatchObject({ imported: 3, units: ['SNV', 'BV'] });
    await expect(call('positions.import', { fileName: 'vtvl.csv', data: file })).rejects.toMatchObject({
      error: { key: 'err.positionsExist', params: { codes: 'SNV (Sở Nội vụ), BV (Bệnh viện)' } },
    });
    const bad = csv([HEAD, 'SNV;Giám đốc;1;;;1;1', 'KHAC;Kế toán;2;;;1;1']);
    await expect(call('positions.import', { fileName: 'x.csv', data: bad, replace: true })).rejects.toMatchObject({
      error: { key: 'err.importInvalid', issues: [{ field: '3:Mã đơn vị', key: 'err.positionsUnknownUnit' }] },
    });
    expect(listPositions(ws.db)).toHaveLength(3); // nothing changed
    await call('positions.import', { fileName: 'y.csv', data: csv([HEAD, 'BV;Giám đốc;1;;;1;1']), replace: true });
    expect(listPositions(ws.db).map((p) => `${p.unitCode} ${p.name}`)).toEqual(['SNV Giám đốc', 'BV Giám đốc']);
  });

  it('exports xlsx and csv that import back to the same positions (lossless), and gives the template', async () => {
    const { ws, call } = setup();
    const positions = [
      position('SNV', 'Giám đốc', 'leadership', 1, { present: 1 }),
      position('SNV', 'Chuyên viên', 'professional', 3, { rank: 'Chuyên viên', staffingDefaulted: true }),
      position('BV', 'Điều dưỡng', 'professional', 8, { rank: 'Điều dưỡng hạng IV', level: 2, present: 7 }),
      position('BV', 'Bảo vệ', 'support', 2, { staffing: 'contract', present: 2 }),
    ];
    await call('positions.replace', { code: 'SNV', positions: positions.slice(0, 2) });
    await call('positions.replace', { code: 'BV', positions: positions.slice(2) });
    for (const format of ['xlsx', 'csv'] as const) {
      const out = await call<Download>('positions.export', { format });
      expect(out.fileName).toBe(`w-vi-tri-viec-lam.${format}`);
      await call('positions.import', { fileName: out.fileName, data: out.data, replace: true });
      expect(listPositions(ws.db)).toEqual(positions);
    }
    const template = await call<Download>('positions.template', {});
    expect(template.fileName).toBe('mau-vi-tri-viec-lam-tinhgon.xlsx');
    await expect(call('positions.import', { fileName: 't.xlsx', data: template.data })).rejects.toMatchObject({
      error: { key: 'err.importInvalid', issues: [{ key: 'err.importEmpty' }] },
    });
  });

  it('joins quota-vs-positions to the workspace findings, for all units or the ones asked for', async () => {
    const { call } = setup();
    await call('positions.replace', {
      code: 'SNV',
      positions: [{ name: 'Chuyên viên', class: 'professional', staffing: 'quota', needed: 8, present: 8 }],
    });
    type Findings = {
      findings: Array<{ unitCode: string; rule: string; ruleSet: string; citation: string; confidence: string }>;
    };
    const all = await call<Findings>('findings.list', {});
    expect(all.findings).toContainEqual(
      expect.objectContaining({ unitCode: 'SNV', rule: 'quota-vs-positions', ruleSet: 'law80-2025', confidence: 'C' }),
    );
    const exported = await call<Download>('export.findings', { format: 'csv' });
    expect(Buffer.from(exported.data, 'base64').toString('utf8')).toContain('Biên chế và vị trí việc làm');
    const some = await call<Findings>('findings.list', { units: ['BV'] });
    expect(some.findings.some((f) => f.rule === 'quota-vs-positions')).toBe(false);
  });
});
