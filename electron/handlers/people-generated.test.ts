import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { insertPeople, listPeople, mapPeople, retirementPeople } from '../../db/people-repo.ts';
import { personRows } from '../../shared/people/person-rows.ts';
import { generatePeople, generateUnits } from '../../shared/sample/generate.ts';
import type { PersonRow, RetirementsView } from '../../shared/people/person-rows.ts';

/**
 * people.list and people.retirements on a generated workspace (400 units, 3,000 people, one of
 * them in a unit that is gone), checked against what the former code returned: the SHA-256 of the
 * results' JSON, taken before people.retirements read only the columns it needs and before the
 * rows of people.list shared their equal parts. A change of results changes these on purpose only
 * (the list's changed when its rows gained the lower-age flag and the other allowances apart, and
 * the response its base-salary month and Decree 161/2026's period, and the rows their job position;
 * checked to be equal to the former hash with exactly those removed. Read at 06/2026 so the clock
 * does not change it).
 */
const BEFORE = {
  list: 'd2244229c20f9b4a07a19e7db371ed71369c6d0d4e9155802fcedafe2150bb8b',
  retirements: 'b10e5f46d315e9bda17a2bf337474e4c3057a15151437cffd2162464294bef87',
  wide: '1489f4e510b14fc426065217209ac29b58d9e30c82e7c56cb93c53971053e58f',
};
const sha = (v: unknown) => crypto.createHash('sha256').update(JSON.stringify(v)).digest('hex');

function generated() {
  const units = generateUnits(400, 7);
  const { ws, call } = handlerHarness(units, 2025);
  const people = generatePeople(units, 3000, 7);
  const gone = { ...people[0]!, fullName: 'Người Đơn Vị Cũ', employeeId: null, unitCode: 'ZZ-CU', insuranceFrom: null };
  ws.db.transaction(() => insertPeople(ws.db, [...people.slice(0, 1500), gone, ...people.slice(1500)])).immediate();
  return { ws, call };
}

describe('people.list and people.retirements on a generated workspace', () => {
  it('return what they returned before', async () => {
    const { call } = generated();
    const list = await call<{ people: PersonRow[] }>('people.list', { month: '06/2026' });
    expect(list.people).toHaveLength(3001);
    expect(list.people.filter((p) => p.unitName === null).map((p) => p.unitCode)).toEqual(['ZZ-CU']);
    const r = await call<RetirementsView>('people.retirements', {});
    const wide = await call<RetirementsView>('people.retirements', { fromYear: 2000, toYear: 2050 });
    expect({ list: sha(list), retirements: sha(r), wide: sha(wide) }).toEqual(BEFORE);
  });

  it('shares equal parts between rows without changing any row, and reads for the retirements what the stored people hold', () => {
    const { ws } = generated();
    const base = { from: { year: 2024, month: 7 }, amount: 2_340_000, citation: 'x', confidence: null };
    const shared = mapPeople(ws.db, personRows(base));
    expect(shared).toEqual(mapPeople(ws.db, (p) => personRows(base)(p)));
    expect(new Set(shared.map((r) => r.retirement)).size).toBe(
      new Set(shared.map((r) => `${r.sex} ${r.birthDate.slice(3)}`)).size,
    );
    expect(Object.isFrozen(shared[0]!.retirement)).toBe(true);
    expect([...retirementPeople(ws.db)]).toEqual(
      listPeople(ws.db).map((p) => ({
        unit: p.unit?.code ?? p.unitCode,
        unitName: p.unit?.name ?? null,
        sex: p.sex,
        birth: { year: p.birth.year, month: p.birth.month },
        category: p.category,
      })),
    );
  });

  it('reads people in list order (position, then id) also when positions are out of id order', () => {
    const { ws } = generated();
    const inOrder = () => ws.db.prepare('SELECT id FROM people ORDER BY position, id').pluck().all();
    expect(mapPeople(ws.db, (p) => p.id)).toEqual(inOrder());
    ws.db.prepare('UPDATE people SET position = 10000 - position WHERE id % 7 = 0').run();
    ws.db.prepare('UPDATE people SET position = 5 WHERE id % 11 = 0').run();
    expect(mapPeople(ws.db, (p) => p.id)).toEqual(inOrder());
    expect(mapPeople(ws.db, (p) => p.id)).not.toEqual([...inOrder()].sort((a, b) => Number(a) - Number(b)));
    expect([...retirementPeople(ws.db)].map((p) => p.unit)).toEqual(
      mapPeople(ws.db, (p) => p.unit?.code ?? p.unitCode),
    );
  });
});
