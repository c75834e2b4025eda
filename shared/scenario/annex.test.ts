import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { annexedRoots, annexedUnits, sameNameMergeOperation, sameNameMerges, suggestedPrefix } from './annex.ts';
import { OperationSchema } from './operations.ts';

const home = [
  unit('CT', null, { kind: 'people_committee', name: 'UBND thành phố Cần Thơ' }),
  unit('CT.STC', 'CT', { kind: 'department', name: 'Sở Tài chính' }),
  unit('CT.SYT', 'CT', { kind: 'department', name: 'Sở Y tế' }),
  unit('CT.SXD', 'CT', { kind: 'department', name: 'Sở Xây dựng' }),
  unit('CT.TC', 'CT.SYT', { kind: 'psu', name: 'Trung tâm Tài chính' }),
];
const other = [
  unit('ST', null, { kind: 'people_committee', name: 'UBND tỉnh Sóc Trăng' }),
  unit('ST.STC', 'ST', { kind: 'department', name: 'SỞ TÀI CHÍNH' }),
  unit('ST.SYT', 'ST', { kind: 'department', name: '  Sở   y tế ' }),
  unit('ST.SNV', 'ST', { kind: 'department', name: 'Sở Nội vụ' }),
  unit('ST.SXD', 'ST', { kind: 'department', name: 'Sở Xây dựng và Giao thông' }),
  // Not a department: never proposed, even with a department's name.
  unit('ST.TC', 'ST.SYT', { kind: 'psu', name: 'Sở Xây dựng' }),
];

describe('provincial merger', () => {
  it('prefixes every code of the annexed units and puts their roots under the chosen parent', () => {
    const op = { units: other, parentCode: 'CT', codePrefix: 'ST-' };
    expect(annexedUnits(op).map((u) => `${u.code}<${u.parentCode}`)).toEqual([
      'ST-ST<CT',
      'ST-ST.STC<ST-ST',
      'ST-ST.SYT<ST-ST',
      'ST-ST.SNV<ST-ST',
      'ST-ST.SXD<ST-ST',
      'ST-ST.TC<ST-ST.SYT',
    ]);
    expect(annexedRoots({ units: other, parentCode: null }).map((u) => u.code)).toEqual(['ST']);
  });

  it('pairs departments whose names match ignoring case, accents and spacing, each into the home one', () => {
    const merges = sameNameMerges(home, annexedUnits({ units: other, parentCode: null, codePrefix: 'ST-' }));
    expect(merges).toEqual([
      { home: 'CT.STC', homeName: 'Sở Tài chính', annexed: 'ST-ST.STC', annexedName: 'SỞ TÀI CHÍNH' },
      { home: 'CT.SYT', homeName: 'Sở Y tế', annexed: 'ST-ST.SYT', annexedName: '  Sở   y tế ' },
    ]);
    expect(
      sameNameMerges(home, [unit('X', null, { kind: 'department', name: 'So Tai Chinh' })]).map((m) => m.home),
    ).toEqual(['CT.STC']);
    expect(sameNameMerges(home, [])).toEqual([]);
    const op = sameNameMergeOperation(merges[0]!, 2025);
    expect(op).toEqual({ type: 'merge', year: 2025, units: ['CT.STC', 'ST-ST.STC'], into: 'CT.STC' });
    expect(OperationSchema.parse(op)).toEqual(op);
  });

  it('suggests a code prefix from the province name', () => {
    expect(['Sóc Trăng', 'Hậu Giang', ' đắk  lắk ', ''].map(suggestedPrefix)).toEqual(['ST-', 'HG-', 'DL-', '']);
  });
});

describe('targets after a provincial merger', () => {
  it('judge the merged province: years before the annex count the annexed units too', async () => {
    const { simulate } = await import('./simulate.ts');
    const { ruleSetById } = await import('../rules/rule-sets.ts');
    const psus = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => unit(`${prefix}.P${i}`, prefix, { kind: 'psu', publicEmployeeQuota: 10 }));
    const baseline = [unit('CT', null, { kind: 'people_committee' }), ...psus('CT', 10)];
    const annexedPsus = [unit('ST', null, { kind: 'people_committee' }), ...psus('ST', 10)];
    const target = {
      id: 't',
      title: 'T',
      citation: 'C',
      metric: ['psus' as const],
      baseYear: 2024,
      year: 2026,
      requiredPct: 10,
    };
    const run = (extra: unknown[]) =>
      simulate(
        baseline,
        [{ type: 'annex', year: 2025, province: 'Sóc Trăng', units: annexedPsus, parentCode: null }, ...extra].map(
          (o) => OperationSchema.parse(o),
        ),
        {
          baseYear: 2024,
          horizon: 2026,
          rules: { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' },
          targets: [target],
        },
      );
    // 20 PSUs in the merged province in 2024 (10 + 10 annexed in 2025), 20 in 2026: nothing reduced.
    expect(run([]).targets[0]).toMatchObject({ baseline: 20, value: 20, met: false, gap: 2 });
    expect(run([]).years.map((y) => y.metrics.psus)).toEqual([10, 20, 20]); // the table shows the plan as it is
    const merges = [0, 1].map((i) => ({
      type: 'merge',
      year: 2026,
      units: [`CT.P${i}`, `ST.P${i}`],
      into: `CT.P${i}`,
    }));
    expect(run(merges).targets[0]).toMatchObject({ baseline: 20, value: 18, met: true });
  });
});
