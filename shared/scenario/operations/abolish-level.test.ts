/** abolishLevel on the Hậu Giang sample: the district level gone in one step, people and quotas kept. */
import { describe, expect, it } from 'vitest';
import { simulate, ScenarioError } from '../simulate.ts';
import { OperationSchema } from '../operations.ts';
import { describeOperation } from '../describe.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { generateSampleProvince } from '../../sample/hau-giang.ts';
import type { Unit } from '../../model/unit.ts';

const units = generateSampleProvince();
const districts = ['HG.VT', 'HG.NB', 'HG.TXLM', 'HG.CT', 'HG.CTA', 'HG.PH', 'HG.VTH', 'HG.HLM'];
const receivers = Object.fromEntries(districts.map((d) => [d, 'HG']));
const rules = { ruleSet: ruleSetById('nd120-150-2025')!, provinceClass: 'class2' as const };
const run = (list: unknown[], fullEvaluation = false) =>
  simulate(
    units,
    list.map((o) => OperationSchema.parse(o)),
    { baseYear: 2024, horizon: 2026, rules, fullEvaluation },
  );
const staff = (us: readonly Unit[]) =>
  us.reduce((s, u) => s + u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers, 0);
const sum = (us: readonly Unit[], f: 'civilServantQuota' | 'publicEmployeeQuota') => us.reduce((s, u) => s + u[f], 0);
const refused = (list: unknown[]) => {
  try {
    run(list);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return e as ScenarioError;
  }
  throw new Error('not refused');
};

describe('abolishLevel', () => {
  const op = { type: 'abolishLevel', date: '2025-07-01', level: 'district', receivers };

  it('dissolves every district UBND: its PSUs go to the receiver at its level, its phòng pass their staff and quotas, communes stay communes; no district unit is left', () => {
    const sim = run([op]);
    const [before, after] = [sim.years[0]!.units, sim.years[1]!.units];
    expect(after.filter((u) => u.level === 'district')).toEqual([]);
    expect(after.some((u) => districts.includes(u.code) || u.code === 'HG.VT.P02')).toBe(false);
    // 8 committees and 104 phòng gone.
    expect(before.length - after.length).toBe(8 + 104);
    expect(
      after.filter((u) => u.kind === 'people_committee' && u.level === 'commune').every((u) => u.parentCode === 'HG'),
    ).toBe(true);
    const school = before.find((u) => u.parentCode === 'HG.VT' && u.kind === 'psu')!;
    expect(after.find((u) => u.code === school.code)).toMatchObject({ parentCode: 'HG', level: 'province' });
    // People and quotas are kept: moved, not lost.
    expect([staff(after), sum(after, 'civilServantQuota'), sum(after, 'publicEmployeeQuota')]).toEqual([
      staff(before),
      sum(before, 'civilServantQuota'),
      sum(before, 'publicEmployeeQuota'),
    ]);
    expect(sim.years[1]!.leavers).toBe(0);
    expect(sim.years).toEqual(run([op], true).years);
    // The preview: every committee and unit under it, and the receiver.
    const named = Object.keys(sim.steps[0]!.units);
    expect(named).toContain('HG.VT.P02');
    expect(named).toContain(school.code);
    expect(named.at(-1)).toBe('HG');
  });

  it('refuses a committee without a receiver, a code that is not one, a receiver of the level abolished, and a receiver that cannot hold the units', () => {
    const { 'HG.NB': _, ...missing } = receivers;
    expect(refused([{ ...op, receivers: missing }])).toMatchObject({
      key: 'err.abolishReceiverMissing',
      params: { code: 'HG.NB' },
    });
    expect(refused([{ ...op, receivers: { ...receivers, 'HG.SYT': 'HG' } }])).toMatchObject({
      key: 'err.abolishNotCommittee',
      params: { code: 'HG.SYT' },
    });
    expect(refused([{ ...op, receivers: { ...receivers, 'HG.NB': 'HG.VT' } }])).toMatchObject({
      key: 'err.abolishReceiverLevel',
      params: { code: 'HG.VT' },
    });
    const psu = units.find((u) => u.kind === 'psu' && u.level === 'province')!.code;
    expect(refused([{ ...op, receivers: { ...receivers, 'HG.NB': psu } }])).toMatchObject({ key: 'err.placement' });
    expect(refused([op, { ...op, date: '2025-08-01' }])).toMatchObject({ index: 1, key: 'err.abolishNothing' });
    expect(OperationSchema.safeParse({ ...op, receivers: {} }).error?.issues[0]?.message).toBe('err.abolishReceivers');
  });

  it('is described with its day and each committee’s receiver, the level in lower case, one receiver named once', () => {
    const names: Record<string, string> = {
      'HG.VT': 'UBND thành phố Vị Thanh',
      'HG.NB': 'UBND thành phố Ngã Bảy',
      HG: 'UBND tỉnh Hậu Giang',
      'HG.SYT': 'Sở Y tế',
    };
    const say = (receivers: Record<string, string>, lang: 'vi' | 'en' = 'vi') =>
      describeOperation(OperationSchema.parse({ ...op, receivers }), lang, (c) => names[c] ?? c);
    expect(say({ 'HG.VT': 'HG', 'HG.NB': 'HG' })).toBe(
      '01/07/2025: không tổ chức cấp huyện: giải thể 2 UBND (UBND thành phố Vị Thanh, UBND thành phố Ngã Bảy), đơn vị trực thuộc và biên chế chuyển về UBND tỉnh Hậu Giang',
    );
    expect(say({ 'HG.VT': 'HG', 'HG.NB': 'HG.SYT' })).toBe(
      '01/07/2025: không tổ chức cấp huyện: giải thể 2 UBND, đơn vị trực thuộc và biên chế chuyển về đơn vị tiếp nhận (UBND thành phố Vị Thanh → UBND tỉnh Hậu Giang; UBND thành phố Ngã Bảy → Sở Y tế)',
    );
    expect(say({ 'HG.VT': 'HG' }, 'en')).toBe(
      "01/07/2025: the district level is abolished: 1 people's committees dissolved (UBND thành phố Vị Thanh), their units and quotas passed to UBND tỉnh Hậu Giang",
    );
  });
});
