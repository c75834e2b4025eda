import { describe, expect, it } from 'vitest';
import type { AttritionPerson } from '../people/attrition.ts';
import type { ProposalResult } from '../people/proposals.ts';
import { OperationSchema, type Operation } from './operations.ts';
import {
  fillExits,
  proposalExits,
  proposalScope,
  retirementExits,
  retirementScope,
  type PlanYears,
} from './people-exits.ts';

// A plan over 2025–2027: agency S and PSU A all along; PSU B merged into A in 2026.
const plan: PlanYears = [
  {
    year: 2025,
    units: [
      { code: 'S', kind: 'department' },
      { code: 'A', kind: 'psu' },
      { code: 'B', kind: 'psu' },
    ],
  },
  {
    year: 2026,
    units: [
      { code: 'S', kind: 'department' },
      { code: 'A', kind: 'psu' },
    ],
  },
  {
    year: 2027,
    units: [
      { code: 'S', kind: 'department' },
      { code: 'A', kind: 'psu' },
    ],
  },
];
let id = 0;
// Retirement year worked by hand (Labour Code 2019 Art. 169): men born 06/1965 → 12/2026; 07/1965 → 04/2027; women 12/1969 → 12/2026; 01/1970 → 05/2027.
const person = (
  unit: string,
  sex: 'male' | 'female',
  month: number,
  year: number,
  category: AttritionPerson['category'],
) => ({ id: ++id, unit, sex, birth: { year, month }, category });
const people = [
  person('S', 'male', 6, 1965, 'civil_servant'), // 2026, civil servant
  person('S', 'female', 12, 1969, null), // 2026, no category: an agency's → civil servant
  person('S', 'male', 7, 1965, 'public_employee'), // 2027, public employee (by category, in an agency)
  person('A', 'female', 1, 1970, null), // 2027, no category: a PSU's → public employee
  person('A', 'male', 6, 1965, 'contract'), // 2026, on contract: not counted
  person('B', 'male', 6, 1965, 'public_employee'), // 2026: B is gone by then
  person('A', 'male', 12, 1960, 'public_employee'), // 12/2020: before the plan
  person('A', 'male', 5, 1990, 'public_employee'), // 2052: after the plan
  person('A', 'female', 12, 1969, 'public_employee'), // 2026, but proposed to leave earlier
];

describe('natural retirements as exits of a plan', () => {
  it('counts each person in the year they reach the age, by category (else by the unit’s kind), and says who is left out', () => {
    const { rows, skipped } = retirementExits(people, plan, new Set([people[8]!.id]));
    expect(rows).toEqual([
      { unit: 'S', year: 2026, reason: 'retirement', civilServants: 2, publicEmployees: 0 },
      { unit: 'S', year: 2027, reason: 'retirement', civilServants: 0, publicEmployees: 1 },
      { unit: 'A', year: 2027, reason: 'retirement', civilServants: 0, publicEmployees: 1 },
    ]);
    expect(skipped).toEqual({ contract: 1, unitAbsent: 1, beforePlan: 1, afterPlan: 1, proposed: 1, refused: 0 });
  });
});

describe('proposed people as exits of a plan', () => {
  const result = (
    unitCode: string,
    year: number,
    kind: ProposalResult['case'],
    category: ProposalResult['category'],
    total: number | null,
  ) =>
    ({
      unitCode,
      year,
      case: kind,
      category,
      payout: total === null ? null : { total, parts: [] },
    }) as unknown as ProposalResult;
  it('groups them by unit, leaving year and reason with their exact payouts added up', () => {
    const { rows, skipped } = proposalExits(
      [
        result('A', 2026, 'early-retirement', 'public_employee', 744_778_125),
        result('A', 2026, 'early-retirement', null, 500_000_001),
        result('A', 2026, 'resignation', 'public_employee', 300_000_000),
        result('S', 2025, 'early-retirement', 'civil_servant', 400_000_000),
        result('S', 2025, 'early-retirement', 'contract', 100_000_000),
        result('S', 2026, 'early-retirement', 'civil_servant', null), // not covered
        result('S', 2031, 'resignation', 'civil_servant', 1),
      ],
      plan,
    );
    // By year, then in the plan's tree order.
    expect(rows).toEqual([
      { unit: 'S', year: 2025, reason: 'early-retirement', civilServants: 1, publicEmployees: 0, cost: 400_000_000 },
      { unit: 'A', year: 2026, reason: 'early-retirement', civilServants: 0, publicEmployees: 2, cost: 1_244_778_126 },
      { unit: 'A', year: 2026, reason: 'resignation', civilServants: 0, publicEmployees: 1, cost: 300_000_000 },
    ]);
    expect(skipped).toMatchObject({ contract: 1, refused: 1, afterPlan: 1 });
    expect(rows.every((r) => OperationSchema.safeParse({ type: 'staffExit', ...r }).success)).toBe(true);
  });
});

describe('fillExits', () => {
  const ops = (list: unknown[]) => list.map((o) => OperationSchema.parse(o));
  const start: Operation[] = ops([
    { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
    { type: 'staffExit', year: 2026, unit: 'S', civilServants: 5, publicEmployees: 0, reason: 'retirement' }, // typed by hand: updated to the list
    { type: 'staffExit', year: 2027, unit: 'A', civilServants: 0, publicEmployees: 3, reason: 'retirement' }, // already what the list gives: kept as it is
    { type: 'staffExit', year: 2025, unit: 'S', civilServants: 1, publicEmployees: 0, reason: 'retirement' }, // on the list's unit, none that year: removed
    { type: 'staffExit', year: 2025, unit: 'C', civilServants: 4, publicEmployees: 0, reason: 'retirement' }, // a unit with nobody on the list: kept
    { type: 'staffExit', year: 2026, unit: 'S', civilServants: 1, publicEmployees: 0, reason: 'transfer' }, // another reason: kept
  ]);
  it('records and updates the list’s exits in place, removes those of the list’s units it does not give, keeps the rest, and says what changes', () => {
    const rows = [
      { unit: 'S', year: 2026, reason: 'retirement' as const, civilServants: 2, publicEmployees: 0 },
      { unit: 'A', year: 2027, reason: 'retirement' as const, civilServants: 0, publicEmployees: 3 },
      { unit: 'S', year: 2027, reason: 'retirement' as const, civilServants: 0, publicEmployees: 1 },
    ];
    const { operations, exits: changes } = fillExits(start, rows, retirementScope(new Set(['S', 'A'])));
    expect(operations).toEqual([
      start[0],
      { ...start[1], civilServants: 2 },
      start[2], // the same as the list
      start[4],
      start[5],
      { type: 'staffExit', year: 2027, unit: 'S', civilServants: 0, publicEmployees: 1, reason: 'retirement' },
    ]);
    expect(changes).toEqual([
      {
        unit: 'S',
        year: 2025,
        reason: 'retirement',
        before: { civilServants: 1, publicEmployees: 0, cost: 0 },
        after: { civilServants: 0, publicEmployees: 0, cost: 0 },
      },
      {
        unit: 'S',
        year: 2026,
        reason: 'retirement',
        before: { civilServants: 5, publicEmployees: 0, cost: 0 },
        after: { civilServants: 2, publicEmployees: 0, cost: 0 },
      },
      {
        unit: 'S',
        year: 2027,
        reason: 'retirement',
        before: { civilServants: 0, publicEmployees: 0, cost: 0 },
        after: { civilServants: 0, publicEmployees: 1, cost: 0 },
      },
    ]);
    // Filling again changes nothing.
    const again = fillExits(operations, rows, retirementScope(new Set(['S', 'A'])));
    expect(again).toEqual({ operations, exits: [] });
  });
  it('replaces the exits written from the proposals before (those with an exact cost), and removes those no longer proposed', () => {
    const moha = { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 } as const;
    const before = ops([
      {
        type: 'staffExit',
        year: 2026,
        unit: 'A',
        civilServants: 0,
        publicEmployees: 2,
        reason: 'early-retirement',
        cost: 1_000_000_000,
      },
      {
        type: 'staffExit',
        year: 2025,
        unit: 'S',
        civilServants: 1,
        publicEmployees: 0,
        reason: 'resignation',
        cost: 300_000_000,
      },
      {
        type: 'staffExit',
        year: 2027,
        unit: 'S',
        civilServants: 3,
        publicEmployees: 0,
        reason: 'early-retirement',
        payout: moha,
      }, // typed with an average: kept
    ]);
    const rows = [
      {
        unit: 'A',
        year: 2026,
        reason: 'early-retirement' as const,
        civilServants: 0,
        publicEmployees: 1,
        cost: 744_778_125,
      },
    ];
    const { operations, exits: changes } = fillExits(before, rows, proposalScope);
    expect(operations).toEqual([{ ...before[0], publicEmployees: 1, cost: 744_778_125 }, before[2]]);
    expect(changes.map((c) => [c.unit, c.year, c.reason, c.before.cost, c.after.cost])).toEqual([
      ['S', 2025, 'resignation', 300_000_000, 0],
      ['A', 2026, 'early-retirement', 1_000_000_000, 744_778_125],
    ]);
  });
  it('costs an exit it replaces as the plan does: by its 12-month window from the restructuring operation it is tied to', () => {
    const plan = ops([
      { type: 'merge', date: '2024-03-01', units: ['A', 'B'], into: 'A' },
      {
        type: 'staffExit',
        date: '2025-05-15',
        unit: 'A',
        civilServants: 0,
        publicEmployees: 1,
        reason: 'early-retirement',
        payout: { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 },
      },
    ]);
    const row = { unit: 'A', year: 2025, reason: 'early-retirement' as const, civilServants: 0, publicEmployees: 1 };
    const { exits: changes } = fillExits(plan, [{ ...row, cost: 1 }], proposalScope);
    // From the 13th month after 01/03/2024: 0,5 × 30 months, not 1,0 × 30 (744.778.125).
    expect(changes[0]!.before.cost).toBe(744_778_125 - 15 * 15_356_250);
  });
});
