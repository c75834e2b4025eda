import { describe, expect, it } from 'vitest';
import { SAMPLES } from './samples.ts';
import { PER_KIND } from './norm-figures.ts';
import { normOf, normFindings, quotaOf } from '../positions/norm-inputs.ts';

describe("the samples' sector-norm figures (illustrative)", () => {
  for (const id of ['hau-giang-2023', 'can-tho-2025'] as const) {
    it(`${id}: the first schools of each level and commune health stations have figures the norm computes, sized to their quota`, () => {
      const units = SAMPLES[id].units();
      const norms = SAMPLES[id].extras(units).norms!;
      const named = units.filter(
        (u) =>
          (u.kind === 'psu' || u.kind === 'other') && /^(Trường (Mầm non|Tiểu học|THCS|THPT)|Trạm Y tế)/.test(u.name),
      );
      const kinds = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường THPT', 'Trạm Y tế'];
      const first = kinds.flatMap((k) => named.filter((u) => u.name.startsWith(k)).slice(0, PER_KIND));
      expect(first.length).toBeGreaterThanOrEqual(4 * PER_KIND); // the Cần Thơ sample has no station
      expect([...norms.keys()].sort()).toEqual(first.map((u) => u.code).sort());
      for (const u of first) {
        const { norm } = normOf(norms.get(u.code)!);
        expect(norm, u.name).not.toBeNull();
        // A school's teachers' maximum covers four fifths of its quota; a station's quota meets its minimum.
        if (norm!.bound === 'max') expect(norm!.high).toBeGreaterThanOrEqual(Math.round(quotaOf(u) * 0.8));
        else expect(quotaOf(u)).toBeGreaterThanOrEqual(norm!.low);
      }
      // No warning: a quota above the teachers-only maximum is a note (it also holds managers and staff).
      const findings = normFindings(units, norms, '2026-12-07');
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
      expect(SAMPLES[id].extras(units).norms).toEqual(norms); // deterministic
    });
  }
});
