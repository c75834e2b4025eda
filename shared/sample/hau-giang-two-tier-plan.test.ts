/** The sample's plan "Sắp xếp theo mô hình hai cấp (2025)": it applies, it reproduces the reform, and its proposal reads as an account of it. */
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from './hau-giang.ts';
import { generateCanTho2025 } from './can-tho-2025.ts';
import { hauGiangTwoTierPlan, TWO_TIER_PLAN_NAME } from './hau-giang-two-tier-plan.ts';
import { samplePlansFor } from './sample-plans.ts';
import { ScenarioFileSchema } from '../scenario/exchange.ts';
import { simulate } from '../scenario/simulate.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { buildProposal } from '../print/proposal.ts';
import { defaultSettings } from '../print/settings.ts';
import { tallyDepartments } from '../rules/departments.ts';
import type { Unit } from '../model/unit.ts';

const units = generateSampleProvince();
const plan = hauGiangTwoTierPlan(units);
const operations = ScenarioFileSchema.parse(plan).operations;
const ruleSet = ruleSetById('nd120-150-2025')!;
const sim = simulate(units, operations, {
  baseYear: 2024,
  horizon: 2026,
  rules: { ruleSet, provinceClass: 'class2' },
  targets: [],
});
const at2025 = sim.years.find((y) => y.year === 2025)!.units;

describe('the Hậu Giang sample plan "Sắp xếp theo mô hình hai cấp (2025)"', () => {
  it('is a valid exchange file, the same each time, offered for the Hậu Giang sample only', () => {
    expect(ScenarioFileSchema.safeParse(plan).success).toBe(true);
    expect(hauGiangTwoTierPlan(generateSampleProvince())).toEqual(plan);
    expect(samplePlansFor(units).map((p) => [p.id, p.plan.name])).toEqual([['hai-cap-2025', TWO_TIER_PLAN_NAME]]);
    expect(samplePlansFor(generateCanTho2025())).toEqual([]);
    expect(samplePlansFor([])).toEqual([]);
  });

  it('merges the sở on 01/03/2025 into at most 14, ends the district level and merges the 75 communes into 24 on 01/07/2025', () => {
    const dates = operations.map((o) => ('date' in o ? o.date : undefined));
    const march = dates.filter((d) => d === '2025-03-01').length;
    expect(march).toBe(17);
    expect(dates.slice(0, march).every((d) => d === '2025-03-01')).toBe(true);
    expect(dates.slice(march).every((d) => d === '2025-07-01')).toBe(true);
    const root = at2025.find((u) => u.parentCode === null)!;
    expect(root.name).toBe('UBND thành phố Cần Thơ');
    const tally = tallyDepartments(
      at2025.filter((u) => u.parentCode === root.code),
      (u) => u.kind === 'department',
    );
    expect(tally.total).toBe(14);
    expect(tally.present.size).toBe(12);
    expect(at2025.filter((u) => u.level === 'district')).toEqual([]);
    // A merged sở has one Văn phòng Sở and one Thanh tra Sở, as any sở.
    for (const code of ['HG.STC', 'HG.SNV', 'HG.SXD', 'HG.SNNMT', 'HG.SKHCN']) {
      const phong = at2025.filter((u) => u.parentCode === code && u.kind === 'division').map((u) => u.name);
      expect(phong.filter((n) => n === 'Văn phòng Sở' || n === 'Thanh tra Sở').sort()).toEqual([
        'Thanh tra Sở',
        'Văn phòng Sở',
      ]);
    }
    const communes = at2025.filter((u) => u.kind === 'people_committee' && u.level === 'commune');
    expect(communes.length).toBe(24);
    expect(communes.every((u) => u.parentCode === 'HG')).toBe(true);
    // Moved, not lost: the same quotas and people.
    const total = (us: readonly Unit[]) => us.reduce((s, u) => s + u.civilServantQuota + u.publicEmployeeQuota, 0);
    expect(total(at2025)).toBe(total(units));
  });

  it('gives the district schools and health stations to the new communes, the district centres to the sở, before the district level ends', () => {
    const after = new Map(at2025.map((u) => [u.code, u]));
    const before = new Map(units.map((u) => [u.code, u]));
    const district = (code: string) => code.split('.').slice(0, 2).join('.');
    // The new commune of each old commune, from the merges.
    const newOf = new Map(
      operations.flatMap((o) => {
        if (o.type !== 'merge' || typeof o.into === 'string' || o.into.kind !== 'people_committee') return [];
        const into = o.into.code;
        return o.units.map((c) => [c, into] as const);
      }),
    );
    const schools = units.filter((u) => u.kind === 'psu' && /\.(MN|TH|THCS)\d+$/.test(u.code));
    expect(schools.length).toBeGreaterThan(100);
    for (const s of schools) {
      const now = after.get(s.code)!;
      const parent = after.get(now.parentCode!)!;
      // Under a commune committee formed from communes of the school's own district, at commune level.
      expect([parent.kind, parent.level, now.level]).toEqual(['people_committee', 'commune', 'commune']);
      expect([...newOf].some(([old, to]) => to === parent.code && district(old) === district(s.code))).toBe(true);
    }
    // No school, station or district centre directly under the city's committee.
    const direct = at2025.filter((u) => u.parentCode === 'HG');
    expect(direct.filter((u) => /^(Trường|Trạm Y tế|Trung tâm) /.test(u.name))).toEqual([]);
    expect(direct.map((u) => u.kind).sort((a, b) => a.localeCompare(b))).toEqual(
      [...Array(14).fill('department'), 'other', ...Array(24).fill('people_committee'), 'psu'].sort((a, b) =>
        a.localeCompare(b),
      ),
    );
    // Each station to the new commune of the old commune it served (station i of a district, commune i).
    const stations = units.filter((u) => /\.TYT\d+$/.test(u.code));
    expect(stations.length).toBe(75);
    for (const t of stations) {
      const [, d, i] = /^HG\.SYT\.TTYT\.(\w+)\.TYT(\d+)$/.exec(t.code)!;
      expect(after.get(t.code)!.parentCode).toBe(newOf.get(`HG.${d}.X${i}`));
    }
    // The vocational and continuing-education centres to Sở Giáo dục và Đào tạo, the agricultural service
    // centres to Sở Nông nghiệp và Môi trường, the medical centres stay with Sở Y tế: all at provincial level.
    const centres = units.filter((u) => /^HG\.\w+\.(GDNN|TTDVNN)$/.test(u.code) || /^HG\.SYT\.TTYT\.\w+$/.test(u.code));
    expect(centres.length).toBe(21);
    for (const c of centres) {
      const to = c.code.endsWith('GDNN') ? 'HG.SGDDT' : c.code.endsWith('TTDVNN') ? 'HG.SNNMT' : 'HG.SYT';
      expect([after.get(c.code)!.parentCode, after.get(c.code)!.level]).toEqual([to, 'province']);
    }
    // The moves happen on 01/07/2025 before the district level ends, after the city is named.
    const abolish = operations.findIndex((o) => o.type === 'abolishLevel');
    const lastMove = operations.findLastIndex((o) => o.type === 'transfer' || o.type === 'merge');
    const renameCity = operations.findIndex((o) => o.type === 'rename' && o.unit === 'HG');
    expect(abolish).toBe(operations.length - 1);
    expect(lastMove).toBeLessThan(abolish);
    expect(renameCity).toBeLessThan(operations.findIndex((o) => o.type === 'merge' && o.date === '2025-07-01'));
    expect(before.get('HG')!.name).toBe('UBND tỉnh Hậu Giang');
  });

  it('prints as an account of the reform: the city in the text, the level in lower case, a renamed unit by its new name', () => {
    const doc = buildProposal({
      type: 'de-an',
      settings: defaultSettings('thành phố Cần Thơ', 'Cần Thơ'),
      today: '2026-12-07',
      scenarioName: plan.name,
      provinceName: 'Hậu Giang',
      documentProvince: 'thành phố Cần Thơ',
      baseline: units,
      operations,
      simulation: sim,
      ruleSet,
    });
    const text = JSON.stringify(doc.body);
    expect(text).toContain('Đến năm 2024, tỉnh Hậu Giang có 684 cơ quan');
    expect(text).toContain('4. Các sở, ban, ngành thành phố: tổ chức thực hiện');
    expect(text).not.toContain('tỉnh thành phố');
    expect(text).toContain('không tổ chức cấp huyện: giải thể 8 UBND (UBND thành phố Vị Thanh,');
    // The city's committee is renamed before the district level ends: the receiver by its new name.
    expect(text).toContain('đơn vị trực thuộc và biên chế chuyển về UBND thành phố Cần Thơ');
    expect(text).not.toContain('chuyển về UBND tỉnh Hậu Giang');
    expect(text).toContain('đổi tên UBND tỉnh Hậu Giang thành \\"UBND thành phố Cần Thơ\\"');
    // A commune the plan makes is named, by its name, in the steps that move units to it.
    expect(text).toContain('chuyển Trường THCS số 1 Vị Thanh về trực thuộc UBND phường Vị Thanh');
    // The rename's "after" names the unit by its new name.
    expect(text).toMatch(
      /đổi tên Ban Dân tộc thành \\"Sở Dân tộc và Tôn giáo\\"","Ban Dân tộc: [^"]*","Sở Dân tộc và Tôn giáo: /,
    );
  });

  it('prints a city workspace as "thành phố Cần Thơ", never "tỉnh thành phố Cần Thơ"', () => {
    const city = generateCanTho2025();
    const citySim = simulate(city, [], {
      baseYear: 2025,
      horizon: 2026,
      rules: { ruleSet, provinceClass: 'class1' },
      targets: [],
    });
    const doc = buildProposal({
      type: 'to-trinh',
      settings: defaultSettings('thành phố Cần Thơ'),
      today: '2026-12-07',
      scenarioName: 'PA',
      provinceName: 'thành phố Cần Thơ',
      baseline: city,
      operations: [],
      simulation: citySim,
      ruleSet,
    });
    const text = JSON.stringify(doc.body);
    expect(text).toContain('Đến năm 2025, thành phố Cần Thơ có');
    expect(text).toContain('kính trình Ủy ban nhân dân thành phố xem xét');
    expect(text).not.toContain('tỉnh thành phố');
  });
});
