/** Operations dated to the day: read from the exchange format, applied in date order within a year, deadlines from the date, said as dd/MM/yyyy. */
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate.ts';
import { OperationSchema } from './operations.ts';
import { describeOperation } from './describe.ts';
import { displayToIso } from './operation-date.ts';
import { addYears, appliedOrder, inDateOrder } from './operation-date.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { unit } from '../../tests/fixtures.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 4, civilServantActual: 4, deputies: 2 }),
  unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18, deputies: 2 }),
  unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 12, publicEmployeeActual: 11, deputies: 1 }),
];
const ops = (list: unknown[]) => list.map((o) => OperationSchema.parse(o));
const group3 = { revenue: 50n, spending: 100n, investmentFunding: undefined, depreciation: undefined, decided: null };
const run = (list: unknown[]) =>
  simulate(base, ops(list), {
    baseYear: 2025,
    horizon: 2030,
    rules,
    autonomy: new Map([
      ['A', group3],
      ['B', group3],
    ]),
  });
const issues = (o: unknown) =>
  OperationSchema.safeParse(o).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);

describe('operation dates', () => {
  it('reads a date alone (its year filled in), a year alone (as before), or both when they agree', () => {
    expect(OperationSchema.parse({ type: 'rename', date: '2025-07-01', unit: 'A', name: 'X' })).toEqual({
      type: 'rename',
      date: '2025-07-01',
      year: 2025,
      unit: 'A',
      name: 'X',
    });
    expect(OperationSchema.parse({ type: 'rename', year: 2025, unit: 'A', name: 'X' })).toEqual({
      type: 'rename',
      year: 2025,
      unit: 'A',
      name: 'X',
    });
    expect(OperationSchema.parse({ type: 'rename', year: 2025, date: '2025-12-31', unit: 'A', name: 'X' }).year).toBe(
      2025,
    );
  });

  it('refuses a date of another year than the one given, a day that does not exist, and neither', () => {
    expect(issues({ type: 'rename', year: 2024, date: '2025-07-01', unit: 'A', name: 'X' })).toEqual([
      'date:err.scenarioDateYear',
    ]);
    expect(issues({ type: 'rename', date: '2025-02-29', unit: 'A', name: 'X' })).toEqual(['date:err.isoDate']);
    expect(issues({ type: 'rename', date: '01/07/2025', unit: 'A', name: 'X' })).toEqual(['date:err.isoDate']);
    expect(issues({ type: 'rename', unit: 'A', name: 'X' })).toEqual(['year:err.scenarioWhen']);
  });

  it('applies the operations of a year in date order (a year alone is 01/01), the same date in the order given', () => {
    // Listed out of date order: by the list the rename of 01/03 would come last and win.
    const sim = run([
      { type: 'rename', date: '2026-07-01', unit: 'A', name: 'Tháng bảy' },
      { type: 'rename', date: '2026-03-01', unit: 'A', name: 'Tháng ba' },
      { type: 'rename', year: 2026, unit: 'B', name: 'Đầu năm' },
      { type: 'rename', date: '2026-07-01', unit: 'B', name: 'B tháng bảy 1' },
      { type: 'rename', date: '2026-07-01', unit: 'B', name: 'B tháng bảy 2' },
    ]);
    const y = sim.years.find((x) => x.year === 2026)!;
    expect(y.units.find((u) => u.code === 'A')!.name).toBe('Tháng bảy');
    expect(y.units.find((u) => u.code === 'B')!.name).toBe('B tháng bảy 2');
    // A unit dissolved on 01/12 may be renamed on 01/02 of the same year, whatever the list order.
    expect(() =>
      run([
        { type: 'dissolve', date: '2026-12-01', unit: 'B', staffTo: null },
        { type: 'rename', date: '2026-02-01', unit: 'B', name: 'X' },
      ]),
    ).not.toThrow();
    expect(
      inDateOrder([
        { op: { year: 2026, date: '2026-05-01' }, index: 0 },
        { op: { year: 2026 }, index: 1 },
        { op: { year: 2025, date: '2025-12-31' }, index: 2 },
      ]).map((x) => x.index),
    ).toEqual([2, 1, 0]);
  });

  it('runs the deadline for surplus deputies after a merge from the merge’s date', () => {
    const merge = {
      type: 'merge',
      units: ['A', 'B'],
      into: { code: 'AB', name: 'Trung tâm AB', kind: 'psu', parentCode: 'S' },
    };
    const dated = run([{ ...merge, date: '2026-07-01' }]).notices;
    expect(dated).toEqual([
      {
        year: 2026,
        unitCode: 'AB',
        key: 'scn.deputyDeadlineFrom',
        params: expect.objectContaining({ years: 3, from: '01/07/2026', deadline: '01/07/2029' }),
      },
    ]);
    // A year alone keeps the year's wording.
    expect(run([{ ...merge, year: 2026 }]).notices[0]).toMatchObject({
      key: 'scn.deputyDeadline',
      params: { deadline: '2029' },
    });
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('runs the sở deputies’ deadline after a provincial merger from the sở merge’s date', () => {
    const rules370 = { ruleSet: ruleSetById('nd120-150-370-2026')!, provinceClass: 'class2' as const };
    const home = [
      unit('T', null, { kind: 'people_committee' }),
      unit('TC', 'T', { kind: 'department', name: 'Sở Tài chính', deputies: 3 }),
      unit('YT', 'T', { kind: 'department', name: 'Sở Y tế', deputies: 3 }),
    ];
    const other = [
      unit('T', null, { kind: 'people_committee' }),
      unit('TC', 'T', { kind: 'department', name: 'SỞ TÀI CHÍNH', deputies: 3 }),
    ];
    const sim = simulate(
      home,
      ops([
        { type: 'annex', date: '2026-03-01', province: 'Sóc Trăng', units: other, parentCode: null, codePrefix: 'ST-' },
        { type: 'merge', date: '2026-03-01', units: ['TC', 'ST-TC'], into: 'TC' },
      ]),
      { baseYear: 2025, horizon: 2027, rules: rules370 },
    );
    expect(sim.notices).toEqual([
      {
        year: 2026,
        unitCode: 'T',
        key: 'scn.departmentDeputyDeadlineFrom',
        params: { from: '01/03/2026', deadline: '01/03/2031', total: 10, avg: 4, max: 8 },
      },
    ]);
  });

  it('takes the sở deputies’ deadline from the rules in force on the merge’s date (Decree 150’s 5 years from 16/06/2025)', () => {
    const home = [
      unit('T', null, { kind: 'people_committee' }),
      unit('TC', 'T', { kind: 'department', name: 'Sở Tài chính', deputies: 3 }),
      unit('KH', 'T', { kind: 'department', name: 'Sở Kế hoạch và Đầu tư', deputies: 3 }),
      unit('YT', 'T', { kind: 'department', name: 'Sở Y tế', deputies: 3 }),
    ];
    const on = (date: string) =>
      simulate(home, ops([{ type: 'merge', date, units: ['TC', 'KH'], into: 'TC' }]), {
        baseYear: 2025,
        horizon: 2025,
        rules: { provinceClass: 'class2' },
      }).notices.map((n) => ({ key: n.key, ...n.params }));
    expect(on('2025-07-01')).toEqual([
      expect.objectContaining({ key: 'scn.departmentDeputyDeadlineFrom', from: '01/07/2025', deadline: '01/07/2030' }),
    ]);
    // Under Decree 45/2025 (to 15/06/2025) the reference has no such window: none asserted.
    expect(on('2025-05-01')).toEqual([{ key: 'scn.deputyDeadlineUnknown' }]);
  });

  it('takes the deadline from the rule set in force on the merge’s date, not on the year’s end', () => {
    // Group 2 units: at most 3 deputies (Decree 120 Art. 6.2.b, [C] throughout); the merged unit has 4.
    const group2 = {
      revenue: 100n,
      spending: 100n,
      investmentFunding: undefined,
      depreciation: undefined,
      decided: null,
    };
    const merge = {
      type: 'merge',
      units: ['A', 'B'],
      into: { code: 'AB', name: 'Trung tâm AB', kind: 'psu', parentCode: 'S' },
    };
    const byDate = (list: unknown[]) =>
      simulate(base, ops(list), {
        baseYear: 2025,
        horizon: 2026,
        rules: { provinceClass: 'class2' },
        autonomy: new Map([
          ['A', group2],
          ['B', group2],
        ]),
      }).notices;
    // 01/07/2025: Art. 27.2.b in force as read (3 years) — Decree 283/2025 amended it only from 01/11/2025.
    expect(byDate([{ ...merge, date: '2025-07-01' }])).toEqual([
      {
        year: 2025,
        unitCode: 'AB',
        key: 'scn.deputyDeadlineFrom',
        params: {
          years: 3,
          from: '01/07/2025',
          deadline: '01/07/2028',
          citation: 'Nghị định 120/2020/NĐ-CP (sửa đổi bởi Nghị định 83/2024/NĐ-CP), Điều 27 khoản 2 điểm b',
        },
      },
    ]);
    // 15/11/2025: after the amendment, whose wording was not retrieved: no deadline asserted.
    expect(byDate([{ ...merge, date: '2025-11-15' }])).toEqual([
      { year: 2025, unitCode: 'AB', key: 'scn.deputyDeadlineUnknown', params: {} },
    ]);
  });

  it('says a dated operation with its day as dd/MM/yyyy, one of a year alone with its year', () => {
    expect(
      describeOperation(
        OperationSchema.parse({ type: 'rename', date: '2025-07-01', unit: 'A', name: 'X' }),
        'vi',
        (c) => c,
      ),
    ).toMatch(/^01\/07\/2025: /);
    expect(
      describeOperation(
        OperationSchema.parse({ type: 'rename', date: '2025-07-01', unit: 'A', name: 'X' }),
        'en',
        (c) => c,
      ),
    ).toMatch(/^01\/07\/2025: /);
    expect(
      describeOperation(OperationSchema.parse({ type: 'rename', year: 2025, unit: 'A', name: 'X' }), 'vi', (c) => c),
    ).toMatch(/^2025: /);
  });
});

describe('displayToIso', () => {
  it('reads a day typed dd/MM/yyyy (or ISO), refusing what is not a day of the calendar', () => {
    expect(displayToIso('01/07/2025')).toBe('2025-07-01');
    expect(displayToIso(' 1/7/2025 ')).toBe('2025-07-01');
    expect(displayToIso('2026-03-01')).toBe('2026-03-01');
    expect([displayToIso('31/02/2026'), displayToIso('07/01'), displayToIso(''), displayToIso('2026-13-01')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('appliedOrder', () => {
  it('lists the operations as they apply, each movable only among those of its date', () => {
    const list = appliedOrder([
      { year: 2029 },
      { year: 2027, date: '2027-06-01' },
      { year: 2027, date: '2027-06-01' },
      { year: 2027 },
    ]);
    expect(list.map((x) => [x.index, x.up, x.down])).toEqual([
      [3, null, null],
      [1, null, 2],
      [2, 1, null],
      [0, null, null],
    ]);
  });
});
