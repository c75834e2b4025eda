/** The đề án of the Hậu Giang sample plan: every content section present, with the plan's numbers. */
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../sample/hau-giang.ts';
import { hauGiangTwoTierPlan } from '../sample/hau-giang-two-tier-plan.ts';
import { ScenarioFileSchema } from '../scenario/exchange.ts';
import { simulate } from '../scenario/simulate.ts';
import { metricsOf } from '../scenario/metrics.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { evaluateFindings } from '../rules/findings.ts';
import type { AttritionPerson } from '../people/attrition.ts';
import { formatInteger } from '../format.ts';
import { buildProposal } from './proposal.ts';
import { defaultSettings } from './settings.ts';
import type { Block } from './model.ts';

const units = generateSampleProvince();
const plan = hauGiangTwoTierPlan(units);
const operations = ScenarioFileSchema.parse(plan).operations;
const ruleSet = ruleSetById('nd120-150-2025')!;
const simulation = simulate(units, operations, {
  baseYear: 2024,
  horizon: 2026,
  rules: { ruleSet, provinceClass: 'class2' },
  // The built-in targets within the period: Party documents among their citations.
});
const baseFindings = evaluateFindings(units, {
  ruleSet: ruleSetById('nd120-107-2020')!,
  provinceClass: 'class2',
  date: '2024-12-31',
});
// A personnel list of 40 people of the first sở, born 1960–1999.
const people: AttritionPerson[] = Array.from({ length: 40 }, (_, i) => ({
  unit: 'HG.SNV',
  sex: i % 2 === 0 ? 'male' : 'female',
  birth: { year: 1960 + i, month: 1 + (i % 12) },
  category: i % 3 === 0 ? 'civil_servant' : 'public_employee',
}));

const doc = (patch = {}) =>
  buildProposal({
    type: 'de-an',
    settings: defaultSettings('thành phố Cần Thơ', 'Cần Thơ'),
    today: '2026-12-07',
    scenarioName: plan.name,
    provinceName: 'Hậu Giang',
    documentProvince: 'thành phố Cần Thơ',
    baseline: units,
    operations,
    simulation,
    ruleSet,
    dataYear: 2024,
    baseFindings,
    people,
    ...patch,
  });
const texts = (blocks: Block[]) =>
  blocks.map((b) => ('text' in b ? b.text : 'title' in b ? `${b.number} ${b.title}` : b.kind));
const n = (v: number) => formatInteger(v, 'vi');

describe('the đề án of the sample plan', () => {
  const d = doc();
  const body = texts(d.body);
  const at = (t: string) => body.indexOf(t);

  it('has every section of Decree 120 Art. 8.2 and 16.1 that is this part’s, in order', () => {
    const order = [
      'Phần I SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN',
      '1. Sự cần thiết',
      '2. Căn cứ chính trị',
      '3. Căn cứ pháp lý',
      'Phần II THỰC TRẠNG TỔ CHỨC BỘ MÁY NĂM 2024',
      '3. Đội ngũ cán bộ, công chức, viên chức, người lao động',
      '4. Mức độ tự chủ tài chính của các đơn vị sự nghiệp công lập',
      '5. Đánh giá chung',
      'a) Ưu điểm',
      'b) Hạn chế',
      'c) Nguyên nhân',
      'Phần V TỔ CHỨC THỰC HIỆN',
      '1. Tiến độ thực hiện',
      '2. Trách nhiệm của các cơ quan, đơn vị',
      'Phần VI KIẾN NGHỊ',
    ];
    for (const t of order) expect([t, at(t) >= 0]).toEqual([t, true]);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
    // The bases are in the đề án's Part I, not before its body.
    expect(d.bases).toEqual([]);
  });

  it('states the current state at the base date, not after the plan', () => {
    const m = metricsOf(units);
    expect(body.join('\n')).toContain(`Đến năm 2024, tỉnh Hậu Giang có ${n(m.units)} cơ quan`);
    const staff = d.body.find(
      (b) => b.kind === 'table' && b.table.rows.some((r) => r.cells[0] === 'Công chức'),
    ) as Extract<Block, { kind: 'table' }>;
    expect(staff.table.rows[0]!.cells).toEqual(['Công chức', n(m.civilServantQuota), n(m.civilServantActual)]);
    const below = new Set(
      baseFindings.filter((f) => f.rule === 'min-staff' && f.severity !== 'note').map((f) => f.unitCode),
    ).size;
    expect(below).toBeGreaterThan(0);
    expect(body).toContain(
      body.find((t) =>
        t.startsWith(`- Năm 2024, có ${n(below)} cơ quan, đơn vị chưa bảo đảm quy mô tối thiểu theo quy định`),
      ),
    );
    expect(body.some((t) => t.startsWith(`Còn ${n(below)} cơ quan, đơn vị chưa bảo đảm quy mô tối thiểu`))).toBe(true);
    // The personnel list's ages and retirements.
    expect(body).toContain('Cơ cấu độ tuổi theo danh sách nhân sự (40 người, tuổi tính đến 31/12/2024)');
    expect(body).toContain('Số người đến tuổi nghỉ hưu theo năm, giai đoạn 2025–2026');
  });

  it('names the overlapping offices of the merged sở, the bases in full form, the timeline’s days and the Kiến nghị', () => {
    expect(body).toContain(
      '- Sở Tài chính, Sở Kế hoạch và Đầu tư (hợp nhất ngày 01/03/2025): cùng có Văn phòng Sở (2 đơn vị), Thanh tra Sở (2 đơn vị), chức năng, nhiệm vụ trùng lặp.',
    );
    expect(body).toContain(
      '- Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương;',
    );
    const timeline = d.body.find(
      (b) => b.kind === 'table' && b.table.header[0]!.some((c) => c.text === 'Nội dung thực hiện'),
    ) as Extract<Block, { kind: 'table' }>;
    expect(timeline.table.rows.map((r) => r.cells[1])).toEqual(['01/03/2025', '01/07/2025']);
    expect(body.some((t) => t.startsWith('1. Đề nghị Ủy ban nhân dân thành phố xem xét, phê duyệt Đề án với'))).toBe(
      true,
    );
  });

  it('prints the officer’s texts of the current state and the recommendation instead of the templates when saved', () => {
    const settings = {
      ...defaultSettings('thành phố Cần Thơ', 'Cần Thơ'),
      sections: { strengths: 'Ưu điểm do cán bộ viết.', recommendation: 'Kiến nghị do cán bộ viết.' },
    };
    const edited = texts(doc({ settings }).body);
    expect(edited[edited.indexOf('a) Ưu điểm') + 1]).toBe('Ưu điểm do cán bộ viết.');
    expect(edited[edited.indexOf('Phần VI KIẾN NGHỊ') + 1]).toBe('Kiến nghị do cán bộ viết.');
  });
});
