import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEADCOUNT_FIELDS } from '../shared/model/unit.ts';
import { generateSampleProvince } from '../shared/sample/hau-giang.ts';
import { evaluateFindings } from '../shared/rules/findings.ts';
import type { UnitChanges } from '../shared/unit-changes.ts';
import { unitModel } from '../shared/workspace-model.ts';
import { handlerHarness } from '../tests/handler-harness.ts';
import { Coverage, attempt } from '../tests/property.ts';
import { listUnits } from './units-repo.ts';
import { ruleContext } from './rules-repo.ts';
import { cachedUnitModel } from './unit-model-cache.ts';

const sample = generateSampleProvince();
const codes = sample.map((u) => u.code);

type Step =
  | { kind: 'count'; code: string; field: (typeof HEADCOUNT_FIELDS)[number]; value: number }
  | { kind: 'rename'; code: string }
  | { kind: 'move'; code: string; parentCode: string }
  | { kind: 'undo' };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('count' as const),
      code: fc.constantFrom(...codes),
      field: fc.constantFrom(...HEADCOUNT_FIELDS),
      value: fc.nat(40),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant('rename' as const), code: fc.constantFrom(...codes) }), weight: 1 },
  // Most random moves are refused (a cycle, a placement the rules forbid): weighted so that some are made.
  {
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      code: fc.constantFrom(...codes),
      parentCode: fc.constantFrom(...codes),
    }),
    weight: 3,
  },
  { arbitrary: fc.constant({ kind: 'undo' as const }), weight: 1 },
);

describe('the units held in memory for findings', () => {
  it('after any sequence of edits, findings from the held units equal findings from the file (property)', async () => {
    // Steps that changed the file, by kind: refused ones prove nothing about the held units.
    const done = new Coverage<Step['kind']>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { ws, send } = handlerHarness(sample);
        try {
          await send('findings.list', {});
          for (const s of steps) {
            // Refused edits (a cycle, a placement the rules forbid, nothing to undo) change nothing; that is fine here. A crash fails.
            const before = listUnits(ws.db);
            if (s.kind === 'count')
              await attempt(send('units.update', { code: s.code, patch: { [s.field]: s.value } }));
            else if (s.kind === 'rename')
              await attempt(send('units.update', { code: s.code, patch: { name: `Tên ${s.code}` } }));
            else if (s.kind === 'move') await attempt(send('units.move', { code: s.code, parentCode: s.parentCode }));
            else await attempt(send('history.undo', {}));
            done.hit(s.kind, !isDeepStrictEqual(listUnits(ws.db), before));
            const { findings } = await send('findings.list', {});
            expect(findings).toEqual(evaluateFindings(listUnits(ws.db), ruleContext(ws.db, '2026-12-07')));
            expect(cachedUnitModel(ws.db)).toEqual(unitModel(listUnits(ws.db)));
          }
        } finally {
          ws.close();
        }
      }),
      { numRuns: 25 },
    );
    done.expectAtLeast({ count: 20, rename: 1, move: 1, undo: 1 }); // exercised at all (how often varies with the random sequences)
  });

  it('a headcount edit updates the held units without reading them again; another write drops them', async () => {
    const { ws, call } = handlerHarness(sample);
    const first = cachedUnitModel(ws.db);
    expect(cachedUnitModel(ws.db)).toBe(first); // nothing written: the same model
    const psu = sample.find((u) => u.kind === 'psu')!;
    await call('units.update', { code: psu.code, patch: { publicEmployeeActual: psu.publicEmployeeActual + 3 } });
    const edited = cachedUnitModel(ws.db);
    expect(edited.tree.children).toBe(first.tree.children); // updated in place of a rebuild
    expect(edited.tree.byCode.get(psu.code)!.publicEmployeeActual).toBe(psu.publicEmployeeActual + 3);
    await call('units.update', { code: psu.code, patch: { name: 'Tên mới' } });
    const renamed = cachedUnitModel(ws.db);
    expect(renamed.tree.children).not.toBe(first.tree.children);
    expect(renamed.tree.byCode.get(psu.code)!.name).toBe('Tên mới');
    ws.close();
  });
});

describe('tree edits answering with the changed units only', () => {
  it('changes applied to the list held before equal the list after, for every kind of tree edit', async () => {
    const { ws, call } = handlerHarness(sample);
    const { applyUnitChanges } = await import('../shared/unit-changes.ts');
    type After = { units?: unknown[]; delta?: UnitChanges };
    // Nothing held yet: the whole list.
    const first = await call<After>('units.move', {
      code: 'HG.SNN.CCTS.P02',
      parentCode: 'HG.SNN.CCCNTY',
      deltaOnly: true,
    });
    expect(first.units).toEqual(listUnits(ws.db));
    const steps: Array<[string, Record<string, unknown>]> = [
      ['history.undo', {}],
      ['history.redo', {}],
      ['units.create', { parentCode: 'HG.SNV', code: 'HG.SNV.NEW', name: 'Phòng mới', kind: 'division' }],
      ['units.delete', { code: 'HG.SNN.CCCNTY', mode: 'lift' }],
      ['history.undo', {}],
      ['units.delete', { code: 'HG.SYT', mode: 'subtree' }],
      ['history.undo', {}],
    ];
    await call('units.update', { code: 'HG.SNV', patch: { deputies: 4 } });
    await call('history.undo', {});
    for (const [channel, args] of steps) {
      await call('findings.list', {}); // the UI asks for findings after every change: the units are then held
      const before = listUnits(ws.db);
      const r = await call<After>(channel, { ...args, deltaOnly: true }).catch((e: Error) => {
        throw new Error(`${channel}: ${e.message}`);
      });
      expect(r.units).toBeUndefined();
      expect(r.delta!.upsert.length).toBeLessThan(before.length / 2);
      expect(applyUnitChanges(before, r.delta!)).toEqual(listUnits(ws.db));
    }
    // Undo and redo of a field change read the one unit: headcount (held units kept, updated in place) and name.
    for (const changes of [{ civilServantActual: 77 }, { name: 'Tên khác' }]) {
      await call('units.update', { code: 'HG.SNV', patch: changes });
      for (const channel of ['history.undo', 'history.redo']) {
        await call('findings.list', {});
        const before = listUnits(ws.db);
        const r = await call<After>(channel, { deltaOnly: true });
        expect(r.delta).toMatchObject({ remove: [], order: null, count: before.length });
        expect(r.delta!.upsert.map((u) => u.code)).toEqual(['HG.SNV']);
        expect(applyUnitChanges(before, r.delta!)).toEqual(listUnits(ws.db));
        expect(cachedUnitModel(ws.db)).toEqual(unitModel(listUnits(ws.db)));
      }
    }
    // Without the flag (CLI, tests) the whole list, as before.
    expect((await call<After>('history.undo', {})).units).toEqual(listUnits(ws.db));
    ws.close();
  });
});

describe('tree edits read only the units the step touched', () => {
  type Op =
    | { kind: 'move'; code: string; parentCode: string }
    | { kind: 'create'; parentCode: string }
    | { kind: 'delete'; code: string; mode: 'lift' | 'subtree' }
    | { kind: 'recode'; code: string }
    | { kind: 'field'; code: string; changes: Record<string, unknown> }
    | { kind: 'undo' | 'redo' }
    | { kind: 'revert'; back: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('move' as const),
        code: fc.constantFrom(...codes),
        parentCode: fc.constantFrom(...codes),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({ kind: fc.constant('create' as const), parentCode: fc.constantFrom(...codes) }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        code: fc.constantFrom(...codes),
        mode: fc.constantFrom('lift' as const, 'subtree' as const),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('recode' as const), code: fc.constantFrom(...codes) }), weight: 1 },
    // Field changes that keep the code: their undo, redo and revert read the one unit.
    {
      arbitrary: fc.record({
        kind: fc.constant('field' as const),
        code: fc.constantFrom(...codes),
        changes: fc.oneof(
          fc.record({ civilServantActual: fc.nat(60) }),
          fc.record({ deputies: fc.nat(5) }),
          fc.record({ name: fc.constantFrom('Tên khác', 'Tên mới') }),
        ),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('revert' as const), back: fc.nat(4) }), weight: 1 },
  );
  it('after any sequence of moves, new and deleted units, new codes, field changes, undo, redo and revert, the changes and the held units equal the file (property)', async () => {
    const { applyUnitChanges } = await import('../shared/unit-changes.ts');
    type After = { units?: unknown[]; delta?: UnitChanges };
    let made = 0;
    let quick = 0;
    const done = new Coverage<Op['kind']>();
    await fc.assert(
      // A redo comes after an undo (else it has nothing to redo and the property would never exercise it).
      fc.asyncProperty(
        fc
          .array(op, { minLength: 1, maxLength: 10 })
          .map((ops) => ops.flatMap((o): Op[] => (o.kind === 'redo' ? [{ kind: 'undo' }, o] : [o]))),
        async (ops) => {
          const { ws, call } = handlerHarness(sample);
          try {
            for (const o of ops) {
              await call('findings.list', {}); // as the UI does after every change: the units are then held
              const before = listUnits(ws.db);
              const held = cachedUnitModel(ws.db);
              // None once a step deleted the whole tree (the root's subtree), which the handlers allow.
              const root = before.find((u) => u.parentCode === null)?.code;
              const args: [string, Record<string, unknown>] =
                o.kind === 'move'
                  ? ['units.move', { code: o.code, parentCode: o.parentCode }]
                  : o.kind === 'create'
                    ? [
                        'units.create',
                        { parentCode: o.parentCode, code: `NEW.${++made}`, name: 'Phòng mới', kind: 'division' },
                      ]
                    : o.kind === 'delete'
                      ? ['units.delete', { code: o.code, mode: o.mode }]
                      : o.kind === 'recode'
                        ? ['units.update', { code: o.code, patch: { code: `${o.code}.X${++made}` } }]
                        : o.kind === 'field'
                          ? ['units.update', { code: o.code, patch: o.changes }]
                          : o.kind === 'revert'
                            ? [
                                'history.revert',
                                {
                                  id: Math.max(
                                    1,
                                    (await call<{ entries: Array<{ id: number }> }>('history.list', {})).entries[o.back]
                                      ?.id ?? 1,
                                  ),
                                },
                              ]
                            : [`history.${o.kind}`, {}];
              // Refused edits (a cycle, a placement the rules forbid, nothing to undo, a conflict) change nothing. A crash fails.
              const answer = await attempt(
                call<After>(args[0], args[0] === 'units.update' ? args[1] : { ...args[1], deltaOnly: true }),
              );
              const r = answer.ok ? answer.result : null;
              const after = listUnits(ws.db);
              done.hit(o.kind, !isDeepStrictEqual(after, before));
              if (r?.delta) expect(applyUnitChanges(before, r.delta)).toEqual(after);
              else if (r?.units) expect(r.units).toEqual(after);
              expect(cachedUnitModel(ws.db)).toEqual(unitModel(after));
              // The quick path keeps the rollups of the units it did not touch (a re-read makes new ones).
              if (root && r?.delta && cachedUnitModel(ws.db).rollups.get(root) === held.rollups.get(root)) quick++;
            }
          } finally {
            ws.close();
          }
        },
      ),
      { numRuns: 30 },
    );
    expect(quick).toBeGreaterThan(10);
    // Each kind of step changed the file at least once over the runs (counts above 1 vary with the random
    // sequences: 2 creates in one CI run; the claim is that every kind is exercised, not how often).
    done.expectAtLeast({ move: 1, create: 1, delete: 1, recode: 1, field: 1, undo: 1, redo: 1, revert: 1 });
  });
});
