import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.ts';
import type { RulesView } from '../../shared/contract/index.ts';
import type { Finding } from '../../shared/rules/findings.ts';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';

function setup() {
  const { ws, call } = handlerHarness(
    [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', deputies: 3 }),
      unit('S.P', 'S', { kind: 'division', civilServantQuota: 6, civilServantActual: 6, deputies: 1 }),
      unit('S.BV', 'S', { kind: 'psu', publicEmployeeQuota: 18, publicEmployeeActual: 18, deputies: 2 }),
    ],
    2023,
    fixedClock('2025-06-10'),
  ); // today, for the workspace view: 10/06/2025, when Decree 45/2025 was in force
  const findings = async () =>
    (await call<{ findings: Finding[] }>('findings.list', {})).findings.map((f) => `${f.unitCode}:${f.rule}`);
  return { ws, call, findings };
}

describe('rule settings and findings through the handler table', () => {
  it('judges by the set in force today, or on the day asked, and by the set the province pins (who, when, why)', async () => {
    const { ws, call, findings } = setup();
    const view = await call<RulesView>('rules.get', {});
    expect(view).toMatchObject({ ruleSetId: 'nd120-45-2025', date: '2025-06-10', pinned: null, pins: [] });
    expect(view.ruleSets.map((r) => `${r.id} ${r.validFrom}…${r.validTo ?? ''}${r.inForce ? ' *' : ''}`)).toEqual([
      'nd120-107-2020 2020-11-25…2025-02-28',
      'nd120-45-2025 2025-03-01…2025-06-15 *',
      'nd120-150-2025 2025-06-16…2025-12-31',
      'nd120-150-370-2026 2026-01-01…',
    ]);
    expect(await findings()).toEqual([]);
    await call('rules.configure', { provinceClass: 'special' }); // phòng under a sở needs 7
    expect(await findings()).toEqual(['S.P:min-staff']);
    // As of another day: the set in force then, named on every finding with its citation.
    const later = await call<{ findings: Finding[]; ruleSet: string; date: string }>('findings.list', {
      date: '2026-03-01',
    });
    expect(later).toMatchObject({ ruleSet: 'nd120-150-370-2026', date: '2026-03-01' });
    // (The test's one sở is named like none of the 12 every province must have: a note for each, apart.)
    const mandatory = later.findings.filter((f) => f.parameter === 'missingMandatoryDepartments');
    expect(mandatory.map((f) => `${f.unitCode}:${f.severity}`)).toEqual(Array<string>(12).fill('T:note'));
    expect(
      later.findings
        .filter((f) => !mandatory.includes(f))
        .map((f) => ({ code: f.unitCode, ruleSet: f.ruleSet, severity: f.severity })),
    ).toEqual([{ code: 'S.P', ruleSet: 'nd120-150-370-2026', severity: 'note' }]);
    expect(later.findings[0]!.citation).toContain('Nghị định 370/2025/NĐ-CP');
    await expect(call('findings.list', { date: '2025-02-30' })).rejects.toMatchObject({
      error: { key: 'err.isoDate' },
    });
    // Before the first rule set (25/11/2020) the app has no rules: refused, not judged by a later set.
    await expect(call('findings.list', { date: '2020-11-24' })).rejects.toMatchObject({
      error: { key: 'err.noRuleSetOn', params: { date: '24/11/2020', from: '25/11/2020' } },
    });
    expect(await call('findings.list', { date: '2020-11-25' })).toMatchObject({ ruleSet: 'nd120-107-2020' });
    // Pinned: every day is judged by that set, and the pin is shown with who, when and why.
    await expect(call('rules.pin', { ruleSetId: 'nd120-107-2020', reason: ' ' })).rejects.toMatchObject({
      error: { key: 'err.reasonRequired' },
    });
    await expect(call('rules.pin', { ruleSetId: 'nope', reason: 'x' })).rejects.toMatchObject({
      error: { key: 'err.ruleSet' },
    });
    const pinned = await call<RulesView>('rules.pin', {
      ruleSetId: 'nd120-107-2020',
      reason: 'Đề án lập theo Nghị định 107/2020',
    });
    expect(pinned).toMatchObject({
      ruleSetId: 'nd120-107-2020',
      pinned: { ruleSetId: 'nd120-107-2020', reason: 'Đề án lập theo Nghị định 107/2020' },
    });
    expect(pinned.pinned!.changedBy.length).toBeGreaterThan(0);
    expect((await call<{ ruleSet: string }>('findings.list', { date: '2026-03-01' })).ruleSet).toBe('nd120-107-2020');
    const unpinned = await call<RulesView>('rules.pin', { ruleSetId: null, reason: 'Theo văn bản hiện hành' });
    expect(unpinned).toMatchObject({ ruleSetId: 'nd120-45-2025', pinned: null });
    expect(unpinned.pins.map((p) => p.ruleSetId)).toEqual([null, 'nd120-107-2020']);
    ws.close();
  });

  it("judges a PSU's deputies by its stored autonomy group, and says when none is stored", async () => {
    const { ws, call } = setup();
    await call('units.update', { code: 'S.BV', patch: { deputies: 3 } });
    const psu = async () =>
      (await call<{ findings: Finding[] }>('findings.list', {})).findings
        .filter((f) => f.unitCode === 'S.BV')
        .map((f) => `${f.key}:${f.severity}`);
    expect(await psu()).toEqual(['find.psuDeputiesGroupUnknown:note']);
    // Group 2 (revenue covers 100% of recurrent spending, not investment): at most 3 deputies.
    ws.db
      .prepare(
        "INSERT INTO finance_figures (unit_id, year, revenue, spending) VALUES ((SELECT id FROM units WHERE code = 'S.BV'), 2025, '100000000', '100000000')",
      )
      .run();
    expect(await psu()).toEqual([]);
    ws.db.prepare("UPDATE finance_figures SET revenue = '50000000'").run(); // group 3
    expect(await psu()).toEqual(['find.psuDeputies:error']);
    ws.close();
  });

  it("sends only the named units' findings and the province-wide ones when asked", async () => {
    const { ws, call } = setup();
    await call('units.update', { code: 'S', patch: { deputies: 9 } }); // above the sở average: judged on the province
    await call('units.update', { code: 'S.P', patch: { civilServantActual: 8 } }); // over its quota
    await call('units.update', { code: 'S.BV', patch: { publicEmployeeActual: 20 } }); // over its quota
    const list = async (units?: string[]) =>
      (await call<{ findings: Finding[] }>('findings.list', units ? { units } : {})).findings.map(
        (f) => `${f.unitCode}:${f.rule}`,
      );
    expect(await list()).toEqual(['S.P:over-quota', 'S.BV:over-quota', 'T:max-deputies']);
    expect(await list(['S.BV', 'S', 'T'])).toEqual(['S.BV:over-quota', 'T:max-deputies']);
    expect(await list([])).toEqual(['T:max-deputies']);
    await expect(call('findings.list', { units: ['bad code!'] })).rejects.toMatchObject({
      error: { key: expect.any(String) },
    });
    ws.close();
  });

  it('records a stricter parameter with who, when and why, and can go back to the default', async () => {
    const { ws, call, findings } = setup();
    await expect(
      call('rules.setParameter', { parameter: 'psuMinStaff', value: 20, reason: '  ' }),
    ).rejects.toMatchObject({ error: { key: 'err.reasonRequired' } });
    await expect(
      call('rules.setParameter', { parameter: 'psuMinStaff', value: -1, reason: 'x' }),
    ).rejects.toMatchObject({ error: { key: 'err.negative' } });
    // Only stricter: a lower minimum or a higher maximum is refused.
    await expect(
      call('rules.setParameter', { parameter: 'psuMinStaff', value: 10, reason: 'x' }),
    ).rejects.toMatchObject({ error: { key: 'err.looserParameter' } });
    await expect(
      call('rules.setParameter', { parameter: 'psuMaxDeputies', value: 5, reason: 'x' }),
    ).rejects.toMatchObject({ error: { key: 'err.looserParameter' } });
    await expect(
      call('rules.setParameter', { parameter: 'subordinateDeputiesAboveParent', value: 0, reason: 'x' }),
    ).rejects.toMatchObject({ error: { key: 'err.parameterNotInSet' } });
    const view = await call<RulesView>('rules.setParameter', {
      parameter: 'psuMinStaff',
      value: 20,
      reason: 'Quyết định của UBND tỉnh',
    });
    expect(view.parameters.find((p) => p.id === 'psuMinStaff')).toMatchObject({
      inForce: 20,
      default: 15,
      overridden: true,
      confidence: 'C',
    });
    expect(view.parameterHistory[0]).toMatchObject({
      parameter: 'psuMinStaff',
      value: 20,
      reason: 'Quyết định của UBND tỉnh',
    });
    expect(view.parameterHistory[0]!.changedBy.length).toBeGreaterThan(0);
    expect(await findings()).toEqual(['S.BV:min-staff']);
    const reset = await call<RulesView>('rules.setParameter', {
      parameter: 'psuMinStaff',
      value: null,
      reason: 'Hủy bỏ',
    });
    expect(reset.parameters.find((p) => p.id === 'psuMinStaff')).toMatchObject({ inForce: 15, overridden: false });
    expect(reset.parameterHistory).toHaveLength(2);
    expect(await findings()).toEqual([]);
    ws.close();
  });

  it('exports the findings as a formatted table', async () => {
    const { ws, call } = setup();
    await call('rules.configure', { provinceClass: 'special' });
    const csv = await call<{ fileName: string; data: string }>('export.findings', { format: 'csv' });
    expect(csv.fileName).toBe('w-canh-bao.csv');
    const text = Buffer.from(csv.data, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffMã đơn vị,Tên đơn vị,Quy tắc,Mức độ,Nội dung,Căn cứ,Độ tin cậy');
    expect(text).toContain(
      'S.P,Đơn vị S.P,Quy mô tối thiểu,Vi phạm,"Phòng thuộc sở có 6 biên chế công chức được giao, dưới mức tối thiểu 7."',
    );
    const xlsx = await call<{ fileName: string; data: string }>('export.findings', { format: 'xlsx' });
    expect(Buffer.from(xlsx.data, 'base64').subarray(0, 2).toString()).toBe('PK');
    ws.close();
  });
});
