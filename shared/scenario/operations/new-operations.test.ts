/** The operations of the two-tier reform: create, reclassify, cutQuotas, setProvince — applied, refused, previewed and described. */
import { describe, expect, it } from 'vitest';
import { simulate, ScenarioError } from '../simulate.ts';
import { OperationSchema } from '../operations.ts';
import { describeOperation } from '../describe.ts';
import { cutQuota } from './cut-quotas.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { unit } from '../../../tests/fixtures.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 4, civilServantActual: 4, deputies: 2 }),
  unit('S.P', 'S', { kind: 'division', civilServantQuota: 9, civilServantActual: 9, deputies: 2 }),
  unit('A', 'S', { kind: 'psu', sector: 'health', publicEmployeeQuota: 20, publicEmployeeActual: 18, deputies: 2 }),
  unit('A.K', 'A', {
    kind: 'psu_division',
    sector: 'health',
    publicEmployeeQuota: 8,
    publicEmployeeActual: 8,
    deputies: 1,
  }),
  unit('B', 'S', { kind: 'psu', sector: 'education', publicEmployeeQuota: 12, publicEmployeeActual: 11, deputies: 1 }),
  unit('H', 'T', { kind: 'people_committee', level: 'district' }),
  unit('H.SCH', 'H', {
    kind: 'psu',
    level: 'district',
    sector: 'education',
    publicEmployeeQuota: 30,
    publicEmployeeActual: 29,
    deputies: 1,
  }),
];
const ops = (list: unknown[]) => list.map((o) => OperationSchema.parse(o));
const run = (list: unknown[], extra: { fullEvaluation?: boolean } = {}) =>
  simulate(base, ops(list), { baseYear: 2025, horizon: 2027, rules, ...extra });
const at = (sim: ReturnType<typeof run>, year: number) => sim.years.find((y) => y.year === year)!;
const refused = (list: unknown[]) => {
  try {
    run(list);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return e as ScenarioError;
  }
  throw new Error('not refused');
};
const schemaIssues = (o: unknown) =>
  OperationSchema.safeParse(o).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
const commune = {
  code: 'X',
  name: 'UBND xã X',
  parentCode: 'T',
  kind: 'people_committee',
  level: 'commune',
  sector: 'general_administration',
};

describe('create', () => {
  it('adds a unit with its quotas and no one in it, last among its siblings, from its date', () => {
    const sim = run([{ type: 'create', date: '2025-07-01', unit: { ...commune, civilServantQuota: 20, deputies: 2 } }]);
    const y = at(sim, 2025);
    expect(y.units.map((u) => u.code)).toEqual(['T', 'S', 'S.P', 'A', 'A.K', 'B', 'H', 'H.SCH', 'X']);
    expect(y.units.at(-1)).toMatchObject({
      kind: 'people_committee',
      level: 'commune',
      civilServantQuota: 20,
      civilServantActual: 0,
      deputies: 2,
    });
    expect(y.metrics.units).toBe(base.length + 1);
    expect(sim.steps[0]!.units.X).toMatchObject({
      before: null,
      after: { own: expect.objectContaining({ civilServantQuota: 20 }) },
    });
  });

  it('refuses a code in use, an unknown parent, a misplaced unit, and people in a new unit', () => {
    expect(refused([{ type: 'create', year: 2025, unit: { ...commune, code: 'B' } }])).toMatchObject({
      key: 'err.duplicateCode',
      params: { code: 'B' },
    });
    expect(refused([{ type: 'create', year: 2025, unit: { ...commune, parentCode: 'NONE' } }])).toMatchObject({
      key: 'err.scenarioUnit',
      params: { code: 'NONE' },
    });
    expect(refused([{ type: 'create', year: 2025, unit: { ...commune, kind: 'psu_division' } }])).toMatchObject({
      key: 'err.placement',
      params: { kind: 'kind.psu_division', parentKind: 'kind.people_committee' },
    });
    // A commune committee cannot hold another committee.
    expect(
      refused([
        { type: 'create', year: 2025, unit: commune },
        { type: 'create', year: 2025, unit: { ...commune, code: 'Y', parentCode: 'X' } },
      ]),
    ).toMatchObject({ index: 1, key: 'err.placement' });
    expect(schemaIssues({ type: 'create', year: 2025, unit: { ...commune, civilServantActual: 3 } })).toEqual([
      'unit.civilServantActual:err.createStaff',
    ]);
  });
});

describe('reclassify', () => {
  it('changes a district school into a commune-level PSU under a commune (with transfer); its kind and level count from then on', () => {
    const sim = run([
      { type: 'create', date: '2025-06-30', unit: commune },
      { type: 'transfer', date: '2025-07-01', unit: 'H.SCH', parentCode: 'X' },
      { type: 'reclassify', date: '2025-07-01', unit: 'H.SCH', level: 'commune' },
      { type: 'reclassify', year: 2026, unit: 'S.P', kind: 'psu', sector: 'health' },
    ]);
    expect(at(sim, 2025).units.find((u) => u.code === 'H.SCH')).toMatchObject({
      parentCode: 'X',
      level: 'commune',
      kind: 'psu',
    });
    expect(at(sim, 2025).metrics.psus).toBe(3);
    expect(at(sim, 2026).units.find((u) => u.code === 'S.P')).toMatchObject({ kind: 'psu', sector: 'health' });
    expect(at(sim, 2026).metrics.psus).toBe(4);
    expect(
      run([{ type: 'reclassify', year: 2026, unit: 'S.P', kind: 'psu', sector: 'health' }], { fullEvaluation: true })
        .years,
    ).toEqual(run([{ type: 'reclassify', year: 2026, unit: 'S.P', kind: 'psu', sector: 'health' }]).years);
  });

  it('refuses a class its parent cannot hold, one its children cannot be under, and a change of nothing', () => {
    expect(refused([{ type: 'reclassify', year: 2025, unit: 'S.P', kind: 'department' }])).toMatchObject({
      key: 'err.placement',
      params: { kind: 'kind.department', parentKind: 'kind.department' },
    });
    // A's division (psu_division) may only be under a PSU.
    expect(refused([{ type: 'reclassify', year: 2025, unit: 'A', kind: 'division' }])).toMatchObject({
      key: 'err.placement',
      params: { kind: 'kind.psu_division', parentKind: 'kind.division' },
    });
    expect(refused([{ type: 'reclassify', year: 2025, unit: 'GONE', level: 'commune' }])).toMatchObject({
      key: 'err.scenarioUnit',
    });
    expect(schemaIssues({ type: 'reclassify', year: 2025, unit: 'A' })).toEqual(['unit:err.reclassifyNothing']);
  });
});

describe('cutQuotas', () => {
  it('cuts every unit in scope to floor(quota × (100 − P) / 100), previews each unit before → after, and says the total cut', () => {
    const sim = run([
      { type: 'cutQuotas', date: '2026-01-15', scope: { under: 'S' }, percent: 10, fields: ['publicEmployeeQuota'] },
    ]);
    const y = at(sim, 2026);
    const pe = (c: string) => y.units.find((u) => u.code === c)!.publicEmployeeQuota;
    expect([pe('A'), pe('A.K'), pe('B'), pe('H.SCH')]).toEqual([18, 7, 10, 30]);
    // The preview: the scope's unit, then the units it lowered in tree order, each with its own row before and after.
    const step = sim.steps[0]!;
    expect(Object.keys(step.units)).toEqual(['S', 'A', 'A.K', 'B']);
    expect([step.units.S!.before!.total.publicEmployeeQuota, step.units.S!.after!.total.publicEmployeeQuota]).toEqual([
      40, 35,
    ]);
    expect([step.units.B!.before!.own.publicEmployeeQuota, step.units.B!.after!.own.publicEmployeeQuota]).toEqual([
      12, 10,
    ]);
    expect(sim.notices).toEqual([
      { year: 2026, unitCode: 'S', key: 'scn.quotasCut', params: { percent: 10, count: 3, cs: 0, pe: 5, total: 5 } },
    ]);
  });

  it('reads the scope by kind, sector and level, every condition holding; a cut of 2,5% is exact', () => {
    const sim = run([
      {
        type: 'cutQuotas',
        year: 2026,
        scope: { kind: ['psu'], sector: ['education'], level: ['district'] },
        percent: 2.5,
        fields: ['publicEmployeeQuota', 'civilServantQuota'],
      },
    ]);
    expect(Object.keys(sim.steps[0]!.units)).toEqual(['H.SCH']);
    expect(at(sim, 2026).units.find((u) => u.code === 'H.SCH')!.publicEmployeeQuota).toBe(29);
    expect([cutQuota(20, 2.5), cutQuota(40, 2.5), cutQuota(7, 100), cutQuota(0, 50), cutQuota(10, 33.3)]).toEqual([
      19, 39, 0, 0, 6,
    ]);
  });

  it('refuses an unknown unit, a scope with nothing to cut, a percent out of range and no field', () => {
    expect(
      refused([
        { type: 'cutQuotas', year: 2026, scope: { under: 'GONE' }, percent: 10, fields: ['civilServantQuota'] },
      ]),
    ).toMatchObject({ key: 'err.scenarioUnit', params: { code: 'GONE' } });
    expect(
      refused([
        {
          type: 'cutQuotas',
          year: 2026,
          scope: { under: 'H', kind: ['division'] },
          percent: 10,
          fields: ['civilServantQuota'],
        },
      ]),
    ).toMatchObject({ key: 'err.cutNothing' });
    for (const percent of [0, 101, 2.55, -5])
      expect(
        schemaIssues({ type: 'cutQuotas', year: 2026, scope: {}, percent, fields: ['civilServantQuota'] }),
      ).toEqual(['percent:err.cutPercent']);
    expect(schemaIssues({ type: 'cutQuotas', year: 2026, scope: {}, percent: 5, fields: [] })).toEqual([
      'fields:err.cutFields',
    ]);
  });
});

describe('setProvince', () => {
  it('gives the province’s identity from its date, and its class sizes the rules from that year (incrementally as in full)', () => {
    const list = [
      { type: 'setProvince', date: '2026-07-01', name: 'thành phố Cần Thơ', class: 'special', shortName: 'Cần Thơ' },
    ];
    const sim = run(list);
    expect(sim.years.map((y) => y.province)).toEqual([
      null,
      { name: 'thành phố Cần Thơ', class: 'special', shortName: 'Cần Thơ' },
      { name: 'thành phố Cần Thơ', class: 'special', shortName: 'Cần Thơ' },
    ]);
    // A phòng of 9 posts may have 2 deputies in a class II province, 1 in Hà Nội / TP.HCM's class (Decree 107/2020).
    const deputies = (y: number) =>
      at(sim, y).findings.filter((f) => f.unitCode === 'S.P' && f.rule === 'max-deputies').length;
    expect([deputies(2025), deputies(2026)]).toEqual([0, 1]);
    expect(sim.years).toEqual(run(list, { fullEvaluation: true }).years);
    // A later name keeps the class set before.
    expect(run([...list, { type: 'setProvince', year: 2027, name: 'TP Cần Thơ' }]).years[2]!.province).toEqual({
      name: 'TP Cần Thơ',
      class: 'special',
    });
  });

  it('refuses an empty name and an unknown class', () => {
    expect(schemaIssues({ type: 'setProvince', year: 2026, name: ' ' })).toEqual(['name:err.provinceName']);
    expect(schemaIssues({ type: 'setProvince', year: 2026, name: 'Cần Thơ', class: 'class9' })).toEqual([
      'class:err.provinceClass',
    ]);
  });
});

describe('descriptions', () => {
  const names: Record<string, string> = { S: 'Sở Y tế', 'H.SCH': 'Trường THCS H', T: 'UBND tỉnh' };
  const say = (o: unknown) => describeOperation(OperationSchema.parse(o), 'vi', (c) => names[c] ?? c);
  it('says each new operation with its day', () => {
    expect(say({ type: 'create', date: '2025-07-01', unit: { ...commune, civilServantQuota: 20 } })).toBe(
      '01/07/2025: thành lập UBND xã X (mã X; UBND, cấp Xã) trực thuộc UBND tỉnh; biên chế công chức 20, số người làm việc hưởng lương NSNN 0',
    );
    expect(say({ type: 'reclassify', date: '2025-07-01', unit: 'H.SCH', level: 'commune' })).toBe(
      '01/07/2025: Trường THCS H chuyển thành cấp Xã',
    );
    expect(
      say({
        type: 'cutQuotas',
        year: 2026,
        scope: { under: 'S', kind: ['psu'] },
        percent: 2.5,
        fields: ['publicEmployeeQuota'],
      }),
    ).toBe(
      '2026: cắt giảm ít nhất 2,5% số người làm việc được giao (NSNN) của các đơn vị thuộc Sở Y tế; đơn vị sự nghiệp',
    );
    expect(say({ type: 'setProvince', date: '2025-07-01', name: 'thành phố Cần Thơ', class: 'special' })).toBe(
      '01/07/2025: tỉnh (thành phố) mang tên "thành phố Cần Thơ" (Hà Nội, TP. Hồ Chí Minh)',
    );
  });
});
