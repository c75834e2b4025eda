import { describe, expect, it } from 'vitest';
import { canThoMeta, generateCanTho2025 } from './can-tho-2025.ts';
import { SAMPLES, sampleOf } from './samples.ts';
import { generateSampleProvince, sampleMeta } from './hau-giang.ts';
import { UnitSchema } from '../model/unit.ts';
import { WorkspaceMetaSchema } from '../model/workspace.ts';
import { checkTreeIntegrity } from '../tree.ts';
import { evaluateFindings } from '../rules/findings.ts';
import { ruleSetById, MANDATORY_DEPARTMENTS } from '../rules/rule-sets.ts';
import { missingDepartments, tallyDepartments } from '../rules/departments.ts';
import { canThoFigures } from './can-tho-figures.ts';
import { classifyAutonomy } from '../autonomy/classify.ts';
import type { GroupKey } from '../autonomy/summary.ts';

const units = generateCanTho2025();
const childrenOf = (code: string) => units.filter((u) => u.parentCode === code);

describe('sample city can-tho-2025 (two-tier, illustrative)', () => {
  it('is deterministic, a valid tree of valid units under UBND thành phố Cần Thơ, marked as a sample', () => {
    expect(generateCanTho2025()).toEqual(units);
    for (const u of units) expect(UnitSchema.parse(u)).toEqual(u);
    expect(checkTreeIntegrity(units)).toEqual([]);
    expect(units.filter((u) => u.parentCode === null).map((u) => u.name)).toEqual(['UBND thành phố Cần Thơ']);
    expect(WorkspaceMetaSchema.parse(canThoMeta())).toEqual({
      provinceName: 'thành phố Cần Thơ',
      baseYear: 2025,
      provinceClass: 'class1',
      isSample: true,
    });
  });

  it('has no district level, at most 14 sở with the 12 every province must have, and three project boards', () => {
    expect(units.filter((u) => u.level === 'district')).toEqual([]);
    const tally = tallyDepartments(childrenOf('CT'), (u) => u.kind === 'department');
    expect(tally.total).toBeLessThanOrEqual(14);
    expect(tally.present.size).toBe(MANDATORY_DEPARTMENTS.length);
    expect(missingDepartments(tally)).toEqual([]);
    expect(tally.unrecognised).toBe(0);
    expect(units.filter((u) => u.name.startsWith('Ban Quản lý dự án')).length).toBe(3);
    for (const d of childrenOf('CT').filter((u) => u.kind === 'department'))
      expect(childrenOf(d.code).some((u) => u.kind === 'division')).toBe(true);
  });

  it('has about 100 communes (xã and phường), each with its three offices, its one-stop centre and schools', () => {
    const communes = units.filter((u) => u.kind === 'people_committee' && u.level === 'commune');
    expect(communes.length).toBe(103);
    expect(communes.filter((u) => u.name.startsWith('UBND phường ')).length).toBe(31);
    expect(communes.filter((u) => u.name.startsWith('UBND xã ')).length).toBe(72);
    for (const c of communes) {
      const names = childrenOf(c.code).map((u) => u.name);
      expect(names).toContain('Văn phòng HĐND và UBND');
      expect(names).toContain(c.name.startsWith('UBND phường') ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế');
      expect(names).toContain('Phòng Văn hóa - Xã hội');
      expect(names).toContain('Trung tâm Phục vụ hành chính công');
      expect(c.parentCode).toBe('CT');
    }
    expect(new Set(communes.map((u) => u.name)).size).toBe(communes.length);
  });

  it('gives no finding under the rules in force from 01/07/2025 (Decree 150) and from 01/01/2026 (Decree 370)', () => {
    for (const id of ['nd120-150-2025', 'nd120-150-370-2026'])
      expect(evaluateFindings(units, { ruleSet: ruleSetById(id)!, provinceClass: 'class1' })).toEqual([]);
  });

  it("has illustrative Decree 60 figures for every PSU (a sở's in group 2, the communes' schools in group 4), still without a finding", () => {
    const figures = canThoFigures(units);
    expect(canThoFigures(generateCanTho2025())).toEqual(figures);
    expect(figures).toMatchObject({ year: 2025, amountUnit: 'trieu_dong' });
    const psus = units.filter((u) => u.kind === 'psu');
    expect(figures.rows.map((r) => r.code)).toEqual(psus.map((u) => u.code));
    const byCode = new Map(units.map((u) => [u.code, u]));
    const groups = new Map<string, GroupKey>();
    for (const r of figures.rows) {
      const c = classifyAutonomy({
        revenue: r.revenue,
        spending: r.spending,
        depreciation: r.depreciation ?? undefined,
      });
      if ('problem' in c) throw new Error(c.problem);
      expect(c.reading).toBeUndefined();
      const parent = byCode.get(byCode.get(r.code)!.parentCode!)!;
      if (parent.kind === 'department') expect(c.group).toBe(2);
      else if (parent.level === 'commune') expect(c.group).toBe(4);
      else expect(c.group).toBe(3);
      groups.set(r.code, `${c.group}${c.band ?? ''}` as GroupKey);
    }
    expect(new Set([...groups.values()].map((g) => g[0]))).toEqual(new Set(['2', '3', '4']));
    for (const id of ['nd120-150-2025', 'nd120-150-370-2026'])
      expect(
        evaluateFindings(units, {
          ruleSet: ruleSetById(id)!,
          provinceClass: 'class1',
          autonomyGroup: (c) => groups.get(c),
        }),
      ).toEqual([]);
    expect(SAMPLES['can-tho-2025'].extras(units).figures).toEqual(figures);
    expect(SAMPLES['hau-giang-2023'].extras(SAMPLES['hau-giang-2023'].units()).figures).toBeUndefined();
  });

  it('is offered by id; true (--sample alone) stays the Hậu Giang 2023 province, unchanged', () => {
    expect(sampleOf(true)).toBe('hau-giang-2023');
    expect(sampleOf(false)).toBeNull();
    expect(sampleOf(undefined)).toBeNull();
    expect(SAMPLES['hau-giang-2023'].units()).toEqual(generateSampleProvince());
    expect(SAMPLES['hau-giang-2023'].meta()).toEqual(sampleMeta());
    expect(SAMPLES['can-tho-2025'].units()).toEqual(units);
  });
});
