import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEADCOUNT_FIELDS } from '../model/unit.ts';
import { generateSampleProvince } from '../sample/hau-giang.ts';
import { unitModel, withUnitSaved } from '../workspace-model.ts';
import { RULE_SETS } from './rule-sets.ts';
import { evaluateFindings, type RuleContext } from './findings.ts';
import { findingsFor, judgedAfterEdit, mergeFindings } from './findings-delta.ts';
import { Coverage } from '../../tests/property.ts';

const units = generateSampleProvince();
const ctx: RuleContext = { ruleSet: RULE_SETS[0]!, provinceClass: 'class2' };

describe('findings after a headcount edit', () => {
  it('merging the changed units’ findings into the old ones equals judging everything again (property)', () => {
    const base = unitModel(units);
    const before = evaluateFindings(base.units, ctx);
    const cases = new Coverage<'findingsChanged'>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.constantFrom(...HEADCOUNT_FIELDS),
        fc.nat(60),
        (i, field, value) => {
          const u = units[i]!;
          const next = withUnitSaved(base, u.code, { ...u, [field]: value });
          const codes = judgedAfterEdit(next.tree, next.delta!.codes);
          const after = evaluateFindings(next.units, ctx);
          const fresh = evaluateFindings(next.units, ctx, next.tree, next.rollups, codes);
          expect(fresh).toEqual(findingsFor(after, codes)); // what the back end sends: only those units judged
          expect(mergeFindings(before, fresh, codes, next.tree)).toEqual(after);
          cases.hit('findingsChanged', !isDeepStrictEqual(after, before));
        },
      ),
      { numRuns: 300 },
    );
    // The merge is exercised only where the edit changed the findings (a finding appears or goes).
    cases.expectAtLeast({ findingsChanged: 30 });
  });

  it('replaces the province-wide finding when the sở deputies change', () => {
    const base = unitModel(units);
    const before = evaluateFindings(base.units, ctx);
    const department = units.find((u) => u.kind === 'department')!;
    const next = withUnitSaved(base, department.code, { ...department, deputies: department.deputies + 200 });
    const after = evaluateFindings(next.units, ctx);
    const wide = after.filter((f) => f.parameter === 'departmentAverageDeputies');
    expect(wide).toHaveLength(1);
    expect(before.some((f) => f.parameter === 'departmentAverageDeputies')).toBe(false);
    const codes = judgedAfterEdit(next.tree, next.delta!.codes);
    expect(mergeFindings(before, findingsFor(after, codes), codes, next.tree)).toEqual(after);
  });
});
