import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { position } from '../../tests/fixtures.ts';
import { exitFromPositions } from './exit.ts';
import type { Position } from './model.ts';

const pos = (name: string, present: number, fields: Partial<Position> = {}) =>
  position('A', name, 'professional', present, { present, ...fields });
const list = [pos('Chuyên viên tổ chức', 4), pos('Kế toán', 2), pos('Lái xe', 1, { staffing: 'contract' })];
const present = (ps: readonly Position[]) => ps.map((p) => p.present);

describe('which positions an exit leaves', () => {
  it('a named position (compared as names are) loses its holders, nothing estimated', () => {
    const r = exitFromPositions(list, { position: 'chuyên viên  Tổ chức', count: 2, holdersLeft: 4 });
    expect(present(r.positions)).toEqual([2, 2, 1]);
    expect(r.left).toEqual([{ name: 'Chuyên viên tổ chức', count: 2, estimated: false }]);
    expect(r.unassigned).toBe(0);
  });

  it('an exit naming no position is not assigned while the positions hold no more than the people left', () => {
    // 3 of 8 leave: 5 people left, the positions hold 6 → only the excess of 1 comes off, 2 not assigned.
    const r = exitFromPositions(list, { count: 3, holdersLeft: 5 });
    expect(r.unassigned).toBe(2);
    expect(r.left).toEqual([{ name: 'Chuyên viên tổ chức', count: 1, estimated: true }]);
    expect(present(r.positions)).toEqual([3, 2, 1]);
    const none = exitFromPositions(list, { count: 2, holdersLeft: 8 });
    expect(none).toEqual({ positions: list, left: [], unassigned: 2 });
  });

  it('never takes from a contract position', () => {
    const r = exitFromPositions(list, { count: 6, holdersLeft: 0 });
    expect(present(r.positions)).toEqual([0, 0, 1]);
    expect(r.unassigned).toBe(0);
  });

  it('keeps present at 0 or above and the quota positions within the people left (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean()), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        (lines, people, count, named) => {
          const ps = lines.map(([n, quota], i) => pos(`P${i}`, n, { staffing: quota ? 'quota' : 'contract' }));
          const name = named !== undefined && named < ps.length ? ps[named]!.name : undefined;
          const before = ps.filter((p) => p.staffing === 'quota').reduce((s, p) => s + p.present, 0);
          const r = exitFromPositions(ps, { position: name, count, holdersLeft: people });
          expect(r.positions.every((p) => p.present >= 0)).toBe(true);
          const held = r.positions.filter((p) => p.staffing === 'quota').reduce((s, p) => s + p.present, 0);
          expect(held).toBeLessThanOrEqual(people);
          const taken = r.left.reduce((s, l) => s + l.count, 0);
          expect(before - held).toBe(taken);
          expect(r.unassigned).toBeGreaterThanOrEqual(0);
          r.positions.forEach((p, i) => {
            if (p.staffing === 'contract') expect(p.present).toBe(ps[i]!.present);
          });
        },
      ),
    );
  });
});
