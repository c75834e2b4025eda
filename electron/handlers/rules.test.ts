import { describe, expect, it } from 'vitest';
import type { RulesView } from '../../shared/contract.ts';
import type { Finding } from '../../shared/rules/findings.ts';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';

function setup() {
  const { ws, call } = handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('S', 'T', { kind: 'department', deputies: 3 }),
    unit('S.P', 'S', { kind: 'division', civilServantQuota: 6, civilServantActual: 6, deputies: 1 }),
    unit('S.BV', 'S', { kind: 'psu', publicEmployeeQuota: 18, publicEmployeeActual: 18, deputies: 2 }),
  ], 2023);
  const findings = async () => (await call<{ findings: Finding[] }>('findings.list', {})).findings.map((f) => `${f.unitCode}:${f.rule}`);
  return { ws, call, findings };
}

describe('rule settings and findings through the handler table', () => {
  it('judges by the set in force in the base year, and by the set and class the workspace chooses', async () => {
    const { ws, call, findings } = setup();
    expect((await call<RulesView>('rules.get', {})).ruleSetId).toBe('nd120-107-2020');
    expect(await findings()).toEqual([]);
    await call('rules.configure', { provinceClass: 'special' }); // phòng under a sở needs 7
    expect(await findings()).toEqual(['S.P:min-staff']);
    await call('rules.configure', { provinceClass: 'class2', ruleSetId: 'nd120-150-370-2026' }); // 7 for every province
    expect(await findings()).toEqual(['S.P:min-staff']);
    await expect(call('rules.configure', { ruleSetId: 'nope' })).rejects.toMatchObject({ error: { key: 'err.ruleSet' } });
    ws.close();
  });

  it('sends only the named units\' findings and the province-wide ones when asked', async () => {
    const { ws, call } = setup();
    await call('units.update', { code: 'S', changes: { deputies: 9 } }); // above the sở average: judged on the province
    await call('units.update', { code: 'S.P', changes: { civilServantActual: 8 } }); // over its quota
    await call('units.update', { code: 'S.BV', changes: { publicEmployeeActual: 20 } }); // over its quota
    const list = async (units?: string[]) => (await call<{ findings: Finding[] }>('findings.list', units ? { units } : {})).findings.map((f) => `${f.unitCode}:${f.rule}`);
    expect(await list()).toEqual(['S.P:over-quota', 'S.BV:over-quota', 'T:max-deputies']);
    expect(await list(['S.BV', 'S', 'T'])).toEqual(['S.BV:over-quota', 'T:max-deputies']);
    expect(await list([])).toEqual(['T:max-deputies']);
    await expect(call('findings.list', { units: ['bad code!'] })).rejects.toMatchObject({ error: { key: expect.any(String) } });
    ws.close();
  });

  it('records a stricter parameter with who, when and why, and can go back to the default', async () => {
    const { ws, call, findings } = setup();
    await expect(call('rules.setParameter', { parameter: 'psuMinStaff', value: 20, reason: '  ' })).rejects.toMatchObject({ error: { key: 'err.reasonRequired' } });
    await expect(call('rules.setParameter', { parameter: 'psuMinStaff', value: -1, reason: 'x' })).rejects.toMatchObject({ error: { key: 'err.negative' } });
    // Only stricter: a lower minimum or a higher maximum is refused.
    await expect(call('rules.setParameter', { parameter: 'psuMinStaff', value: 10, reason: 'x' })).rejects.toMatchObject({ error: { key: 'err.looserParameter' } });
    await expect(call('rules.setParameter', { parameter: 'psuMaxDeputies', value: 5, reason: 'x' })).rejects.toMatchObject({ error: { key: 'err.looserParameter' } });
    const view = await call<RulesView>('rules.setParameter', { parameter: 'psuMinStaff', value: 20, reason: 'Quyết định của UBND tỉnh' });
    expect(view.parameters.find((p) => p.id === 'psuMinStaff')).toMatchObject({ inForce: 20, default: 15, overridden: true, confidence: 'C' });
    expect(view.changes[0]).toMatchObject({ parameter: 'psuMinStaff', value: 20, reason: 'Quyết định của UBND tỉnh' });
    expect(view.changes[0]!.changedBy.length).toBeGreaterThan(0);
    expect(await findings()).toEqual(['S.BV:min-staff']);
    const reset = await call<RulesView>('rules.setParameter', { parameter: 'psuMinStaff', value: null, reason: 'Hủy bỏ' });
    expect(reset.parameters.find((p) => p.id === 'psuMinStaff')).toMatchObject({ inForce: 15, overridden: false });
    expect(reset.changes).toHaveLength(2);
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
    expect(text).toContain('S.P,Đơn vị S.P,Quy mô tối thiểu,Vi phạm,"Phòng thuộc sở có 6 biên chế công chức được giao, dưới mức tối thiểu 7."');
    const xlsx = await call<{ fileName: string; data: string }>('export.findings', { format: 'xlsx' });
    expect(Buffer.from(xlsx.data, 'base64').subarray(0, 2).toString()).toBe('PK');
    ws.close();
  });
});
