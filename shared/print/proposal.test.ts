import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { RULE_SETS } from '../rules/rule-sets.ts';
import { simulate } from '../scenario/simulate.ts';
import type { Operation } from '../scenario/operations.ts';
import type { Unit } from '../model/unit.ts';
import { buildProposal, currentBySector, provinceWarnings, sentenceName, type ProposalInput } from './proposal.ts';
import { translate } from '../i18n/index.ts';
import { escapeHtml, renderProposalHtml } from './html.ts';
import { CHART_PAGE_HEIGHT, chartPages, wrapText } from './org-chart.ts';
import { APPENDIX_KEYS, defaultSettings, numberLine, placeDateLine, ProposalSettingsSchema } from './settings.ts';
import { mentions, resolveAppendixRefs, unreferencedAppendices, type Block, type DataTable } from './model.ts';
import { TEXT_WIDTH } from './page.ts';

const ruleSet = RULE_SETS[0]!;

function input(units: Unit[], operations: Operation[], patch: Partial<ProposalInput> = {}): ProposalInput {
  const simulation = simulate(units, operations, {
    baseYear: 2025,
    horizon: 2027,
    rules: { ruleSet, provinceClass: 'class2' },
    targets: [],
  });
  return {
    type: 'de-an',
    settings: defaultSettings('Hậu Giang'),
    today: '2026-01-05',
    scenarioName: 'PA 1',
    provinceName: 'Hậu Giang',
    baseline: units,
    operations,
    simulation,
    ruleSet,
    ...patch,
  };
}

const tree = (): Unit[] => [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  unit('S', 'T', { name: 'Sở Y tế', kind: 'department', civilServantQuota: 30, civilServantActual: 28 }),
  unit('A', 'S', { name: 'Bệnh viện A', kind: 'psu', publicEmployeeQuota: 100, publicEmployeeActual: 90 }),
  unit('B', 'S', { name: 'Bệnh viện B', kind: 'psu', publicEmployeeQuota: 50, publicEmployeeActual: 40 }),
  unit('C', 'S', { name: 'Trung tâm C', kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 12 }),
];

const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => b.table);
const find = (list: DataTable[], header: string) => list.find((t) => t.header.flat().some((c) => c.text === header))!;

describe('Decree 30/2020 elements', () => {
  it('writes the number with its symbols and a leading zero, or leaves its space blank', () => {
    expect(numberLine({ number: '5', bodySymbol: 'SNV' }, 'to-trinh')).toBe('Số: 05/TTr-SNV');
    expect(numberLine({ number: '115', bodySymbol: 'SNV' }, 'de-an')).toBe('Số: 115/ĐA-SNV');
    expect(numberLine({ number: '', bodySymbol: 'SNV' }, 'de-an')).toBe(
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/ĐA-SNV',
    );
  });

  it('writes the date with a leading zero for days below 10 and for months 1 and 2 only', () => {
    expect(placeDateLine('Vị Thanh', '2026-01-05')).toBe('Vị Thanh, ngày 05 tháng 01 năm 2026');
    expect(placeDateLine('Vị Thanh', '2026-02-28')).toBe('Vị Thanh, ngày 28 tháng 02 năm 2026');
    expect(placeDateLine('Vị Thanh', '2026-03-09')).toBe('Vị Thanh, ngày 09 tháng 3 năm 2026');
    expect(placeDateLine('Vị Thanh', '2026-12-10')).toBe('Vị Thanh, ngày 10 tháng 12 năm 2026');
  });

  it('leaves the date blank for the văn thư unless given: "ngày … tháng … năm …", no line starting with "…"', () => {
    expect(defaultSettings('Hậu Giang').date).toBe('');
    expect(placeDateLine('Cần Thơ', '')).toBe('Cần Thơ, ngày\u00a0… tháng\u00a0… năm\u00a0…');
    expect(placeDateLine('Cần Thơ', '').replace(/\u00a0/g, ' ')).toBe('Cần Thơ, ngày … tháng … năm …');
    const base = input(tree(), []);
    const blank = buildProposal(base);
    expect(blank.header.placeDate.replace(/\u00a0/g, ' ')).toBe('Hậu Giang, ngày … tháng … năm …');
    expect(blank.appendices[0]!.subtitle?.replace(/\u00a0/g, ' ')).toBe(
      '(Kèm theo Đề án số       /ĐA-SNV ngày … tháng … năm … của Sở Nội vụ)',
    );
    // A date the officer gave is printed.
    const given = buildProposal({ ...base, settings: { ...base.settings, date: '2026-03-09' } });
    expect(given.header.placeDate).toBe('Hậu Giang, ngày 09 tháng 3 năm 2026');
    expect(given.appendices[0]!.subtitle).toContain('ngày 09 tháng 3 năm 2026 của Sở Nội vụ');
  });

  it('refuses a number with letters and a date that does not exist; takes an empty date', () => {
    const ok = defaultSettings('Hậu Giang');
    expect(ProposalSettingsSchema.safeParse({ ...ok, number: '5a' }).success).toBe(false);
    for (const date of ['2026-13-01', '2026-02-30', '05/01/2026', ' '])
      expect(ProposalSettingsSchema.safeParse({ ...ok, date }).success, date).toBe(false);
    expect(ProposalSettingsSchema.safeParse(ok).data?.date).toBe('');
    expect(ProposalSettingsSchema.safeParse({ ...ok, date: '2026-01-05' }).data?.date).toBe('2026-01-05');
  });

  it('refers in the body to every appendix it attaches, by the label the appendix carries', () => {
    const ops: Operation[] = [
      {
        type: 'merge',
        year: 2026,
        units: ['A', 'B'],
        into: { code: 'N', name: 'Bệnh viện N', kind: 'psu', parentCode: 'S' },
      },
    ];
    for (const type of ['de-an', 'to-trinh'] as const) {
      // Every kind attached, in the reverse of the list's order: the labels follow the officer's order.
      const all = [...APPENDIX_KEYS].reverse().map((key) => ({ key, on: true }));
      const settings = { ...defaultSettings('Hậu Giang'), appendices: { [type]: all } };
      const d = buildProposal(input(tree(), ops, { type, settings }));
      expect(d.appendices.length).toBeGreaterThanOrEqual(3);
      expect(d.appendices.map((a) => a.number)).toEqual(['I', 'II', 'III', 'IV', 'V'].slice(0, d.appendices.length));
      // The units list comes before the chart (the order chosen) and the body names each by its own number.
      const keys = d.appendices.map((a) => a.key);
      expect(keys.indexOf('units')).toBeLessThan(keys.indexOf('chart'));
      expect(unreferencedAppendices(d)).toEqual([]);
      expect(JSON.stringify(d)).not.toContain('{{appendix:');
    }
  });

  it('tells a label from a longer one, and drops a reference to an appendix not attached', () => {
    expect(mentions('tại Phụ lục II.', 'Phụ lục I')).toBe(false);
    expect(mentions('tại Phụ lục I.2', 'Phụ lục I')).toBe(false);
    expect(mentions('tại Phụ lục I.', 'Phụ lục I')).toBe(true);
    expect(mentions('(Phụ lục III.1.đ)', 'Phụ lục III.1.đ')).toBe(true);
    const d = buildProposal(input(tree(), []));
    const chartLess = resolveAppendixRefs({
      ...d,
      body: [
        { kind: 'para', text: 'Sơ đồ tại {{appendix:chart}}.' },
        { kind: 'para', text: 'Khác {{appendix:none}}.' },
      ],
      appendices: d.appendices.map((a) => (a.key === 'chart' ? { ...a, number: 'III.1.đ' } : a)),
    });
    expect(chartLess.body).toEqual([{ kind: 'para', text: 'Sơ đồ tại Phụ lục III.1.đ.' }]);
  });

  it('says an issuing body in sentence case in the text', () => {
    expect(sentenceName('SỞ NỘI VỤ')).toBe('Sở Nội vụ');
    expect(sentenceName('VĂN PHÒNG UBND TỈNH')).toBe('Văn phòng UBND tỉnh');
  });
});

describe('the printed basis of payouts', () => {
  const paras = (ops: Operation[]) =>
    buildProposal(input(tree(), ops))
      .body.filter((b) => b.kind === 'para')
      .map((b) => (b as { text: string }).text);
  const exit = (
    reason: 'early-retirement' | 'resignation',
    payout: Record<string, unknown>,
    people = { civilServants: 1, publicEmployees: 0 },
  ) =>
    ({
      type: 'staffExit',
      year: 2026,
      unit: 'S',
      ...people,
      reason,
      payout: { salary: 10_000_000, ...payout },
    }) as Operation;
  const TT01 = 'Thông tư 01/2025/TT-BNV';

  it('cites what each paid part rests on with its confidence, names an unverified part as "cần xác minh" and never cites its article as law', () => {
    // Decree 178's lump sums end on 31/08/2025: its exits leave in 2025.
    const text = paras([{ ...exit('resignation', { policy: '178', monthsEarly: 150, siYears: 10 }), year: 2025 }]);
    expect(text).toContain(
      `Căn cứ tính chi trả: Nghị định 178/2024/NĐ-CP, Điều 9 khoản 2; ${TT01}, Điều 5 khoản 2 (đã đối chiếu văn bản); Nghị định 178/2024/NĐ-CP, Điều 9 khoản 4; ${TT01}, Điều 5 khoản 3 (đã đối chiếu văn bản).`,
    );
    expect(text).toContain(
      'Cần xác minh (chưa đối chiếu được văn bản, số liệu tạm tính, chưa dùng làm căn cứ): trợ cấp thôi việc theo số tháng đóng bảo hiểm xã hội.',
    );
    expect(text.join('\n')).not.toContain('Nghị định 178/2024/NĐ-CP, Điều 5 khoản 2'); // the M rule, never cited as law
    // Decree 67's 15-year tier is known from a secondary quote: said so.
    const early = paras([{ ...exit('early-retirement', { policy: '178', monthsEarly: 30, siYears: 17 }), year: 2025 }]);
    expect(early.find((p) => p.startsWith('Căn cứ tính chi trả'))).toContain(
      'Nghị định 67/2025/NĐ-CP, Điều 7 khoản 2 (sửa đổi) (theo nguồn thứ cấp, cần đối chiếu văn bản trước khi ban hành)',
    );
  });

  it('says which parts come from weak secondary sources, and prints no basis for a plan without payouts', () => {
    const text = paras([
      exit(
        'early-retirement',
        { policy: '154', monthsEarly: 30, siYears: 22 },
        { civilServants: 2, publicEmployees: 0 },
      ),
    ]);
    expect(text).toContain(
      // One article once, as sure as its least sure part (the years-early part is C2, the 20-year insurance part weak).
      'Căn cứ tính chi trả: Nghị định 154/2025/NĐ-CP, Điều 6 (theo nguồn thứ cấp, chưa chắc chắn).',
    );
    expect(text.some((p) => p.startsWith('Cần xác minh'))).toBe(false);
    expect(paras([]).some((p) => p.startsWith('Căn cứ tính chi trả'))).toBe(false);
  });
});

describe('the proposal of a scenario', () => {
  it('never counts or cites an unverified [M] value as law: notes are listed apart, their source marked unverified', () => {
    // Judged by the 2026 set: a phòng under a sở of 5 posts is below the draft (unverified) 7.
    const units = [
      ...tree(),
      unit('S.P', 'S', { name: 'Phòng Nghiệp vụ', kind: 'division', civilServantQuota: 5, civilServantActual: 5 }),
      unit('X', 'T', { name: 'Trung tâm X', kind: 'psu', publicEmployeeQuota: 8, publicEmployeeActual: 8 }),
    ];
    const set2026 = RULE_SETS.find((r) => r.id === 'nd120-150-370-2026')!;
    const simulation = simulate(units, [], {
      baseYear: 2026,
      horizon: 2026,
      rules: { provinceClass: 'class2' },
      targets: [],
    });
    const doc = buildProposal({ ...input(units, []), simulation, ruleSet: set2026 });
    const text = JSON.stringify(doc.body);
    // Trung tâm X below 15 people ([C]), and the 11 sở every province must have that this one lacks (Decree 150 Art. 8 [C2]).
    expect(text).toContain('còn 12 trường hợp chưa bảo đảm tiêu chí');
    expect(text).toContain('có 1 trường hợp cần xác minh thêm');
    const summary = find(tables(doc.body), 'Tiêu chí');
    expect(JSON.stringify(summary)).not.toContain('tiêu chí thành lập phòng thuộc sở');
    const appendix = JSON.stringify(doc.appendices.at(-1));
    expect(appendix).toContain(
      'Chưa xác minh: Nghị định 150/2025/NĐ-CP (sửa đổi bởi Nghị định 370/2025/NĐ-CP), tiêu chí thành lập phòng thuộc sở',
    );
    expect(find(tables(doc.appendices.at(-1)!.blocks), 'Căn cứ').rows.map((r) => r.cells[1])).toEqual([
      'Trung tâm X',
      ...Array<string>(11).fill('UBND tỉnh'),
    ]);
  });

  it('lists a note on a confirmed rule that needs what is not recorded (an autonomy group) with its basis, not as an unverified source', () => {
    const units = tree().map((u) => (u.code === 'A' ? { ...u, deputies: 3 } : u));
    const appendix = JSON.stringify(buildProposal(input(units, [])).appendices.at(-1));
    expect(appendix).toContain(
      'Căn cứ (chưa đủ thông tin để áp dụng): Nghị định 120/2020/NĐ-CP (sửa đổi bởi Nghị định 83/2024/NĐ-CP), Điều 6 khoản 2 điểm c',
    );
    expect(appendix).not.toContain('Chưa xác minh: Nghị định 120/2020');
  });

  const ops: Operation[] = [
    { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
    { type: 'dissolve', year: 2027, unit: 'C', staffTo: null },
  ];

  it('lists each operation as before → after, the unit list before and after, and the leavers per year', () => {
    const doc = buildProposal(input(tree(), ops));
    const ops2 = find(tables(doc.body), 'Nội dung sắp xếp');
    expect(ops2.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['1', '2026'],
      ['2', '2027'],
    ]);
    expect(ops2.rows[0]!.cells[3]).toBe(
      'Bệnh viện A: biên chế 100, 90 người; 0 cấp phó; Bệnh viện B: biên chế 50, 40 người',
    );
    // The unit kept by a merge says its deputies before and after (the other's head becomes one).
    expect(ops2.rows[0]!.cells[4]).toBe('Bệnh viện A: biên chế 150, 130 người; 1 cấp phó');
    expect(ops2.rows[1]!.cells[4]).toBe('—');
    const list = find(tables(doc.appendices[1]!.blocks), 'Tên cơ quan, đơn vị (mã)');
    const row = (code: string) => list.rows.find((r) => r.cells[1]!.endsWith(`(${code})`))!;
    expect(row('B').cells.slice(2)).toEqual(['50', '—', '40', '—', 'Hợp nhất vào Bệnh viện A (2026)']);
    expect(row('B').status).toBe('gone');
    expect(row('A').cells.slice(2)).toEqual(['100', '150', '90', '130', 'Thay đổi số lượng']);
    expect(row('C').cells[6]).toBe('Giải thể (2027)');
    expect(row('A').depth).toBe(2);
    // The roadmap covers the plan's period: from its first operation (2026), not the simulation's first year.
    expect(doc.roadmap.years.map((y) => [y.year, y.leavers, y.recruits, y.reduction])).toEqual([
      [2026, 0, 0, 0],
      [2027, 12, 0, 12],
    ]);
    expect(doc.roadmap.byReason).toEqual([
      { reason: 'Giải thể đơn vị, không chuyển người sang đơn vị khác', people: 12 },
    ]);
    expect(doc.roadmap.totalCost).toBeNull();
    const roadmap = find(tables(doc.body), 'Ra khỏi biên chế trong năm');
    expect(roadmap.header[0]!.map((c) => c.text)).toEqual([
      'Năm',
      'Ra khỏi biên chế trong năm',
      'Tuyển dụng trong năm',
      'Giảm lũy kế (ra − tuyển)',
    ]);
    expect(roadmap.rows.at(-2)!.cells).toEqual(['2027', '12', '0', '12']);
    expect(roadmap.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(TEXT_WIDTH, 1);
  });

  it("prints the payouts of the roadmap's exits per year, exactly, only when exits carry payout inputs; never an estimate", () => {
    const payout = { policy: '178' as const, salary: 15_356_250, monthsEarly: 30, siYears: 22 };
    const units = tree().map((u) => (u.code === 'S' ? { ...u, civilServantActual: 32 } : u));
    // Leaving in 05/2025, while Decree 178's lump sums were in force (to 31/08/2025).
    const doc = buildProposal(
      input(units, [
        ...ops,
        {
          type: 'staffExit',
          year: 2025,
          date: '2025-05-15',
          unit: 'S',
          civilServants: 2,
          publicEmployees: 0,
          reason: 'early-retirement',
          payout,
        },
        { type: 'recruit', year: 2027, unit: 'S', civilServants: 1, publicEmployees: 0 },
      ]),
    );
    const roadmap = find(tables(doc.body), 'Kinh phí chi trả chế độ (đồng)');
    // Decree 178/2024 (as amended), MoHA's example: 744.778.125 đồng a person.
    expect(roadmap.rows.map((r) => r.cells)).toEqual([
      ['2025', '2', '0', '2', '1.489.556.250'],
      ['2026', '0', '0', '2', '0'],
      ['2027', '12', '1', '13', '0'],
      ['Cộng', '14', '1', '13', '1.489.556.250'],
    ]);
    expect(doc.roadmap.byReason).toEqual([
      { reason: 'Giải thể đơn vị, không chuyển người sang đơn vị khác', people: 12 },
      { reason: 'Nghỉ hưu trước tuổi', people: 2 },
    ]);
    // Exits and recruitments belong to the roadmap, not to the arrangement.
    expect(find(tables(doc.body), 'Nội dung sắp xếp').rows).toHaveLength(2);
    const withoutInputs = buildProposal(
      input(units, [
        { type: 'staffExit', year: 2026, unit: 'S', civilServants: 2, publicEmployees: 0, reason: 'early-retirement' },
      ]),
    );
    // An exit without payout inputs is not free: "chưa tính" with what is missing, never 0 đồng.
    const uncosted = find(tables(withoutInputs.body), 'Kinh phí chi trả chế độ (đồng)');
    expect(uncosted.rows.map((r) => r.cells.at(-1))).toEqual(['chưa tính (2 người)', '0', 'chưa tính (2 người)']);
    expect(
      withoutInputs.body.some(
        (b) =>
          b.kind === 'para' &&
          b.text.startsWith('Chưa tính kinh phí chi trả chế độ của 2 người') &&
          b.text.includes('cần danh sách nhân sự hoặc số liệu tiền lương'),
      ),
    ).toBe(true);
    expect(withoutInputs.roadmap.totalCost).toBeNull();
  });

  it("fills the sections from templates with the numbers, and prints an officer's text instead when saved", () => {
    const base = input(tree(), ops);
    const paras = (d: ReturnType<typeof buildProposal>) =>
      d.body.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text);
    expect(
      paras(buildProposal(base)).some((p) =>
        p.includes(
          'tỉnh Hậu Giang có 5 cơ quan, tổ chức, đơn vị, trong đó 2 cơ quan hành chính và 3 đơn vị sự nghiệp công lập',
        ),
      ),
    ).toBe(true);
    expect(
      paras(buildProposal(base)).some((p) =>
        p.includes(
          'Số người ra khỏi biên chế theo lộ trình do sắp xếp, tinh giản (nghỉ hưu trước tuổi, thôi việc, giải thể đơn vị và lý do khác), phải giải quyết chế độ, chính sách đến năm 2027: 12 người.',
        ),
      ),
    ).toBe(true);
    const edited = buildProposal({
      ...base,
      settings: { ...base.settings, sections: { necessity: 'Đoạn một.\n\nĐoạn hai.' } },
    });
    const [p1, p2] = paras(edited).filter((p) => !p.startsWith('Lưu ý:'));
    expect([p1, p2]).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('says so when a plan has no arrangement and no target, instead of an empty table', () => {
    const doc = buildProposal(input(tree(), []));
    const texts = doc.body.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text);
    expect(texts).toContain('Phương án chưa có nội dung sắp xếp tổ chức.');
    expect(texts).toContain('Phương án không đánh giá theo mục tiêu nào trong giai đoạn này.');
    expect(tables(doc.body).some((t) => t.rows.length === 0)).toBe(false);
  });

  it('has Kính gửi and a closing line in a tờ trình, none in a đề án; parts in Roman numerals', () => {
    const deAn = buildProposal(input(tree(), ops));
    expect(deAn.recipients).toEqual([]);
    expect(deAn.closing).toBeNull();
    expect(deAn.body.filter((b) => b.kind === 'part').map((b) => (b as { number: string }).number)).toEqual([
      'Phần I',
      'Phần II',
      'Phần III',
      'Phần IV',
      'Phần V',
      'Phần VI',
    ]);
    const toTrinh = buildProposal(input(tree(), ops, { type: 'to-trinh' }));
    expect(toTrinh.typeName).toBe('TỜ TRÌNH');
    expect(toTrinh.recipients).toEqual(['Ủy ban nhân dân tỉnh Hậu Giang']);
    expect(toTrinh.closing).toBe('Kính trình Ủy ban nhân dân tỉnh Hậu Giang xem xét, quyết định./.');
    expect(toTrinh.header.numberLine).toMatch(/\/TTr-SNV$/);
    expect(toTrinh.distribution).toEqual(['- Ủy ban nhân dân tỉnh;', '- Các sở, ban, ngành tỉnh;', '- Lưu: VT, TCBM.']);
  });
});

describe('whole units: subtree totals, names told apart', () => {
  const two = (): Unit[] => [
    unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
    unit('S1', 'T', { name: 'Sở Y tế', kind: 'department', civilServantQuota: 6, civilServantActual: 6 }),
    unit('S1.TT', 'S1', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 5, civilServantActual: 4 }),
    unit('S1.BV', 'S1', { name: 'Bệnh viện A', kind: 'psu', publicEmployeeQuota: 100, publicEmployeeActual: 90 }),
    unit('S2', 'T', { name: 'Sở Lao động', kind: 'department', civilServantQuota: 7, civilServantActual: 7 }),
    unit('S2.TT', 'S2', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 4, civilServantActual: 4 }),
  ];
  const merge: Operation = { type: 'merge', year: 2026, units: ['S1', 'S2'], into: 'S1' };

  it('prints a merged sở with its whole staff before and after, its own row second', () => {
    const doc = buildProposal(input(two(), [merge]));
    const row = find(tables(doc.body), 'Nội dung sắp xếp').rows[0]!;
    expect(row.cells[3]).toBe(
      'Sở Y tế: biên chế 111, 100 người, kể cả 2 đơn vị trực thuộc (riêng đơn vị: biên chế 6, 6 người); 0 cấp phó; Sở Lao động: biên chế 11, 11 người, kể cả 1 đơn vị trực thuộc (riêng đơn vị: biên chế 7, 7 người)',
    );
    expect(row.cells[4]).toBe(
      'Sở Y tế: biên chế 122, 111 người, kể cả 3 đơn vị trực thuộc (riêng đơn vị: biên chế 13, 13 người); 1 cấp phó',
    );
    // The org chart appendix: the sở's box says its subtree's figures, its own second.
    const after = doc.appendices[0]!.blocks.filter((b) => b.kind === 'chart').at(-1) as Extract<
      Block,
      { kind: 'chart' }
    >;
    const box = after.pages
      .flatMap((p) => p.groups)
      .flatMap((g) => g.boxes)
      .find((b) => b.code === 'S1')!;
    expect(box.figures.slice(0, 2)).toEqual(['BC 122 · 111 người', 'riêng đơn vị: BC 13 · 13 người']);
  });

  it('names a unit with its parent where its name repeats', () => {
    const doc = buildProposal(
      input(two(), [
        { type: 'setQuota', year: 2026, unit: 'S2.TT', civilServantQuota: 3 },
        { type: 'rename', year: 2026, unit: 'S1.BV', name: 'Bệnh viện Đa khoa' },
      ]),
    );
    const rows = find(tables(doc.body), 'Nội dung sắp xếp').rows;
    expect(rows[0]!.cells[2]).toContain('Thanh tra Sở — Sở Lao động');
    expect(rows[0]!.cells[3]).toBe('Thanh tra Sở — Sở Lao động: biên chế 4, 4 người');
    expect(rows[1]!.cells[3]).toBe('Bệnh viện A: biên chế 100, 90 người');
    // A notice's own words too.
    const notice = buildProposal(
      input(two(), [{ type: 'recruit', year: 2026, unit: 'S2.TT', civilServants: 2, publicEmployees: 0 }]),
    )
      .body.filter((b) => b.kind === 'para')
      .map((b) => (b as { text: string }).text)
      .find((t) => t.includes('Tuyển dụng vượt biên chế'));
    expect(notice).toBe(
      'Năm 2026, Thanh tra Sở — Sở Lao động: Tuyển dụng vượt biên chế: Thanh tra Sở — Sở Lao động có 6 người, Biên chế công chức được giao là 4.',
    );
  });

  it('counts natural retirements and transfers out as leavers, never as people made surplus (dôi dư)', () => {
    const units = two();
    const doc = buildProposal(
      input(units, [
        { type: 'staffExit', year: 2026, unit: 'S1.BV', civilServants: 0, publicEmployees: 5, reason: 'retirement' },
        { type: 'staffExit', year: 2026, unit: 'S1.BV', civilServants: 0, publicEmployees: 2, reason: 'transfer' },
        { type: 'staffExit', year: 2027, unit: 'S1.BV', civilServants: 0, publicEmployees: 3, reason: 'resignation' },
      ]),
    );
    const paras = doc.body.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text);
    expect(paras.some((p) => p.includes('phải giải quyết chế độ, chính sách đến năm 2027: 3 người.'))).toBe(true);
    const metrics = find(tables(doc.body), 'Hiện nay');
    expect(metrics.rows.find((r) => r.cells[0] === 'Người ra khỏi biên chế (lũy kế)')!.cells.slice(1)).toEqual([
      '0',
      '0',
      '7',
      '10',
    ]);
    expect(
      metrics.rows.find((r) => r.cells[0]!.startsWith('Trong đó ra khỏi biên chế do sắp xếp'))!.cells.slice(1),
    ).toEqual(['0', '0', '0', '3']);
  });
});

describe('HTML', () => {
  it('prints whatever a user typed as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const units = tree().map((u) => (u.code === 'A' ? { ...u, name: evil } : u));
    const base = input(units, [{ type: 'rename', year: 2026, unit: 'B', name: '</td><script>alert(2)</script>' }], {
      scenarioName: `"${evil}`,
      type: 'to-trinh',
    });
    const settings = {
      ...base.settings,
      signerName: evil,
      issuingBody: '<b>SỞ</b>',
      recipient: "A'B & <i>C</i>",
      sections: { necessity: '<style>body{display:none}</style>' },
    };
    const html = renderProposalHtml(buildProposal({ ...base, settings }), '');
    expect(html).not.toMatch(/<img|<script|<b>|<i>|<\/td><script|<style>body/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('A&#39;B &amp; &lt;i&gt;C&lt;/i&gt;');
    expect(html).toContain('&lt;style&gt;body{display:none}&lt;/style&gt;');
    // Straight quotes are printed typographic (the first pair), the unpaired one as it is.
    expect(html).toContain('phương án “”&lt;img src=x onerror=alert(1)&gt;&quot; với 1 nội dung');
    // No script can run even if something slipped through.
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`);
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it("asks for A4 with the decree's margins and page numbers from page 2, repeats table headers and keeps rows whole", () => {
    const html = renderProposalHtml(buildProposal(input(tree(), [])), '@font-face{}');
    expect(html).toMatch(
      /@page \{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm;\s+@top-center \{ content: counter\(page\);/,
    );
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('.data thead { display: table-header-group; }');
    expect(html).toContain('.data tr { break-inside: avoid;');
    expect(html.indexOf('@font-face{}')).toBeLessThan(html.indexOf('@page'));
    // No style attributes: the app's Content-Security-Policy, which the preview's frame inherits, allows none.
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toMatch(/<col class="w12">/);
    expect(html).toContain('.w12{width:12mm}');
  });
});

describe('org chart pages', () => {
  it('packs groups on pages no taller than a page, splitting only a group taller than one, boxes within the text width', () => {
    const units: Unit[] = [unit('R', null, { name: 'UBND tỉnh' })];
    for (let d = 0; d < 6; d++) {
      units.push(unit(`D${d}`, 'R', { name: `Sở số ${d} có một tên khá dài để xuống dòng trong ô` }));
      for (let k = 0; k < (d === 0 ? 90 : 5); k++)
        units.push(unit(`D${d}.${k}`, `D${d}`, { name: `Phòng ${k}`, civilServantQuota: k }));
      units.push(unit(`D${d}.x`, `D${d}.0`, { name: 'Tổ ở cấp sâu hơn' }));
    }
    const pages = chartPages(units, 'Sơ đồ');
    expect(pages[0]!.caption).toBe('Sơ đồ');
    expect(pages[1]!.caption).toBe('Sơ đồ (tiếp theo)');
    for (const p of pages) {
      expect(p.height).toBeLessThanOrEqual(CHART_PAGE_HEIGHT);
      for (const g of p.groups) for (const b of g.boxes) expect(b.x + b.w).toBeLessThanOrEqual(TEXT_WIDTH + 0.01);
    }
    const groups = pages.flatMap((p) => p.groups);
    // The big department continues under its own box again; the deepest units are counted, not drawn.
    const big = groups.filter((g) => g.boxes[0]!.code === 'D0');
    expect(big.length).toBeGreaterThan(1);
    expect(big.slice(1).every((g) => g.continued)).toBe(true);
    expect(big.reduce((s, g) => s + g.boxes.length - 1, 0)).toBe(90);
    expect(groups.flatMap((g) => g.boxes).some((b) => b.code === 'D0.x')).toBe(false);
    expect(groups.find((g) => g.boxes[0]!.code === 'D0')!.boxes.find((b) => b.code === 'D0.0')!.figures).toEqual([
      'BC 0 · 0 người',
      'riêng đơn vị: BC 0 · 0 người',
      '1 đơn vị trực thuộc',
    ]);
    // Small groups share a page.
    expect(pages.at(-1)!.groups.length).toBeGreaterThan(1);
  });

  it('wraps names into at most three lines, cutting with an ellipsis', () => {
    expect(wrapText('Trường Trung học phổ thông chuyên Vị Thanh', 30, 8)).toEqual([
      'Trường Trung học phổ',
      'thông chuyên Vị Thanh',
    ]);
    const long = wrapText('a '.repeat(200), 30, 8);
    expect(long).toHaveLength(3);
    expect(long[2]!.endsWith('…')).toBe(true);
  });
});

describe('walkthrough of 2026-12-07: figures a director signs', () => {
  const province = (): Unit[] => [
    unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee', sector: 'general_administration' }),
    unit('NV', 'T', {
      name: 'Sở Nội vụ',
      kind: 'department',
      civilServantQuota: 10,
      civilServantActual: 10,
      deputies: 6,
    }),
    unit('YT', 'T', {
      name: 'Sở Y tế',
      kind: 'department',
      sector: 'health',
      civilServantQuota: 20,
      civilServantActual: 25,
    }),
    unit('BV', 'YT', {
      name: 'Bệnh viện',
      kind: 'psu',
      sector: 'health',
      publicEmployeeQuota: 100,
      publicEmployeeActual: 100,
    }),
    unit('TRAM', 'BV', {
      name: 'Trạm y tế',
      kind: 'psu_division',
      sector: 'health',
      publicEmployeeQuota: 10,
      publicEmployeeActual: 10,
    }),
    unit('KH', 'YT', {
      name: 'Ban quản lý dự án',
      kind: 'other',
      sector: 'health',
      publicEmployeeQuota: 5,
      publicEmployeeActual: 5,
    }),
  ];
  const paras = (d: ReturnType<typeof buildProposal>) =>
    d.body.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text);

  it('prints the total quota cut of a cutQuotas row, and the deputies before → after of setDeputies', () => {
    const doc = buildProposal(
      input(province(), [
        { type: 'setDeputies', year: 2026, unit: 'NV', deputies: 3 },
        { type: 'cutQuotas', year: 2027, scope: {}, percent: 10, fields: ['civilServantQuota', 'publicEmployeeQuota'] },
      ]),
    );
    const [deputies, cut] = find(tables(doc.body), 'Nội dung sắp xếp').rows;
    expect(deputies!.cells[3]).toBe('Sở Nội vụ: biên chế 10, 10 người; 6 cấp phó');
    expect(deputies!.cells[4]).toBe('Sở Nội vụ: biên chế 10, 10 người; 3 cấp phó');
    // 10→9, 20→18, 100→90, 10→9, 5→4: each unit's own quotas, summed once.
    expect(cut!.cells[3]).toBe('5 đơn vị được giảm: biên chế công chức 30, số người làm việc (NSNN) 115 (cộng 145)');
    expect(cut!.cells[4]).toBe('5 đơn vị: biên chế công chức 27, số người làm việc (NSNN) 103 (cộng 130); giảm 15');
  });

  it('lists the operations in the order they apply: by date, then by their order in the plan', () => {
    const doc = buildProposal(
      input(province(), [
        { type: 'rename', year: 2027, date: '2027-09-01', unit: 'KH', name: 'Ban B' },
        { type: 'rename', year: 2027, date: '2027-03-01', unit: 'BV', name: 'Bệnh viện tỉnh' },
        { type: 'rename', year: 2027, date: '2027-03-01', unit: 'NV', name: 'Sở Nội vụ mới' },
      ]),
    );
    expect(find(tables(doc.body), 'Nội dung sắp xếp').rows.map((r) => r.cells[2]!.slice(0, 10))).toEqual([
      '01/03/2027',
      '01/03/2027',
      '01/09/2027',
    ]);
    expect(find(tables(doc.body), 'Nội dung sắp xếp').rows[0]!.cells[2]).toContain('Bệnh viện');
  });

  it('classifies every unit kind in the sector table, each row adding up to its total', () => {
    const t = currentBySector(province());
    expect(t.header[0]!.map((c) => c.text)).toContain('Khác (phòng thuộc ĐVSN, tổ chức khác)');
    const num = (c: string) => Number(c.replace(/\./g, ''));
    for (const r of t.rows) expect(num(r.cells[1]!) + num(r.cells[2]!) + num(r.cells[3]!)).toBe(num(r.cells[4]!));
    expect(t.rows.find((r) => r.cells[0] === 'Y tế')!.cells.slice(1, 5)).toEqual(['1', '1', '2', '4']);
    expect(t.rows.at(-1)!.cells.slice(0, 5)).toEqual(['Tổng cộng', '3', '1', '2', '6']);
  });

  it('counts targets met out of those judged and says apart how many could not be judged', () => {
    const units = province();
    const simulation = simulate(units, [], {
      baseYear: 2025,
      horizon: 2027,
      rules: { ruleSet, provinceClass: 'class2' },
      targets: [
        {
          id: 'a',
          title: 'Giảm 10% đơn vị',
          citation: 'NQ 19',
          metric: ['units'],
          baseYear: 2015,
          year: 2027,
          kind: 'reduction',
          requiredPct: 10,
        },
      ] as never,
    });
    const text = paras(buildProposal({ ...input(units, []), simulation })).join('\n');
    expect(text).not.toMatch(/đạt 0\/1/);
    expect(text).toContain('Chưa đánh giá được 1 mục tiêu do chưa đủ số liệu');
  });

  it("states the people leaving under policies and, apart, the staff still above quota at each year's end", () => {
    const doc = buildProposal(
      input(province(), [
        { type: 'staffExit', year: 2026, unit: 'YT', civilServants: 2, publicEmployees: 0, reason: 'early-retirement' },
      ]),
    );
    const text = paras(doc).join('\n');
    expect(text).toContain('phải giải quyết chế độ, chính sách đến năm 2027: 2 người.');
    expect(text).toContain('cuối năm: 2026: 3 người; 2027: 3 người.');
    expect(text).not.toContain('dôi dư phải giải quyết');
    const metrics = find(tables(doc.body), 'Hiện nay');
    expect(metrics.rows.find((r) => r.cells[0] === 'Còn vượt số được giao cuối năm')!.cells.slice(1)).toEqual([
      '5',
      '5',
      '3',
      '3',
    ]);
  });

  it("prints the plan's period and the year of the workspace's figures, not the simulation's first year", () => {
    const doc = buildProposal(
      input(province(), [{ type: 'rename', year: 2026, unit: 'KH', name: 'Ban B' }], { dataYear: 2023 }),
    );
    expect(doc.title).toContain('giai đoạn 2026–2027');
    expect(doc.body.some((b) => b.kind === 'part' && b.title === 'THỰC TRẠNG TỔ CHỨC BỘ MÁY NĂM 2023')).toBe(true);
  });

  it('warns when the province was merged into another before the date and the plan does not rename it', () => {
    const warned = buildProposal(input(province(), []));
    expect(paras(warned)[0]).toContain(
      'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội (theo nguồn thứ cấp, cần đối chiếu văn bản), tỉnh Hậu Giang đã hợp nhất vào thành phố Cần Thơ từ ngày 01/07/2025',
    );
    // Before the merger, or once the plan names the new city: nothing to warn about.
    const before = input(province(), []);
    expect(paras(buildProposal({ ...before, settings: { ...before.settings, date: '2025-06-30' } }))[0]).not.toMatch(
      /^Lưu ý/,
    );
    // The date left blank: the day it is printed decides.
    expect(before.settings.date).toBe('');
    expect(provinceWarnings({ ...before, today: '2025-06-30' })).toEqual([]);
    const [undated] = provinceWarnings({ ...before, today: '2025-07-01' });
    // …never saying the document is dated that day.
    expect(translate('vi', undated!.key, undated!.params)).toContain(
      'Tính đến ngày 01/07/2025, văn bản vẫn ghi tên tỉnh Hậu Giang theo tệp dữ liệu',
    );
    expect(
      provinceWarnings({ ...before, today: '2025-06-30', settings: { ...before.settings, date: '2026-01-05' } }),
    ).toHaveLength(1);
    const renamed = buildProposal(
      input(province(), [{ type: 'setProvince', year: 2025, date: '2025-07-01', name: 'thành phố Cần Thơ' }], {
        documentProvince: 'thành phố Cần Thơ',
      }),
    );
    expect(paras(renamed).some((p) => p.startsWith('Lưu ý'))).toBe(false);
  });

  it('gives the merged-province warning as a message the interface shows in its own language', () => {
    const [w] = provinceWarnings(input(province(), []));
    expect(w!.key).toBe('print.provinceMergedSecondary');
    expect(translate('en', w!.key, w!.params)).toMatch(
      /^Note: under Nghị quyết số 202\/2025\/QH15 .*\(from a secondary source, to check against the text\), tỉnh Hậu Giang was merged into thành phố Cần Thơ on 01\/07\/2025/,
    );
    expect(translate('vi', w!.key, w!.params)).toBe(paras(buildProposal(input(province(), [])))[0]);
  });
});
