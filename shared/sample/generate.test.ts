import { describe, expect, it } from 'vitest';
import { generateUnits } from './generate.ts';
import { checkTreeIntegrity } from '../tree.ts';
import { UnitSchema } from '../model/unit.ts';

describe('generated workspaces', () => {
  it('have exactly the size asked for, are valid trees, and are the same for the same seed', () => {
    const units = generateUnits(5000, 7);
    expect(units).toHaveLength(5000);
    expect(checkTreeIntegrity(units)).toEqual([]);
    for (const u of units.slice(0, 300)) expect(UnitSchema.parse(u)).toEqual(u);
    expect(generateUnits(5000, 7)).toEqual(units);
    expect(generateUnits(5000, 8)).not.toEqual(units);
    expect(new Set(units.map((u) => u.kind)).size).toBe(6);
  });
});
