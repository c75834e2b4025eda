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

const docInput = (operations: Operation[], positions = positionsByUnit(stored), baseline = units) => ({
  type: 'de-an' as const,
  settings: defaultSettings('Hậu Giang'),
  today: '2026-01-05',
  scenarioName: 'PA 1',
  provinceName: 'Hậu Giang',
  baseline,
  operations,
  simulation: simulate(baseline, operations, {
    baseYear: 2025,
    horizon: 2027,
    rules: { ruleSet, provinceClass: 'class2' },
    targets: [],
    positions,
  }),
  ruleSet,
});
const doc = (operations: Operation[], positions = positionsByUnit(stored)) =>
  buildProposal(docInput(operations, positions));

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

  const create: Operation = {
    type: 'create',
    year: 2026,
    unit: { code: 'N', name: 'Trung tâm mới', parentCode: 'T', kind: 'psu', level: 'province', sector: 'health' },
  };
  const positionsAppendixTitles = (d: ReturnType<typeof doc>) =>
    d.appendices.filter((x) => x.title.startsWith('VỊ TRÍ VIỆC LÀM'));

  it('gives a unit without positions no appendix page: one line names it, at the end of the last positions appendix', () => {
    const d = doc([merge, create]);
    const appendices = positionsAppendixTitles(d);
    expect(appendices.map((a) => a.title)).toEqual(['VỊ TRÍ VIỆC LÀM CỦA BỆNH VIỆN ĐA KHOA TỈNH ĐẾN CUỐI NĂM 2027']);
    const text = JSON.stringify(d);
    expect(text).not.toContain('Phương án chưa xác định vị trí việc làm của đơn vị.');
    expect(appendices[0]!.blocks.at(-1)).toEqual({
      kind: 'para',
      text: 'Các đơn vị chưa xác định vị trí việc làm đến cuối năm 2027 (1 đơn vị): Trung tâm mới.',
    });
    // The body refers only to the appendix that exists.
    expect(text).not.toContain('Vị trí việc làm của Trung tâm mới');
  });

  it('without any unit with positions, names the units in one line of the body, and prints no appendix when the workspace has none', () => {
    const d = doc([create]);
    expect(positionsAppendixTitles(d)).toEqual([]);
    expect(d.body).toContainEqual({
      kind: 'para',
      text: 'Các đơn vị chưa xác định vị trí việc làm đến cuối năm 2027 (1 đơn vị): Trung tâm mới.',
    });
    expect(positionsAppendixTitles(doc([merge], new Map()))).toEqual([]);
  });

  it('names a unit whose name repeats with its parent, in the appendix title, the body and the list', () => {
    const withOffices = [
      ...units.map((u) => (u.code === 'A' || u.code === 'B' ? { ...u, parentCode: 'S1' } : u)),
      unit('S1', 'T', { name: 'Sở Nội vụ' }),
      unit('S2', 'T', { name: 'Sở Tài chính' }),
      unit('V2', 'S2', { name: 'Văn phòng Sở' }),
    ];
    const office: Operation = {
      ...merge,
      into: { code: 'V1', name: 'Văn phòng Sở', kind: 'psu', parentCode: 'S1' },
    };
    const split: Operation = {
      type: 'split',
      year: 2026,
      unit: 'V2',
      into: [
        { code: 'V4', name: 'Văn phòng Sở' },
        { code: 'V5', name: 'Phòng Kế hoạch' },
      ],
    };
    const d = buildProposal(docInput([office, split], positionsByUnit(stored), withOffices));
    expect(positionsAppendixTitles(d).map((a) => a.title)).toEqual([
      'VỊ TRÍ VIỆC LÀM CỦA VĂN PHÒNG SỞ — SỞ NỘI VỤ ĐẾN CUỐI NĂM 2027',
    ]);
    const text = JSON.stringify(d);
    expect(text).toMatch(/Vị trí việc làm của Văn phòng Sở — Sở Nội vụ đến cuối năm 2027 tại Phụ lục [IVX]+\./);
    expect(text).toContain(
      'Các đơn vị chưa xác định vị trí việc làm đến cuối năm 2027 (2 đơn vị): Văn phòng Sở — Sở Tài chính (V4); Phòng Kế hoạch.',
    );
  });
});
