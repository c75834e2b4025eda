import { describe, expect, it } from 'vitest';
import { unit } from '../../../tests/fixtures.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { evaluateFindings } from '../../rules/findings.ts';
import { simulate } from '../../scenario/simulate.ts';
import type { Operation } from '../../scenario/operations.ts';
import type { Unit } from '../../model/unit.ts';
import { defaultSettings } from '../settings.ts';
import { fillTemplate } from '../templates.ts';
import { lastArrangementDay, reorganisedUnits, timelineTable, TIMELINE_ROW_ITEMS } from './implementation.ts';
import { contentWords } from './assessment.ts';

const ruleSet = ruleSetById('nd120-45-2025')!;
const units = (): Unit[] => [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  unit('S', 'T', { name: 'Sở Y tế', kind: 'department', civilServantQuota: 30, civilServantActual: 28 }),
  ...Array.from({ length: 9 }, (_, i) =>
    unit(`P${i}`, 'S', {
      name: `Trạm ${i}`,
      kind: 'psu',
      publicEmployeeQuota: i < 4 ? 10 : 20,
      publicEmployeeActual: i < 4 ? 10 : 20,
      sector: 'health',
    }),
  ),
];
const ops: Operation[] = [
  { type: 'dissolve', year: 2026, unit: 'P8', staffTo: 'S' },
  ...(Array.from({ length: 4 }, (_, i) => ({
    type: 'merge',
    year: 2025,
    date: '2025-07-01',
    units: [`P${2 * i}`, `P${2 * i + 1}`],
    into: `P${2 * i + 1}`,
  })) as Operation[]),
  { type: 'staffExit', year: 2026, unit: 'S', civilServants: 2, publicEmployees: 1, reason: 'resignation' },
];
const simulation = simulate(units(), ops, {
  baseYear: 2024,
  horizon: 2026,
  rules: { ruleSet, provinceClass: 'class2' },
  targets: [],
});
const input = {
  settings: defaultSettings('Hậu Giang'),
  baseline: units(),
  operations: ops,
  simulation,
  ruleSet,
  dataYear: 2024,
};

describe('Tổ chức thực hiện', () => {
  it('groups the operations by the day they take effect (a year alone for an undated one), in the order they apply', () => {
    const t = timelineTable(input)!;
    expect(t.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['1', '01/07/2025'],
      ['2', '2026'],
    ]);
    expect(t.rows[0]!.cells[2]).toBe(
      'Hợp nhất Trạm 0, Trạm 1 thành Trạm 1; hợp nhất Trạm 2, Trạm 3 thành Trạm 3; hợp nhất Trạm 4, Trạm 5 thành Trạm 5; hợp nhất Trạm 6, Trạm 7 thành Trạm 7',
    );
    expect(t.rows[1]!.cells[2]).toMatch(
      /^Giải thể Trạm 8.*; giải quyết chế độ, chính sách cho 3 người ra khỏi biên chế theo lộ trình$/,
    );
    expect(timelineTable({ ...input, operations: [] })).toBeNull();
  });

  it('says how many more there are past the row’s limit', () => {
    const many = Array.from({ length: TIMELINE_ROW_ITEMS + 2 }, (_, i) => ({
      type: 'rename',
      year: 2025,
      unit: `P${i}`,
      name: `Trạm mới ${i}`,
    })) as Operation[];
    const sim = simulate(units(), many, {
      baseYear: 2024,
      horizon: 2025,
      rules: { ruleSet, provinceClass: 'class2' },
      targets: [],
    });
    const t = timelineTable({ baseline: units(), operations: many, simulation: sim })!;
    expect(t.rows[0]!.cells[2]).toMatch(/; và 2 nội dung sắp xếp khác$/);
  });

  it('names the heads of the units the plan merges or dissolves, and the last day of its arrangements, in the responsibilities', () => {
    expect(reorganisedUnits(input)).toEqual([
      'Trạm 8',
      'Trạm 0',
      'Trạm 1',
      'Trạm 2',
      'Trạm 3',
      'Trạm 4',
      'Trạm 5',
      'Trạm 6',
      'Trạm 7',
    ]);
    expect(lastArrangementDay(ops)).toBe('31/12/2026');
    expect(lastArrangementDay([ops[1]!])).toBe('01/07/2025');
    const words = contentWords(input);
    const text = fillTemplate('implementation', { ...words, issuingBody: 'Sở Nội vụ', level: 'tỉnh' } as never);
    expect(text).toContain(
      '1. Người đứng đầu các cơ quan, đơn vị được sắp xếp (Trạm 8, Trạm 0, Trạm 1, Trạm 2, Trạm 3, Trạm 4, Trạm 5, Trạm 6 và 1 đơn vị khác): xây dựng và thực hiện phương án',
    );
    expect(text).toContain('theo lộ trình của Đề án, hoàn thành chậm nhất ngày 31/12/2026.');
    expect(text).toContain('2. Sở Nội vụ: chủ trì');
    expect(text).toContain('3. Sở Tài chính:');
    expect(text).toContain('5. Ủy ban nhân dân cấp xã:');
  });

  it('asks for the payouts’ funding in the Kiến nghị only when someone leaves under the roadmap', () => {
    const numbers = { ...contentWords(input), issuingBody: 'Sở Nội vụ', level: 'tỉnh', operations: 5 } as never;
    expect(fillTemplate('recommendation', numbers)).toMatch(
      /\n\n3\. Đề nghị bố trí kinh phí thực hiện chế độ, chính sách đối với 3 người ra khỏi biên chế theo lộ trình của Đề án\.$/,
    );
    const noExit = ops.filter((o) => o.type !== 'staffExit');
    const sim = simulate(units(), noExit, {
      baseYear: 2024,
      horizon: 2026,
      rules: { ruleSet, provinceClass: 'class2' },
      targets: [],
    });
    const none = {
      ...contentWords({ ...input, operations: noExit, simulation: sim }),
      issuingBody: 'Sở Nội vụ',
      level: 'tỉnh',
      operations: 5,
    } as never;
    expect(fillTemplate('recommendation', none)).not.toContain('kinh phí');
  });
});

describe('Ưu điểm, hạn chế, nguyên nhân', () => {
  it('start from the numbers at the base date: units meeting the criteria, those below, by sector, and the set judged by', () => {
    // The base date is judged by the set in force then, not the plan's.
    const before = ruleSetById('nd120-107-2020')!;
    const baseFindings = evaluateFindings(units(), { ruleSet: before, provinceClass: 'class2', date: '2024-12-31' });
    const w = contentWords({ ...input, baseFindings });
    const below = new Set(baseFindings.filter((f) => f.severity !== 'note').map((f) => f.unitCode)).size;
    expect(below).toBeGreaterThan(0);
    expect(w.strengths).toBe(
      `Năm 2024, ${11 - below}/11 cơ quan, tổ chức, đơn vị bảo đảm các tiêu chí đã rà soát (quy mô tối thiểu, số lượng cấp phó, số người làm việc trong số được giao).`,
    );
    expect(w.limitations).toMatch(/^Còn \d+ cơ quan, đơn vị chưa bảo đảm quy mô tối thiểu/);
    expect(w.limitations).toContain('9 đơn vị sự nghiệp công lập chưa có số liệu để xác định mức độ tự chủ tài chính.');
    expect(w.causes).toBe(
      `Các tiêu chí được rà soát theo ${before.title}. Các trường hợp chưa bảo đảm tiêu chí tập trung ở lĩnh vực: y tế (${below} đơn vị).`,
    );
    // Without findings at the base date, nothing is claimed about the criteria.
    expect(contentWords(input).strengths).toBe('Năm 2024, có 11 cơ quan, tổ chức, đơn vị được tổ chức theo quy định.');
  });
});
