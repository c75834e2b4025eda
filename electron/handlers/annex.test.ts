import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { tempDir } from '../../tests/temp.ts';
import type { Unit } from '../../shared/model/unit.ts';
import type { Result } from '../../shared/contract/index.ts';

/** The home province: two sở with 3 deputy directors each. */
const homeUnits = [
  unit('T', null, { kind: 'people_committee', name: 'UBND tỉnh Hậu Giang' }),
  unit('T.STC', 'T', {
    kind: 'department',
    name: 'Sở Tài chính',
    civilServantQuota: 4,
    civilServantActual: 4,
    deputies: 3,
  }),
  unit('T.SYT', 'T', { kind: 'department', name: 'Sở Y tế', civilServantQuota: 4, civilServantActual: 4, deputies: 3 }),
];
/** Another province's workspace: the same codes, one sở of the same name in capitals. */
const otherUnits = [
  unit('T', null, { kind: 'people_committee', name: 'UBND tỉnh Sóc Trăng' }),
  unit('T.STC', 'T', {
    kind: 'department',
    name: 'SỞ TÀI CHÍNH',
    civilServantQuota: 5,
    civilServantActual: 5,
    deputies: 3,
  }),
  unit('T.SNV', 'T', {
    kind: 'department',
    name: 'Sở Nội vụ',
    civilServantQuota: 4,
    civilServantActual: 3,
    deputies: 2,
  }),
  unit('T.SNV.X', 'T.SNV', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18, contractWorkers: 2 }),
];

function otherWorkspace(units: Unit[] = otherUnits): string {
  const file = path.join(tempDir(), 'soc-trang.tinhgon');
  createWorkspace(
    file,
    { provinceName: 'Sóc Trăng', baseYear: 2024, provinceClass: 'class2', isSample: false },
    units,
  ).close();
  return file;
}

describe('provincial merger (annex)', () => {
  it('reads another workspace without changing it, and refuses a file that is not one', async () => {
    const { ws, call } = handlerHarness(homeUnits);
    const file = otherWorkspace();
    const bytes = fs.readFileSync(file);
    const read = await call<Result<'province.read'>>('province.read', { file });
    expect(read).toEqual({ file, provinceName: 'Sóc Trăng', baseYear: 2024, units: otherUnits });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    const text = path.join(tempDir(), 'ghi-chu.tinhgon');
    fs.writeFileSync(text, 'không phải tệp dữ liệu');
    await expect(call('province.read', { file: text })).rejects.toMatchObject({
      error: { key: 'err.notWorkspace', params: { file: text } },
    });
    await expect(call('province.read', { file: `${text}.missing` })).rejects.toMatchObject({
      error: { key: 'err.fileNotFound' },
    });
    ws.close();
  });

  it('previews the annexation (units, people, clashing codes, same-name departments) without storing anything', async () => {
    const { ws, call } = handlerHarness(homeUnits);
    const file = otherWorkspace();
    await call('scenario.create', { name: 'Sáp nhập' });
    const clashing = await call<Result<'scenario.annexPreview'>>('scenario.annexPreview', {
      name: 'Sáp nhập',
      file,
      year: 2025,
      parentCode: null,
    });
    expect(clashing).toEqual({ province: 'Sóc Trăng', units: 4, staff: 28, clashes: ['T', 'T.STC'], merges: [] });
    const clean = await call<Result<'scenario.annexPreview'>>('scenario.annexPreview', {
      name: 'Sáp nhập',
      file,
      year: 2025,
      parentCode: null,
      codePrefix: 'ST-',
    });
    expect(clean).toMatchObject({
      clashes: [],
      merges: [{ home: 'T.STC', homeName: 'Sở Tài chính', annexed: 'ST-T.STC', annexedName: 'SỞ TÀI CHÍNH' }],
    });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'Sáp nhập' })).operations).toEqual([]);
    // The open workspace is not another province.
    await expect(
      call('scenario.annexPreview', {
        name: 'Sáp nhập',
        file: ws.file,
        year: 2025,
        parentCode: null,
        codePrefix: 'X-',
      }),
    ).rejects.toMatchObject({ error: { key: 'err.annexSameWorkspace' } });
    ws.close();
  });

  it('appends the annexation to a plan, self-contained: the exported plan re-imports without the other file', async () => {
    const { ws, call } = handlerHarness(homeUnits);
    const file = otherWorkspace();
    await call('scenario.create', { name: 'Sáp nhập' });
    await expect(
      call('scenario.annex', { name: 'Sáp nhập', file, year: 2025, parentCode: null }),
    ).rejects.toMatchObject({
      error: {
        key: 'err.scenarioOperation',
        params: { index: '0', type: 'annex', reason: 'err.scenarioAnnexClash', code: 'T', province: 'Sóc Trăng' },
      },
    });
    const done = await call<Result<'scenario.annex'>>('scenario.annex', {
      name: 'Sáp nhập',
      file,
      year: 2025,
      parentCode: null,
      codePrefix: 'ST-',
    });
    expect(done.added).toEqual([
      { type: 'annex', year: 2025, province: 'Sóc Trăng', units: otherUnits, parentCode: null, codePrefix: 'ST-' },
    ]);
    expect(done.merges.map((m) => [m.annexed, m.home])).toEqual([['ST-T.STC', 'T.STC']]);
    const stored = await call<{ operations: unknown[] }>('scenario.get', { name: 'Sáp nhập' });
    expect(stored.operations).toEqual(done.added);

    const sim = await call<Result<'scenario.simulate'>>('scenario.simulate', { scenario: stored as never });
    const y2025 = sim.years.find((y) => y.year === 2025)!;
    expect([y2025.units, y2025.civilServantActual, y2025.publicEmployeeActual]).toEqual([7, 16, 18]); // 3 + 4 units; 8 + 8 civil servants

    const exported = await call<{ data: string }>('scenario.export', { name: 'Sáp nhập' });
    fs.rmSync(file);
    const elsewhere = handlerHarness(homeUnits);
    await elsewhere.call('scenario.import', {
      scenario: JSON.parse(Buffer.from(exported.data, 'base64').toString('utf8')),
    });
    expect((await elsewhere.call<{ operations: unknown[] }>('scenario.get', { name: 'Sáp nhập' })).operations).toEqual(
      done.added,
    );
    elsewhere.ws.close();
    ws.close();
  });

  it('merges the same-name departments with it on request; the sở deputy limit then has the +1 of a two-province merger', async () => {
    const { ws, call } = handlerHarness(homeUnits);
    const file = otherWorkspace();
    await call('rules.pin', { ruleSetId: 'nd120-150-370-2026', reason: 'Theo Nghị định 370/2025' });
    await call('scenario.create', { name: 'Sáp nhập' });
    const done = await call<Result<'scenario.annex'>>('scenario.annex', {
      name: 'Sáp nhập',
      file,
      year: 2026,
      parentCode: null,
      codePrefix: 'ST-',
      mergeSameNames: true,
    });
    expect(done.added.slice(1)).toEqual([{ type: 'merge', year: 2026, units: ['T.STC', 'ST-T.STC'], into: 'T.STC' }]);
    expect(done.merges).toEqual([]);
    const sim = await call<Result<'scenario.simulate'>>('scenario.simulate', {
      scenario: await call('scenario.get', { name: 'Sáp nhập' }),
    });
    // 2026: Tài chính 3 + 3 + 1, Y tế 3, Nội vụ 2 → 12 deputies for 3 sở; at most 4 each after merging two provinces.
    expect(sim.findings.filter((f) => f.year === 2026 && f.key.startsWith('find.departmentAverage'))).toEqual([]);
    expect(sim.findings.find((f) => f.year === 2025 && f.key.startsWith('find.departmentAverage'))).toBeUndefined();
    await call('scenario.setOperations', {
      name: 'Sáp nhập',
      operations: [...done.added, { type: 'setDeputies', year: 2027, unit: 'T.SYT', deputies: 4 }],
    });
    const over = await call<Result<'scenario.simulate'>>('scenario.simulate', {
      scenario: await call('scenario.get', { name: 'Sáp nhập' }),
    });
    expect(over.findings.find((f) => f.year === 2027 && f.key.startsWith('find.departmentAverage'))).toMatchObject({
      unitCode: 'T',
      message:
        'Các sở có tổng 13 phó giám đốc, vượt mức bình quân 4 phó giám đốc mỗi sở (kể cả 1 phó giám đốc thêm do hợp nhất 2 tỉnh; tối đa 12 cho 3 sở).',
    });

    await call('scenario.lock', { name: 'Sáp nhập', locked: true });
    await expect(
      call('scenario.annex', { name: 'Sáp nhập', file, year: 2027, parentCode: null, codePrefix: 'ST2-' }),
    ).rejects.toMatchObject({ error: { key: 'err.scenarioLocked' } });
    ws.close();
  });
});
