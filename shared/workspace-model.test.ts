import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEADCOUNT_FIELDS } from './model/unit.ts';
import { generateSampleProvince } from './sample/hau-giang.ts';
import { onlyHeadcountChanged, unitModel, withUnitSaved } from './workspace-model.ts';
import { Coverage } from '../tests/property.ts';

const units = generateSampleProvince();

describe('withUnitSaved', () => {
  it('updates the rollups incrementally for a headcount change, equal to a rebuild (property)', () => {
    const base = unitModel(units);
    const cases = new Coverage<'changed' | 'rolledUp'>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.constantFrom(...HEADCOUNT_FIELDS),
        fc.nat(2000),
        (i, field, value) => {
          const u = units[i]!;
          const saved = { ...u, [field]: value };
          cases.hit('changed', value !== u[field]);
          cases.hit('rolledUp', value !== u[field] && u.parentCode !== null);
          const next = withUnitSaved(base, u.code, saved);
          const rebuilt = unitModel(units.map((x) => (x.code === u.code ? saved : x)));
          expect(next.units).toEqual(rebuilt.units);
          expect(next.rollups).toEqual(rebuilt.rollups);
          expect(next.tree.byCode.get(u.code)).toBe(saved);
          // What changed is named: exactly the rows whose unit or rollup differ from the model before.
          const differ = units
            .filter(
              (x) =>
                next.tree.byCode.get(x.code) !== base.tree.byCode.get(x.code) ||
                next.rollups.get(x.code) !== base.rollups.get(x.code),
            )
            .map((x) => x.code);
          expect(next.delta?.from).toBe(base.tree);
          expect([...next.delta!.codes].sort()).toEqual(differ.sort());
          // The structure is kept as it was, and the model passed in is untouched.
          expect(next.tree.children).toBe(base.tree.children);
          expect(next.tree.preorder).toBe(base.tree.preorder);
          expect(base.tree.byCode.get(u.code)).toBe(u);
          expect(base.rollups).toEqual(unitModel(units).rollups);
        },
      ),
      { numRuns: 60 },
    );
    cases.expectAtLeast({ changed: 50, rolledUp: 40 }); // a value equal to the old one exercises nothing
  });

  it('rebuilds when more than headcount changed: a rename, a new code (children follow), a new parent', () => {
    const base = unitModel(units);
    const parent = units.find((u) => units.some((c) => c.parentCode === u.code) && u.parentCode !== null)!;
    const renamed = withUnitSaved(base, parent.code, { ...parent, name: 'Tên mới' });
    expect(renamed.tree.byCode.get(parent.code)!.name).toBe('Tên mới');
    const recoded = withUnitSaved(base, parent.code, { ...parent, code: 'NEW.CODE' });
    expect(recoded.delta).toBeUndefined();
    expect(recoded).toEqual(
      unitModel(
        units.map((u) =>
          u.code === parent.code
            ? { ...u, code: 'NEW.CODE' }
            : u.parentCode === parent.code
              ? { ...u, parentCode: 'NEW.CODE' }
              : u,
        ),
      ),
    );
    expect(recoded.tree.children.get('NEW.CODE')!.length).toBeGreaterThan(0);
    const root = units.find((u) => u.parentCode === null)!;
    const leaf = units.find((u) => !units.some((c) => c.parentCode === u.code) && u.parentCode !== root.code)!;
    const moved = withUnitSaved(base, leaf.code, { ...leaf, parentCode: root.code });
    expect(moved.rollups).toEqual(
      unitModel(units.map((u) => (u.code === leaf.code ? { ...u, parentCode: root.code } : u))).rollups,
    );
  });

  it('rebuilt after a move, keeps the rollup objects of the units whose totals did not change', () => {
    const base = unitModel(units);
    const root = units.find((u) => u.parentCode === null)!;
    const leaf = units.find(
      (u) =>
        !units.some((c) => c.parentCode === u.code) &&
        u.parentCode !== root.code &&
        u.civilServantActual + u.publicEmployeeActual > 0,
    )!;
    const after = units.map((u) => (u.code === leaf.code ? { ...u, parentCode: root.code } : u));
    const next = unitModel(after, base);
    expect(next.rollups).toEqual(unitModel(after).rollups);
    // The leaf's old ancestors lost its people: new objects; every other unit keeps its own.
    const lost = new Set<string>();
    for (let c = leaf.parentCode; c !== null && c !== root.code; c = base.tree.byCode.get(c)!.parentCode) lost.add(c);
    expect(lost.size).toBeGreaterThan(0);
    for (const u of units) {
      if (lost.has(u.code)) expect(next.rollups.get(u.code)).not.toBe(base.rollups.get(u.code));
      else if (u.code !== root.code) expect(next.rollups.get(u.code)).toBe(base.rollups.get(u.code));
    }
  });

  it('tells headcount-only changes apart', () => {
    const u = units[3]!;
    expect(onlyHeadcountChanged(u, { ...u, deputies: u.deputies + 1, contractWorkers: 7 })).toBe(true);
    expect(onlyHeadcountChanged(u, { ...u })).toBe(true);
    expect(onlyHeadcountChanged(u, { ...u, name: `${u.name} mới` })).toBe(false);
    expect(onlyHeadcountChanged(u, { ...u, sector: u.sector === 'health' ? 'education' : 'health' })).toBe(false);
  });
});
