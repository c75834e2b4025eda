import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import type { MetricsPositionsYear } from '../../shared/positions/quota-beside.ts';

const line = (name: string, needed: number, staffing: 'quota' | 'contract' = 'quota') => ({
  name,
  class: name === 'Giám đốc' ? 'leadership' : 'professional',
  staffing,
  needed,
  present: needed,
});
type Metrics = { years: Array<{ year: number; civilServantQuota: number; positions?: MetricsPositionsYear }> };

describe('scenario.metrics: the quotas beside the plan’s job positions, year by year', () => {
  it('sends them only when the workspace has positions, following the plan’s merge and its reduction', async () => {
    const { call } = handlerHarness([
      unit('T', null, { kind: 'people_committee' }),
      unit('A', 'T', { kind: 'department', name: 'Sở A', civilServantQuota: 5, civilServantActual: 5 }),
      unit('B', 'T', { kind: 'department', name: 'Sở B', civilServantQuota: 4, civilServantActual: 4 }),
      unit('C', 'T', { kind: 'department', name: 'Sở C', civilServantQuota: 7, civilServantActual: 7 }),
    ]);
    const merge = {
      type: 'merge',
      date: '2026-03-01',
      units: ['A', 'B'],
      into: { code: 'M', name: 'Sở mới', kind: 'department', parentCode: 'T' },
    };
    const reduce = {
      type: 'setPositions',
      date: '2027-01-01',
      unit: 'M',
      positions: [line('Giám đốc', 1), line('Chuyên viên', 6), line('Lái xe', 1, 'contract')],
    };
    const scenario = { name: 'PA', baseYear: 2025, horizon: 2027, operations: [merge] };
    await call('scenario.import', { scenario });
    const before = await call<Metrics>('scenario.metrics', { name: 'PA' });
    expect(before.years.map((y) => y.positions)).toEqual([undefined, undefined, undefined]);

    await call('positions.replace', { code: 'A', positions: [line('Giám đốc', 1), line('Chuyên viên', 3)] });
    await call('positions.replace', {
      code: 'B',
      positions: [line('Giám đốc', 1), line('Kế toán', 3), line('Lái xe', 2, 'contract')],
    });
    await call('scenario.import', { scenario: { ...scenario, name: 'PA2', operations: [merge, reduce] } });
    const civilServants = async (name: string) =>
      (await call<Metrics>('scenario.metrics', { name })).years.map((y) => {
        const cs = y.positions!.civilServants;
        return [y.year, cs.assigned, cs.withPositions, cs.units, cs.coveredAssigned, cs.justified, cs.contract];
      });
    // [year, quota, units with positions, units with a quota, their quota, justified, contract]
    expect(await civilServants('PA')).toEqual([
      [2025, 16, 2, 3, 9, 8, 2], // Sở C (7) has no positions: 2 of 3 units covered
      [2026, 16, 1, 2, 9, 8, 2], // merged: one unit, the lists joined
      [2027, 16, 1, 2, 9, 8, 2],
    ]);
    expect((await civilServants('PA2'))[2]).toEqual([2027, 16, 1, 2, 9, 7, 1]); // reduced by the officer
    const after = await call<Metrics>('scenario.metrics', { name: 'PA' });
    // The metrics' export has the same rows under the quota.
    const csv = async (name: string) =>
      Buffer.from(
        (await call<{ data: string }>('export.scenario', { name, format: 'csv', table: 'metrics' })).data,
        'base64',
      ).toString('utf8');
    const lines = (await csv('PA')).split(/\r?\n/);
    const at = lines.findIndex((l) => l.startsWith('Biên chế công chức,'));
    expect(lines.slice(at + 1, at + 6).map((l) => l.split(','))).toEqual([
      ['Đơn vị có vị trí việc làm / đơn vị có biên chế', '2/3', '1/2', '1/2'],
      ['Công chức theo vị trí việc làm (các đơn vị đã có)', '8', '8', '8'],
      ['Biên chế giao cho các đơn vị đã có vị trí việc làm', '9', '9', '9'],
      ['Biên chế giao cao hơn (+) / thấp hơn (−) vị trí việc làm', '1', '1', '1'],
      ['Hợp đồng lao động theo vị trí việc làm', '2', '2', '2'],
    ]);
    expect(lines[at + 6]).toMatch(/^Công chức hiện có,/);
    expect(await csv('PA')).not.toContain('Viên chức (NSNN) theo vị trí việc làm');
    expect(after.years[0]!.positions!.publicEmployees).toMatchObject({ units: 0, withPositions: 0, justified: 0 });
  });
});
