import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unit } from '../tests/fixtures.ts';
import { handlerHarness } from '../tests/handler-harness.ts';
import { Coverage, attempt } from '../tests/property.ts';
import { TRACKED, history } from './undo-log.ts';

/** Every table users edit, row by row with its rowid, exactly as stored. */
function snapshot(db: Database): Record<string, unknown[]> {
  const tables = [...TRACKED, 'people'];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT rowid AS _rowid, * FROM ${t} ORDER BY rowid`).all()]),
  );
}

const CODES = ['S', 'S.P', 'BV', 'BV.K', 'TV'] as const;
const PLANS = ['PA1', 'PA2'] as const;

type Op =
  | { kind: 'field'; code: string; deputies: number }
  | { kind: 'move'; code: string; to: string }
  | { kind: 'create'; parent: string }
  | { kind: 'delete'; code: string; mode: 'lift' | 'subtree' }
  | { kind: 'figures'; code: string; revenue: number }
  | { kind: 'plan'; name: string; action: 'create' | 'rename' | 'lock' | 'delete' }
  | { kind: 'targets'; pct: number; remove: boolean }
  | { kind: 'baseline'; psus: number }
  | { kind: 'rule'; value: number }
  | { kind: 'salary'; month: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), code: fc.constantFrom(...CODES), deputies: fc.nat(4) }),
  // Any move (most are refused by the placement rules), or one the rules allow: a PSU's phòng between PSUs.
  fc.oneof(
    fc.record({
      kind: fc.constant('move' as const),
      code: fc.constantFrom(...CODES),
      to: fc.constantFrom('T', ...CODES),
    }),
    fc.record({ kind: fc.constant('move' as const), code: fc.constant('BV.K'), to: fc.constantFrom('BV', 'TV') }),
  ),
  fc.record({ kind: fc.constant('create' as const), parent: fc.constantFrom('T', 'S', 'BV') }),
  fc.record({
    kind: fc.constant('delete' as const),
    code: fc.constantFrom(...CODES),
    mode: fc.constantFrom('lift' as const, 'subtree' as const),
  }),
  fc.record({ kind: fc.constant('figures' as const), code: fc.constantFrom('BV', 'TV'), revenue: fc.nat(100) }),
  fc.record({
    kind: fc.constant('plan' as const),
    name: fc.constantFrom(...PLANS),
    action: fc.constantFrom('create' as const, 'rename' as const, 'lock' as const, 'delete' as const),
  }),
  fc.record({ kind: fc.constant('targets' as const), pct: fc.integer({ min: 1, max: 50 }), remove: fc.boolean() }),
  fc.record({ kind: fc.constant('baseline' as const), psus: fc.nat(20) }),
  fc.record({ kind: fc.constant('rule' as const), value: fc.integer({ min: 20, max: 40 }) }),
  fc.record({ kind: fc.constant('salary' as const), month: fc.integer({ min: 1, max: 12 }) }),
);

function request(o: Op, n: number): [string, Record<string, unknown>] {
  switch (o.kind) {
    case 'field':
      return ['units.update', { code: o.code, patch: { deputies: o.deputies } }];
    case 'move':
      return ['units.move', { code: o.code, parentCode: o.to }];
    case 'create':
      return ['units.create', { parentCode: o.parent, code: `N${n}`, name: `Mới ${n}`, kind: 'other' }];
    case 'delete':
      return ['units.delete', { code: o.code, mode: o.mode }];
    case 'figures':
      return [
        'finance.set',
        { code: o.code, year: 2025, revenue: String(o.revenue), spending: '100', amountUnit: 'trieu_dong' },
      ];
    case 'plan':
      return o.action === 'create'
        ? ['scenario.create', { name: o.name }]
        : o.action === 'rename'
          ? ['scenario.rename', { name: o.name, newName: `${o.name}.${n}` }]
          : o.action === 'lock'
            ? ['scenario.lock', { name: o.name, locked: n % 2 === 0 }]
            : ['scenario.delete', { name: o.name }];
    case 'targets':
      return o.remove
        ? ['targetSets.delete', { id: 'tinh' }]
        : [
            'targetSets.save',
            {
              set: {
                id: 'tinh',
                title: `Chỉ tiêu ${o.pct}%`,
                targets: [{ id: 'p', title: 'ĐVSN', metric: ['psus'], baseYear: 2025, year: 2027, requiredPct: o.pct }],
              },
            },
          ];
    case 'baseline':
      return ['baselines.save', { baseline: { year: 2021, psus: o.psus } }];
    case 'rule':
      return ['rules.setParameter', { parameter: 'psuMinStaff', value: o.value, reason: `Lý do ${n}` }];
    case 'salary':
      return [
        'people.addBaseSalary',
        { amount: '2.600.000', from: `01/${String(o.month).padStart(2, '0')}/2028`, citation: 'Nghị định mới' },
      ];
  }
}

describe('the undo log over every aggregate', () => {
  it('after any sequence of edits, undoing every step gives back the file exactly, and redoing every one the edited file (property)', async () => {
    const done = new Coverage<Op['kind']>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const { ws, call } = handlerHarness([
          unit('T', null, { kind: 'people_committee' }),
          unit('S', 'T', { kind: 'department' }),
          unit('S.P', 'S', { kind: 'division', civilServantQuota: 5 }),
          unit('BV', 'T', { kind: 'psu', publicEmployeeQuota: 40 }),
          unit('BV.K', 'BV', { kind: 'psu_division' }),
          unit('TV', 'T', { kind: 'psu' }),
        ]);
        try {
          const start = snapshot(ws.db);
          let n = 0;
          for (const o of ops) {
            const before = snapshot(ws.db);
            // Refused edits (a cycle, a placement the rules forbid, a name taken…) change nothing. A crash fails.
            const [channel, args] = request(o, ++n);
            const answer = await attempt(call(channel, args));
            const after = snapshot(ws.db);
            if (!answer.ok) expect(after).toEqual(before);
            done.hit(o.kind, JSON.stringify(after) !== JSON.stringify(before));
          }
          const edited = snapshot(ws.db);
          while (history(ws.db).canUndo) await call('history.undo', {});
          expect(snapshot(ws.db)).toEqual(start);
          while (history(ws.db).canRedo) await call('history.redo', {});
          expect(snapshot(ws.db)).toEqual(edited);
        } finally {
          ws.close();
        }
      }),
      { numRuns: 100 },
    );
    done.expectAtLeast({
      field: 1,
      move: 1,
      create: 1,
      delete: 1,
      figures: 1,
      plan: 1,
      targets: 1,
      baseline: 1,
      rule: 1,
      salary: 1,
    });
  }, 300_000); // 100 runs of real SQLite files: minutes on a loaded 2-core machine, not a speed test
});
