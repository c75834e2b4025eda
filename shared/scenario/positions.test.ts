import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { position, unit } from '../../tests/fixtures.ts';
import { combinePositions, divide, dividePositions, planPositions, positionTotals } from './positions.ts';
import { simulate, ScenarioError, type SimulateOptions } from './simulate.ts';
import { OperationSchema, type Operation } from './operations.ts';
import { describeOperation } from './describe.ts';
import { roadmapOf, setPlannedExits } from './roadmap.ts';
import { roadmapRows } from '../view/roadmap-rows.ts';
import type { Position } from '../positions/model.ts';
import { positionsByUnit } from '../positions/derive.ts';
import { generateUnits } from '../sample/generate.ts';
import { createRandom } from '../random.ts';
import { ruleSetById } from '../rules/rule-sets.ts';

const pos = (u: string, name: string, needed: number, fields: Partial<Position> = {}) =>
  position(u, name, 'professional', needed, { present: needed, ...fields });

describe('positions joined by a merge', () => {
  it('adds the same position (case, accents composed, punctuation) into one line and names it', () => {
    const a = [pos('A', 'Chuyên viên tổng hợp', 3, { present: 2 }), pos('A', 'Kế toán', 1)];
    const b = [pos('B', 'chuyên viên  tổng hợp.', 2), pos('B', 'Văn thư', 1)];
    const { positions, added } = combinePositions('M', [a, b]);
    expect(positions.map((p) => [p.unitCode, p.name, p.needed, p.present])).toEqual([
      ['M', 'Chuyên viên tổng hợp', 5, 4],
      ['M', 'Kế toán', 1, 1],
      ['M', 'Văn thư', 1, 1],
    ]);
    expect(added).toEqual(['Chuyên viên tổng hợp']);
  });

  it('keeps a joined line marked as defaulted staffing (to verify) when either line was', () => {
    const { positions } = combinePositions('M', [
      [pos('A', 'Văn thư', 1, { staffingDefaulted: true })],
      [pos('B', 'Văn thư', 1)],
    ]);
    expect(positions).toMatchObject([{ needed: 2, staffingDefaulted: true }]);
  });

  it('keeps apart positions of another class, rank, level or staffing', () => {
    const a = [pos('A', 'Kế toán', 1, { rank: 'Kế toán viên' })];
    const b = [
      pos('B', 'Kế toán', 1, { rank: 'Kế toán viên trung cấp' }),
      pos('B', 'Kế toán', 1, { rank: 'Kế toán viên', staffing: 'contract' }),
      position('B', 'Kế toán', 'support', 1, { rank: 'Kế toán viên' }),
    ];
    const { positions, added } = combinePositions('M', [a, b]);
    expect(positions).toHaveLength(4);
    expect(added).toEqual([]);
  });

  it('does not mark lines repeated within one unit as added by the merge', () => {
    const { added } = combinePositions('A', [[pos('A', 'X', 1), pos('A', 'X', 1)], []]);
    expect(added).toEqual([]);
  });
});

describe('positions divided by a split', () => {
  it('divides by the largest remainder, ties to the earlier part, sums exact', () => {
    expect(divide(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(divide(7, [3, 1])).toEqual([5, 2]);
    expect(divide(5, [0, 0])).toEqual([3, 2]);
    expect(divide(0, [2, 5])).toEqual([0, 0]);
  });

  it('keeps every sum (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 6 }),
        (t, w) => {
          const d = divide(t, w);
          expect(d.reduce((s, x) => s + x, 0)).toBe(t);
          expect(d.every((x) => x >= 0)).toBe(true);
        },
      ),
    );
  });

  it('gives each part the lines where it has something', () => {
    const [x, y] = dividePositions(
      [pos('A', 'Giáo viên', 5, { present: 1 }), pos('A', 'Kế toán', 1)],
      [
        { code: 'X', weight: 3 },
        { code: 'Y', weight: 1 },
      ],
    );
    expect(x!.map((p) => [p.unitCode, p.name, p.needed, p.present])).toEqual([
      ['X', 'Giáo viên', 4, 1],
      ['X', 'Kế toán', 1, 1],
    ]);
    expect(y!.map((p) => [p.unitCode, p.name, p.needed, p.present])).toEqual([['Y', 'Giáo viên', 1, 0]]);
  });
});

const options: SimulateOptions = { baseYear: 2025, horizon: 2027, rules: { provinceClass: 'class1' } };
const baseline = [
  unit('T', null, { kind: 'people_committee' }),
  unit('A', 'T', { kind: 'department', civilServantQuota: 6, civilServantActual: 6 }),
  unit('B', 'T', { kind: 'department', civilServantQuota: 4, civilServantActual: 4 }),
  unit('C', 'T', { kind: 'department', civilServantQuota: 5, civilServantActual: 5 }),
];
const stored = positionsByUnit([
  position('A', 'Giám đốc', 'leadership', 1, { present: 1 }),
  pos('A', 'Chuyên viên tổ chức', 5),
  position('B', 'Giám đốc', 'leadership', 1, { present: 1 }),
  pos('B', 'Chuyên viên Tổ chức', 3),
  pos('C', 'Thanh tra viên', 5),
]);
const merge: Operation = {
  type: 'merge',
  year: 2026,
  date: '2026-03-01',
  units: ['A', 'B'],
  into: { code: 'M', name: 'Sở mới', kind: 'department', parentCode: 'T' },
};

describe('positions in a plan', () => {
  it('merge: the merged unit lists the union with the same positions added, and a notice names them', () => {
    const sim = simulate(baseline, [merge], { ...options, positions: stored });
    const y = sim.years.find((x) => x.year === 2026)!;
    expect(y.positions.get('M')!.map((p) => [p.name, p.needed, p.present])).toEqual([
      ['Giám đốc', 2, 2],
      ['Chuyên viên tổ chức', 8, 8],
    ]);
    expect(y.positions.has('A')).toBe(false);
    expect(sim.years[0]!.positions.get('A')).toHaveLength(2);
    expect(sim.notices).toContainEqual({
      year: 2026,
      unitCode: 'M',
      key: 'scn.positionsAdded',
      params: { count: 2, names: 'Giám đốc; Chuyên viên tổ chức' },
    });
  });

  it('setPositions answers the merge’s notice and drops its “added up” marks that year (a later one keeps them)', () => {
    const reduction = (date: string) =>
      OperationSchema.parse({
        type: 'setPositions',
        date,
        unit: 'M',
        positions: [{ name: 'Giám đốc', class: 'leadership', staffing: 'quota', needed: 1, present: 1 }],
      });
    const added = (sim: ReturnType<typeof simulate>, year: number) =>
      planPositions(sim, 'M').find((y) => y.year === year)!.added;
    const unreduced = simulate(baseline, [merge], { ...options, positions: stored });
    expect(added(unreduced, 2026)).toEqual(['Giám đốc', 'Chuyên viên tổ chức']);
    const same = simulate(baseline, [merge, reduction('2026-06-01')], { ...options, positions: stored });
    expect(same.notices.filter((n) => n.key === 'scn.positionsAdded')).toEqual([]);
    expect(added(same, 2026)).toEqual([]);
    const later = simulate(baseline, [merge, reduction('2027-01-01')], { ...options, positions: stored });
    expect(later.notices.filter((n) => n.key === 'scn.positionsAdded')).toEqual([]);
    expect(added(later, 2026)).toEqual(['Giám đốc', 'Chuyên viên tổ chức']);
  });

  it('judges quota vs positions on the plan’s units each year end, and setPositions reduces the list', () => {
    const reduce = OperationSchema.parse({
      type: 'setPositions',
      date: '2027-01-01',
      unit: 'M',
      positions: [
        { name: 'Giám đốc', class: 'leadership', staffing: 'quota', needed: 1, present: 1 },
        { name: 'Chuyên viên tổ chức', class: 'professional', staffing: 'quota', needed: 6, present: 8 },
      ],
    });
    const sim = simulate(baseline, [merge, reduce], { ...options, positions: stored });
    const q = (year: number) =>
      sim.years
        .find((x) => x.year === year)!
        .findings.filter((f) => f.rule === 'quota-vs-positions' && f.unitCode === 'M');
    // 2026: quota 10 = 10 positions needed; 2027: 7 needed under a quota of 10.
    expect(q(2026)).toEqual([]);
    expect(q(2027)).toHaveLength(1);
    expect(q(2027)[0]!.params).toMatchObject({ assigned: 10, justified: 7 });
    expect(
      sim.years
        .at(-1)!
        .positions.get('M')!
        .map((p) => p.needed),
    ).toEqual([1, 6]);
  });

  it('split divides the positions in the parts’ quota shares; dissolution moves them to the receiver', () => {
    const ops: Operation[] = [
      {
        type: 'split',
        year: 2026,
        unit: 'A',
        into: [
          { code: 'A1', name: 'A1', civilServantQuota: 3, civilServantActual: 3 },
          { code: 'A2', name: 'A2', civilServantQuota: 3, civilServantActual: 3 },
        ],
      },
      { type: 'dissolve', year: 2026, date: '2026-06-01', unit: 'C', staffTo: 'B' },
    ];
    const y = simulate(baseline, ops, { ...options, positions: stored }).years.at(-1)!;
    expect(y.positions.get('A1')!.map((p) => [p.name, p.needed])).toEqual([
      ['Giám đốc', 1],
      ['Chuyên viên tổ chức', 3],
    ]);
    expect(y.positions.get('A2')!.map((p) => [p.name, p.needed])).toEqual([['Chuyên viên tổ chức', 2]]);
    expect(y.positions.get('B')!.map((p) => [p.unitCode, p.name, p.needed])).toEqual([
      ['B', 'Giám đốc', 1],
      ['B', 'Chuyên viên Tổ chức', 3],
      ['B', 'Thanh tra viên', 5],
    ]);
    expect(y.positions.has('C')).toBe(false);
  });

  it('a dissolution without a receiver and a conversion take the positions away', () => {
    const y = simulate(baseline, [{ type: 'dissolve', year: 2026, unit: 'C', staffTo: null }], {
      ...options,
      positions: stored,
    }).years.at(-1)!;
    expect(y.positions.has('C')).toBe(false);
  });

  it('refuses a level on a civil servant’s position naming the row, and describes the operation', () => {
    const op = OperationSchema.parse({
      type: 'setPositions',
      year: 2026,
      unit: 'A',
      positions: [{ name: 'Chuyên viên', class: 'professional', staffing: 'quota', level: 2, needed: 1, present: 1 }],
    });
    const run = () => simulate(baseline, [op], { ...options, positions: stored });
    expect(run).toThrow(ScenarioError);
    try {
      run();
    } catch (e) {
      expect((e as ScenarioError).key).toBe('err.scenarioPositionLevel');
      expect((e as ScenarioError).params).toMatchObject({ code: 'A', row: 1 });
    }
    expect(describeOperation(op, 'vi', (c) => `Sở ${c}`)).toBe(
      '2026: rút gọn vị trí việc làm của Sở A: 1 vị trí, cần 1 người (1 biên chế, 0 hợp đồng)',
    );
  });

  it('refuses a setPositions without a unit or with a bad line in the exchange format', () => {
    const r = OperationSchema.safeParse({
      type: 'setPositions',
      year: 2026,
      unit: 'A',
      positions: [{ name: '', class: 'professional', staffing: 'quota', needed: 1, present: 1 }],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['positions', 0, 'name']);
  });
});

describe('positions are conserved by merge, split, transfer and dissolution into a receiver (fast-check)', () => {
  it('Σ needed stays, Σ present falls by what exits left, every year; incremental = full evaluation', () => {
    let moved = 0;
    let exited = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 10, max: 60 }), (seed, count) => {
        const units = generateUnits(300, (seed % 4) + 1);
        const r = createRandom(seed);
        const all: Position[] = [];
        for (const u of units)
          if (r.chance(0.5))
            for (let i = 0; i < r.int(1, 4); i++)
              all.push(
                pos(u.code, r.pick(['Kế toán', 'Văn thư', 'Chuyên viên', 'Thanh tra']), r.int(0, 9), {
                  present: r.int(0, 9),
                }),
              );
        const positions = positionsByUnit(all);
        const codes = units.map((u) => u.code);
        const ops: Operation[] = [];
        // Splits of baseline units first (their counts are known), then the rest.
        for (const u of units.slice(0, 3)) {
          const half = (n: number) => Math.floor(n / 2);
          const into = [0, 1].map((k) => ({
            code: `${u.code}-${k}`,
            name: `${u.name} ${k}`,
            civilServantQuota: k ? u.civilServantQuota - half(u.civilServantQuota) : half(u.civilServantQuota),
            civilServantActual: k ? u.civilServantActual - half(u.civilServantActual) : half(u.civilServantActual),
            publicEmployeeQuota: k ? u.publicEmployeeQuota - half(u.publicEmployeeQuota) : half(u.publicEmployeeQuota),
            publicEmployeeActual: k
              ? u.publicEmployeeActual - half(u.publicEmployeeActual)
              : half(u.publicEmployeeActual),
            selfFundedEmployees: k ? u.selfFundedEmployees : 0,
            contractWorkers: k ? u.contractWorkers : 0,
            deputies: k ? u.deputies : 0,
          }));
          ops.push({ type: 'split', year: 2021, date: '2021-01-01', unit: u.code, into });
        }
        for (let i = 0; i < count; i++) {
          const year = 2021 + Math.floor((i * 5) / count);
          const any = () => r.pick(codes);
          const t = r.pick(['merge', 'transfer', 'dissolve', 'staffExit'] as const);
          if (t === 'staffExit')
            ops.push({
              type: 'staffExit',
              year,
              unit: any(),
              civilServants: r.int(0, 3),
              publicEmployees: r.int(1, 3),
              reason: 'retirement',
              ...(r.chance(0.5) ? { position: r.pick(['Kế toán', 'Văn thư', 'Chuyên viên', 'Thanh tra']) } : {}),
            });
          else if (t === 'merge') {
            const units2 = [any(), any()];
            ops.push({ type: 'merge', year, units: units2, into: r.chance(0.5) ? units2[0]! : `N${i}` });
            codes.push(`N${i}`);
          } else if (t === 'transfer') ops.push({ type: 'transfer', year, unit: any(), parentCode: any() });
          else ops.push({ type: 'dissolve', year, unit: any(), staffTo: any() });
        }
        const opts: SimulateOptions = {
          baseYear: 2021,
          horizon: 2025,
          rules: { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' },
          positions,
        };
        let plan = ops;
        let sim;
        for (let tries = 0; !sim && tries < 200; tries++) {
          try {
            sim = simulate(units, plan, opts);
          } catch (e) {
            if (!(e instanceof ScenarioError)) throw e;
            plan = plan.filter((_, j) => j !== e.index);
          }
        }
        if (!sim) throw new Error('every operation refused');
        // Σ needed kept; Σ present less what the year's and earlier exits took, never below 0 on a line.
        const start = positionTotals(positions.values());
        for (const y of sim.years) {
          const taken = sim.exits
            .filter((e) => e.year <= y.year)
            .reduce((s, e) => s + (e.positionsLeft ?? []).reduce((t, l) => t + l.count, 0), 0);
          expect(positionTotals(y.positions.values()), `year ${y.year}`).toEqual({
            needed: start.needed,
            present: start.present - taken,
          });
          for (const list of y.positions.values()) for (const p of list) expect(p.present).toBeGreaterThanOrEqual(0);
          exited += taken;
        }
        // Every list belongs to a unit of that year (none left behind by a unit gone), each line carrying its code.
        for (const y of sim.years) {
          const live = new Set(y.units.map((u) => u.code));
          for (const [code, list] of y.positions) {
            expect(live.has(code), `${y.year} ${code}`).toBe(true);
            for (const p of list) expect(p.unitCode).toBe(code);
            if (!positions.has(code)) moved++;
          }
        }
        const full = simulate(units, plan, { ...opts, fullEvaluation: true });
        sim.years.forEach((y, i) => expect(y.findings, `year ${y.year}`).toEqual(full.years[i]!.findings));
      }),
      { numRuns: 12 },
    );
    // Positions really went to merged units and split parts, and exits took some.
    expect(moved).toBeGreaterThan(0);
    expect(exited).toBeGreaterThan(0);
  });
});

describe('positions left by staff exits', () => {
  const exit = (fields: Partial<Extract<Operation, { type: 'staffExit' }>>): Operation =>
    OperationSchema.parse({
      type: 'staffExit',
      year: 2026,
      unit: 'A',
      civilServants: 2,
      publicEmployees: 0,
      reason: 'retirement',
      ...fields,
    });

  it('an exit naming a position lowers its present in the plan year and records which position left', () => {
    const sim = simulate(baseline, [exit({ position: 'Chuyên viên tổ chức' })], { ...options, positions: stored });
    const at = (year: number) =>
      sim.years
        .find((x) => x.year === year)!
        .positions.get('A')!
        .map((p) => p.present);
    expect(at(2025)).toEqual([1, 5]);
    expect(at(2026)).toEqual([1, 3]);
    expect(sim.exits[0]).toMatchObject({
      positionsLeft: [{ name: 'Chuyên viên tổ chức', count: 2, estimated: false }],
      unassigned: 0,
    });
    const roadmap = roadmapOf(sim);
    expect(roadmap.units.find((u) => u.code === 'A')!.cells[2026]).toMatchObject({
      positionsLeft: [{ name: 'Chuyên viên tổ chức', count: 2, estimated: false }],
    });
    expect(describeOperation(exit({ position: 'Chuyên viên tổ chức' }), 'vi', (c) => c)).toContain(
      'rời vị trí việc làm «Chuyên viên tổ chức»',
    );
  });

  it('an exit naming no position is said not assigned (the 6 positions held by the 6 − 2 people left lose the excess, estimated)', () => {
    const sim = simulate(baseline, [exit({})], { ...options, positions: stored });
    // 6 held by 6 people; 2 leave: the 2 in excess come off in proportion (1 : 5, largest remainder).
    expect(sim.exits[0]).toMatchObject({
      positionsLeft: [{ name: 'Chuyên viên tổ chức', count: 2, estimated: true }],
      unassigned: 0,
    });
    expect(
      sim.years
        .at(-1)!
        .positions.get('A')!
        .map((p) => p.present),
    ).toEqual([1, 3]);
    // With fewer holders than people, the exit stays not assigned and the positions keep their present.
    const roomy = simulate(
      baseline.map((u) => (u.code === 'A' ? { ...u, civilServantActual: 10, civilServantQuota: 10 } : u)),
      [exit({})],
      { ...options, positions: stored },
    );
    expect(roomy.exits[0]).toMatchObject({ positionsLeft: [], unassigned: 2 });
    expect(
      roomy.years
        .at(-1)!
        .positions.get('A')!
        .map((p) => p.present),
    ).toEqual([1, 5]);
  });

  it('keys the roadmap cell by position: two exits of one unit, year and reason naming different positions stay apart', () => {
    const plan = [
      exit({ civilServants: 1, position: 'Giám đốc' }),
      exit({ civilServants: 2, position: 'Chuyên viên tổ chức' }),
      exit({ civilServants: 1 }),
      // Spelt differently, the same position: one row.
      exit({ year: 2027, civilServants: 1, position: 'chuyên viên  Tổ chức' }),
    ];
    const sim = simulate(baseline, plan, { ...options, positions: stored });
    const a = roadmapOf(sim).units.find((u) => u.code === 'A')!;
    expect(a.cells[2026]!.exits.retirement).toBe(4);
    expect(a.cells[2026]!.byPosition).toEqual([
      { position: 'Giám đốc', exits: expect.objectContaining({ retirement: 1, transfer: 0 }) },
      { position: 'Chuyên viên tổ chức', exits: expect.objectContaining({ retirement: 2 }) },
    ]);
    expect(
      roadmapRows(roadmapOf(sim).units, 'retirement')
        .filter((r) => r.code === 'A')
        .map((r) => [r.id, r.position, r.cells[2026]!.exits, r.cells[2027]!.exits]),
    ).toEqual([
      ['A', null, 1, 0],
      ['A#giám đốc', 'Giám đốc', 1, 0],
      ['A#chuyên viên tổ chức', 'Chuyên viên tổ chức', 2, 1],
    ]);
    // Another reason's cells of the same rows are empty; a unit whose exits name no position has one row.
    expect(
      roadmapRows(roadmapOf(sim).units, 'transfer')
        .filter((r) => r.code === 'A')
        .map((r) => r.cells[2026]!.exits),
    ).toEqual([0, 0, 0]);
    const plain = roadmapRows(
      roadmapOf(simulate(baseline, [exit({})], { ...options, positions: stored })).units,
      'retirement',
    );
    expect(plain.map((r) => [r.id, r.split, r.cells[2026]!.exits])).toEqual([['A', false, 2]]);

    // Entering, changing and clearing one position's cell keeps the others' exits as they are.
    const cell = { unit: 'A', year: 2026, reason: 'retirement', category: 'civilServants' } as const;
    const changed = setPlannedExits(plan, { ...cell, count: 1, position: 'Chuyên viên tổ chức' });
    expect(changed.filter((o) => o.type === 'staffExit').map((o) => [o.year, o.civilServants, o.position])).toEqual([
      [2026, 1, 'Giám đốc'],
      [2026, 1, 'Chuyên viên tổ chức'],
      [2026, 1, undefined],
      [2027, 1, 'chuyên viên Tổ chức'],
    ]);
    const cleared = setPlannedExits(plan, { ...cell, count: 0, position: 'GIÁM ĐỐC' });
    expect(cleared.map((o) => o.type === 'staffExit' && [o.civilServants, o.position])).toEqual([
      [2, 'Chuyên viên tổ chức'],
      [1, undefined],
      [1, 'chuyên viên Tổ chức'],
    ]);
    const unassigned = setPlannedExits(plan, { ...cell, count: 0 });
    expect(unassigned.map((o) => o.type === 'staffExit' && o.position)).toEqual([
      'Giám đốc',
      'Chuyên viên tổ chức',
      'chuyên viên Tổ chức',
    ]);
    const entered = setPlannedExits(cleared, { ...cell, count: 1, position: 'Giám đốc' });
    expect(
      roadmapRows(roadmapOf(simulate(baseline, entered, { ...options, positions: stored })).units, 'retirement').map(
        (r) => [r.id, r.cells[2026]!.exits],
      ),
    ).toEqual([
      ['A', 1],
      ['A#chuyên viên tổ chức', 2],
      ['A#giám đốc', 1],
    ]);
  });

  it('refuses a position the unit does not have, or more leaving it than hold it, naming both', () => {
    const refused = (op: Operation) => {
      try {
        simulate(baseline, [op], { ...options, positions: stored });
      } catch (err) {
        return err instanceof ScenarioError ? [err.key, err.params] : err;
      }
      return null;
    };
    expect(refused(exit({ position: 'Kế toán' }))).toEqual([
      'err.exitPositionUnknown',
      expect.objectContaining({ position: 'Kế toán', code: 'A' }),
    ]);
    expect(refused(exit({ position: 'Giám đốc' }))).toEqual([
      'err.exitPositionTooMany',
      expect.objectContaining({ present: 1, count: 2 }),
    ]);
  });
});
