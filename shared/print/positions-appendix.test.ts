import { describe, expect, it } from 'vitest';
import { position, unit } from '../../tests/fixtures.ts';
import { RULE_SETS } from '../rules/rule-sets.ts';
import { simulate } from '../scenario/simulate.ts';
import type { Operation } from '../scenario/operations.ts';
import { positionsByUnit } from '../positions/derive.ts';
import type { Position } from '../positions/model.ts';
import { buildProposal } from './proposal.ts';
import { renderProposalHtml } from './html.ts';
import { defaultSettings } from './settings.ts';
import { TEXT_WIDTH } from './page.ts';

const ruleSet = RULE_SETS[0]!;
const units = [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  unit('A', 'T', { name: 'Bệnh viện A', kind: 'psu', publicEmployeeQuota: 10, publicEmployeeActual: 9 }),
  unit('B', 'T', { name: 'Bệnh viện B', kind: 'psu', publicEmployeeQuota: 5, publicEmployeeActual: 5 }),
];
const stored: Position[] = [
  position('A', 'Giám đốc', 'leadership', 1, { present: 1 }),
  position('A', 'Bác sĩ', 'professional', 8, { rank: 'Bác sĩ', level: 3, present: 7 }),
  position('A', 'Bảo vệ', 'support', 2, { staffing: 'contract', present: 2 }),
  position('B', 'Giám đốc', 'leadership', 1, { present: 1 }),
  position('B', 'bác sĩ', 'professional', 4, { rank: 'Bác sĩ', level: 3, present: 4, staffingDefaulted: true }),
];
const merge: Operation = {
  type: 'merge',
  year: 2026,
  units: ['A', 'B'],
  into: { code: 'M', name: 'Bệnh viện đa khoa tỉnh', kind: 'psu', parentCode: 'T' },
};

const doc = (operations: Operation[], positions = positionsByUnit(stored)) =>
  buildProposal({
    type: 'de-an',
    settings: defaultSettings('Hậu Giang'),
    today: '2026-01-05',
    scenarioName: 'PA 1',
    provinceName: 'Hậu Giang',
    baseline: units,
    operations,
    simulation: simulate(units, operations, {
      baseYear: 2025,
      horizon: 2027,
      rules: { ruleSet, provinceClass: 'class2' },
      targets: [],
      positions,
    }),
    ruleSet,
  });

describe('the positions appendix of a printed proposal', () => {
  it('lists a merged unit’s positions in the template’s columns with totals', () => {
    const d = doc([merge]);
    const a = d.appendices.find((x) => x.title.startsWith('VỊ TRÍ VIỆC LÀM'))!;
    expect(a.title).toBe('VỊ TRÍ VIỆC LÀM CỦA BỆNH VIỆN ĐA KHOA TỈNH ĐẾN CUỐI NĂM 2027');
    // Numbered after the others (I, II, then III for the findings when there are some).
    expect(a.number).toBe(['I', 'II', 'III', 'IV', 'V'][d.appendices.indexOf(a)]);
    expect(d.appendices.indexOf(a)).toBeGreaterThanOrEqual(2);
    const t = a.blocks.find((b) => b.kind === 'table')!;
    if (t.kind !== 'table') throw new Error('no table');
    expect(t.table.header[0]!.map((c) => c.text)).toEqual([
      'STT',
      'Vị trí việc làm',
      'Nhóm vị trí',
      'Ngạch/chức danh nghề nghiệp',
      'Hình thức',
      'Số lượng cần',
      'Số lượng hiện có',
    ]);
    expect(t.table.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(TEXT_WIDTH);
    expect(t.table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Giám đốc', 'Quản lý', '', 'Biên chế', '2', '2'],
      ['2', 'Bác sĩ', 'Chuyên môn, nghiệp vụ', 'Bác sĩ, bậc 3', 'Biên chế (*)', '12', '11'],
      ['3', 'Bảo vệ', 'Hỗ trợ', '', 'Hợp đồng', '2', '2'],
      ['', 'Tổng cộng', '', '', '', '16', '15'],
      ['', 'Trong đó: biên chế', '', '', '', '14', '13'],
      ['', 'Hợp đồng lao động', '', '', '', '2', '2'],
    ]);
    // The merged notice names the lines added together, in the body.
    expect(JSON.stringify(d.body)).toContain('vị trí việc làm có ở nhiều đơn vị được gộp thành một dòng');
    const html = renderProposalHtml(d, '');
    expect(html).toContain('Phụ lục');
    expect(html).toContain('VỊ TRÍ VIỆC LÀM CỦA BỆNH VIỆN ĐA KHOA TỈNH');
  });

  it('marks lines whose staffing is the class default only when one remains', () => {
    const d = doc([merge], positionsByUnit(stored.map((p) => ({ ...p, staffingDefaulted: p.name === 'Bảo vệ' }))));
    const a = d.appendices.find((x) => x.title.startsWith('VỊ TRÍ VIỆC LÀM'))!;
    expect(JSON.stringify(a.blocks)).toContain('Hợp đồng (*)');
    expect(JSON.stringify(a.blocks)).toContain('lấy theo mặc định của nhóm vị trí, cần xác minh');
  });

  it('says a created unit has no positions yet, and prints no appendix when the workspace has none', () => {
    const create: Operation = {
      type: 'create',
      year: 2026,
      unit: { code: 'N', name: 'Trung tâm mới', parentCode: 'T', kind: 'psu', level: 'province', sector: 'health' },
    };
    const a = doc([create]).appendices.find((x) => x.title.startsWith('VỊ TRÍ VIỆC LÀM'))!;
    expect(a.blocks).toEqual([{ kind: 'para', text: 'Phương án chưa xác định vị trí việc làm của đơn vị.' }]);
    expect(doc([merge], new Map()).appendices.some((x) => x.title.startsWith('VỊ TRÍ VIỆC LÀM'))).toBe(false);
  });
});
