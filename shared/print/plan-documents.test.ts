/**
 * Issue 20 part B: the đề án's Phương án per operation, Lộ trình and Kinh phí, the tờ trình of
 * Decree 120/2020 Art. 9.2, the draft decision, and the appendices chosen and ordered per document.
 */
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { RULE_SETS } from '../rules/rule-sets.ts';
import { simulate } from '../scenario/simulate.ts';
import type { Operation } from '../scenario/operations.ts';
import type { Unit } from '../model/unit.ts';
import { buildProposal, type ProposalInput } from './proposal.ts';
import { defaultSettings, ProposalSettingsSchema, type ProposalSettings } from './settings.ts';
import type { Block, ProposalDoc } from './model.ts';
import { operationKeys } from './sections/operation-plan.ts';

const ruleSet = RULE_SETS[0]!;

function input(units: Unit[], operations: Operation[], patch: Partial<ProposalInput> = {}): ProposalInput {
  const simulation = simulate(units, operations, {
    baseYear: 2025,
    horizon: 2028,
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

/** Two sở, each with a Văn phòng Sở and a Thanh tra Sở, and a hospital under the first. */
const province = (): Unit[] => [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  unit('S1', 'T', {
    name: 'Sở Y tế',
    kind: 'department',
    civilServantQuota: 10,
    civilServantActual: 10,
    deputies: 3,
    heads: 1,
  }),
  unit('S1.VP', 'S1', { name: 'Văn phòng Sở', kind: 'division', civilServantQuota: 6, civilServantActual: 6 }),
  unit('S1.TT', 'S1', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 5, civilServantActual: 4 }),
  unit('S1.BV', 'S1', { name: 'Bệnh viện A', kind: 'psu', publicEmployeeQuota: 100, publicEmployeeActual: 90 }),
  unit('S2', 'T', {
    name: 'Sở Lao động',
    kind: 'department',
    civilServantQuota: 8,
    civilServantActual: 8,
    deputies: 3,
    heads: 1,
  }),
  unit('S2.VP', 'S2', { name: 'Văn phòng Sở', kind: 'division', civilServantQuota: 5, civilServantActual: 5 }),
  unit('S2.TT', 'S2', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 4, civilServantActual: 4 }),
];

const OPS: Operation[] = [
  { type: 'merge', year: 2026, units: ['S1', 'S2'], into: 'S1' },
  // The two offices: the Văn phòng merged, the second Thanh tra dissolved, the first kept.
  { type: 'merge', year: 2026, units: ['S1.VP', 'S2.VP'], into: 'S1.VP' },
  { type: 'dissolve', year: 2027, unit: 'S2.TT', staffTo: 'S1.TT' },
  {
    type: 'staffExit',
    year: 2026,
    unit: 'S1.BV',
    civilServants: 0,
    publicEmployees: 4,
    reason: 'early-retirement',
    payout: { policy: '154', salary: 10_000_000, monthsEarly: 24, siYears: 20 },
  },
  { type: 'staffExit', year: 2027, unit: 'S1.BV', civilServants: 0, publicEmployees: 2, reason: 'resignation' },
];

const paras = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'para' || b.kind === 'heading' ? [b.text] : b.kind === 'part' ? [b.title] : []));
const text = (d: ProposalDoc) => paras(d.body).join('\n');
const withSettings = (i: ProposalInput, patch: Partial<ProposalSettings>): ProposalInput => ({
  ...i,
  settings: { ...i.settings, ...patch },
});

describe('the đề án: Phương án per operation', () => {
  it('gives each merge its seven parts, the same-named offices of the merged sở with what the plan does to each', () => {
    const doc = buildProposal(input(province(), OPS));
    const body = text(doc);
    expect(body).toContain('3. Phương án đối với từng nội dung sắp xếp');
    expect(body).toContain('3.1. Hợp nhất Sở Y tế, Sở Lao động thành Sở Y tế (2026)');
    for (const part of [
      'a) Tên gọi và lý do sắp xếp:',
      'b) Chức năng, nhiệm vụ:',
      'c) Cơ cấu tổ chức bên trong:',
      'd) Bố trí lãnh đạo:',
      'e) Biên chế và số người làm việc:',
      'f) Tài chính, tài sản:',
      'g) Trụ sở làm việc:',
    ])
      expect(body).toContain(part);
    expect(body).toContain('- Văn phòng Sở (2 đơn vị cùng tên): của Sở Y tế: hợp nhất với');
    expect(body).toMatch(
      /- Thanh tra Sở \(2 đơn vị cùng tên\): của Sở Y tế: giữ nguyên, trực thuộc Sở Y tế; của Sở Lao động: giải thể, chuyển về .* \(2027\)\./,
    );
    // Leadership: heads 2 → 1, the other to arrange (a proposal), deputies added up; staff before → after as subtree totals.
    expect(body).toMatch(
      /d\) Bố trí lãnh đạo: Cấp trưởng: 2 → 1 \(Sở Y tế\); 1 người bố trí làm cấp phó hoặc vị trí khác \(đề xuất của cơ quan soạn thảo, cần rà soát, chỉnh sửa\); cấp phó: 6 → 7 \(kể cả cấp trưởng bố trí làm cấp phó\)\. UBND tỉnh: Sau hợp nhất số cấp phó vượt quy định/,
    );
    expect(body).toMatch(
      /Trước sắp xếp \(tính cả các đơn vị trực thuộc\): Sở Y tế: biên chế 121, 110 người \(kể cả 3 đơn vị trực thuộc\); Sở Lao động: biên chế 17, 17 người/,
    );
    expect(body).toMatch(/Sau sắp xếp: Sở Y tế: biên chế 138, 127 người/);
  });

  it('says heads not entered instead of guessing one per unit; a vacant head is no one to arrange', () => {
    const units = province().map((u) => (u.code === 'S2' ? { ...u, heads: null } : u));
    const unknown = text(buildProposal(input(units, OPS)));
    expect(unknown).toContain(
      'Cấp trưởng: 1 (đã nhập) → 1 (Sở Y tế); chưa nhập số cấp trưởng của Sở Lao động: chưa xác định số người cần bố trí; cấp phó: 6 → 7 (tạm tính mỗi đơn vị hợp nhất có 1 cấp trưởng bố trí làm cấp phó).',
    );
    const vacant = text(
      buildProposal(
        input(
          province().map((u) => (u.code === 'S2' ? { ...u, heads: 0 } : u)),
          OPS,
        ),
      ),
    );
    expect(vacant).toContain('d) Bố trí lãnh đạo: Cấp trưởng: 1 → 1 (Sở Y tế); cấp phó: 6 → 6.');
  });

  it('prints the officer’s text of a part instead of the plan’s, the others unchanged', () => {
    const base = input(province(), OPS);
    const [key] = operationKeys(OPS);
    const doc = buildProposal(
      withSettings(base, { operationSections: { [key!]: { headquarters: 'Trụ sở chính tại số 1 Trần Hưng Đạo.' } } }),
    );
    expect(text(doc)).toContain('g) Trụ sở làm việc: Trụ sở chính tại số 1 Trần Hưng Đạo.');
    expect(text(doc)).toContain('a) Tên gọi và lý do sắp xếp: Hợp nhất Sở Y tế, Sở Lao động');
  });
});

describe('the đề án: Lộ trình and Kinh phí', () => {
  const find = (d: ProposalDoc, header: string) =>
    d.body.flatMap((b) => (b.kind === 'table' && b.table.header[0]![0]!.text === header ? [b.table] : []))[0];

  it('has leavers by reason and year, payouts by policy and year with the uncosted said "chưa tính", the savings as an estimate', () => {
    const doc = buildProposal(input(province(), OPS));
    const leavers = find(doc, 'Lý do')!;
    expect(leavers.header[0]!.map((c) => c.text)).toEqual(['Lý do', '2026', '2027', '2028', 'Cộng']);
    expect(leavers.rows.map((r) => r.cells)).toEqual([
      ['Nghỉ hưu trước tuổi', '4', '0', '0', '4'],
      ['Thôi việc', '0', '2', '0', '2'],
      ['Cộng', '4', '2', '0', '6'],
    ]);
    const payouts = find(doc, 'Chính sách (đồng)')!;
    expect(payouts.rows[0]!.cells[0]).toBe('Nghị định số 154/2025/NĐ-CP');
    expect(payouts.rows[1]!.cells).toEqual([
      'Chưa tính được (thiếu tiền lương, số năm đóng BHXH, số tháng nghỉ trước tuổi)',
      '—',
      '2 người',
      '—',
      '2 người',
    ]);
    // 4 people × 10,000,000 × 12 for 2027 and 2028; the 2 who resign have no salary: not counted, said so.
    expect(text(doc)).toContain(
      'Tiết kiệm quỹ tiền lương (ước tính): 960.000.000 đồng trong giai đoạn 2026–2028, tính bằng tiền lương bình quân tháng',
    );
    expect(text(doc)).toContain('Chưa tính phần của 2 người chưa có tiền lương.');
    // "dôi dư" (surplus) is not what the leavers are called.
    const from = doc.body.findIndex((b) => b.kind === 'caption' && b.text.includes('theo lý do và năm'));
    const to = doc.body.findIndex((b) => b.kind === 'part' && b.title === 'TỔ CHỨC THỰC HIỆN');
    expect(from).toBeGreaterThan(0);
    expect(paras(doc.body.slice(from, to)).join('\n')).not.toMatch(/dôi dư/);
  });

  it('says "chưa tính" with why when no leaver has a salary, never 0', () => {
    const ops = OPS.map((op) => (op.type === 'staffExit' ? { ...op, payout: undefined } : op)) as Operation[];
    const body = text(buildProposal(input(province(), ops)));
    expect(body).toContain('Tiết kiệm quỹ tiền lương: chưa tính, vì chưa có tiền lương của 6 người');
    expect(body).not.toMatch(/Tiết kiệm quỹ tiền lương \(ước tính\): 0/);
  });

  it('lists the officer’s other costs with their total; refuses a cost without a label', () => {
    const base = input(province(), OPS);
    const doc = buildProposal(
      withSettings(base, {
        otherCosts: [
          { label: 'Sửa chữa trụ sở', amount: 150_000_000 },
          { label: 'Chuyển đổi hồ sơ', amount: 20_000_000 },
        ],
      }),
    );
    const at = doc.body.findIndex((b) => b.kind === 'caption' && b.text === 'Các khoản kinh phí khác');
    const costs = (doc.body[at + 1] as Extract<Block, { kind: 'table' }>).table;
    expect(costs.rows.map((r) => r.cells)).toContainEqual(['', 'Cộng', '170.000.000']);
    const bad = ProposalSettingsSchema.safeParse({ ...base.settings, otherCosts: [{ label: ' ', amount: 5 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('err.printCostLabel');
  });
});

describe('the tờ trình (Decree 120/2020 Art. 9.2)', () => {
  it('has necessity, drafting, main content, differing opinions, request and the enclosed documents; the operations table only in an appendix', () => {
    const doc = buildProposal(input(province(), OPS, { type: 'to-trinh' }));
    expect(doc.body.filter((b) => b.kind === 'part').map((b) => (b as { title: string }).title)).toEqual([
      'SỰ CẦN THIẾT VÀ CƠ SỞ PHÁP LÝ',
      'QUÁ TRÌNH XÂY DỰNG ĐỀ ÁN',
      'NỘI DUNG CHÍNH CỦA ĐỀ ÁN',
      'NHỮNG VẤN ĐỀ CÒN CÓ Ý KIẾN KHÁC NHAU VÀ NHỮNG VẤN ĐỀ LIÊN QUAN',
      'ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(
      doc.body.some((b) => b.kind === 'table' && b.table.header[0]!.some((c) => c.text === 'Nội dung sắp xếp')),
    ).toBe(false);
    expect(doc.appendices.map((a) => [a.number, a.title])).toEqual([
      ['I', 'DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM'],
      ['II', 'LỘ TRÌNH TINH GIẢN BIÊN CHẾ VÀ KINH PHÍ CHI TRẢ THEO ĐƠN VỊ'],
      ['III', 'NHỮNG TRƯỜNG HỢP CHƯA BẢO ĐẢM TIÊU CHÍ ĐẾN CUỐI NĂM 2028'],
    ]);
    const body = text(doc);
    expect(body).toContain('Phương án gồm 3 nội dung: 2 hợp nhất, 1 giải thể (chi tiết tại Phụ lục I).');
    expect(body).toContain('(danh sách chi tiết tại Phụ lục III).');
    expect(body).toContain('- Phụ lục I: Danh mục các nội dung sắp xếp theo năm;');
    expect(body).toContain('- Phụ lục II: Lộ trình tinh giản biên chế và kinh phí chi trả theo đơn vị;');
    expect(body).toContain('- Dự thảo Quyết định phê duyệt Đề án;');
  });

  it('numbers the appendices in the officer’s order and refers only to those attached', () => {
    const base = input(province(), OPS, { type: 'to-trinh' });
    const doc = buildProposal(
      withSettings(base, {
        appendices: {
          'to-trinh': [
            { key: 'units', on: true },
            { key: 'roadmap', on: true },
            { key: 'operations', on: false },
          ],
        },
      }),
    );
    expect(doc.appendices.map((a) => [a.number, a.title])).toEqual([
      ['I', 'DANH SÁCH CƠ QUAN, ĐƠN VỊ TRƯỚC VÀ SAU SẮP XẾP'],
      ['II', 'LỘ TRÌNH TINH GIẢN BIÊN CHẾ VÀ KINH PHÍ CHI TRẢ THEO ĐƠN VỊ'],
    ]);
    const body = text(doc);
    expect(body).toContain('Phương án gồm 3 nội dung: 2 hợp nhất, 1 giải thể.');
    expect(body).toMatch(/\(chi tiết tại Phụ lục II\)\./);
    expect(body).not.toMatch(/Phụ lục III/);
  });

  it('leaves the đề án’s findings appendix unreferenced when the officer leaves it out', () => {
    const units = province().map((u) => (u.code === 'S2' ? { ...u, deputies: 9 } : u));
    const base = input(units, []);
    expect(text(buildProposal(base))).toMatch(
      /chưa bảo đảm tiêu chí theo quy định \(danh sách chi tiết tại Phụ lục III\)/,
    );
    const without = buildProposal(withSettings(base, { appendices: { 'de-an': [{ key: 'findings', on: false }] } }));
    expect(without.appendices.map((a) => a.title)).not.toContain(
      expect.stringMatching(/NHỮNG TRƯỜNG HỢP CHƯA BẢO ĐẢM/),
    );
    expect(text(without)).not.toMatch(/Phụ lục/);
  });
});

describe('the draft decision (quyết định)', () => {
  it('is a Quyết định of the People’s Committee: Căn cứ, the proposal, QUYẾT ĐỊNH:, Điều 1–3, Nơi nhận, TM. UBND / CHỦ TỊCH', () => {
    const base = input(province(), OPS, { type: 'quyet-dinh' });
    const doc = buildProposal(withSettings(base, { number: '15', date: '2026-01-05' }));
    expect(doc.typeName).toBe('QUYẾT ĐỊNH');
    expect(doc.header).toEqual({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
      numberLine: 'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/QĐ-UBND',
      placeDate: 'Hậu Giang, ngày \u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0 năm 2026',
    });
    expect(doc.title).toBe(
      'Phê duyệt Đề án sắp xếp tổ chức bộ máy, tinh giản biên chế tỉnh Hậu Giang giai đoạn 2026–2028',
    );
    const lines = paras(doc.body);
    expect(doc.body[0]).toEqual({ kind: 'caption', text: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG' });
    expect(lines[0]).toMatch(/^Căn cứ Luật Tổ chức chính quyền địa phương .*;$/);
    expect(lines).toContain(
      'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV ngày 05 tháng 01 năm 2026.',
    );
    expect(doc.body.filter((b) => b.kind === 'caption').map((b) => (b as { text: string }).text)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
      'QUYẾT ĐỊNH:',
    ]);
    expect(lines.filter((l) => l.startsWith('Điều '))).toEqual([
      'Điều 1. Phê duyệt Đề án sắp xếp tổ chức bộ máy, tinh giản biên chế tỉnh Hậu Giang giai đoạn 2026–2028',
      'Điều 2. Tổ chức thực hiện',
      'Điều 3. Hiệu lực và trách nhiệm thi hành',
    ]);
    expect(lines).toContain(
      '2. Phương án sắp xếp: 3 nội dung: 2 hợp nhất, 1 giải thể (chi tiết tại Phụ lục I kèm theo Quyết định này).',
    );
    expect(lines.at(-1)).toMatch(/chịu trách nhiệm thi hành Quyết định này\.\/\.$/);
    expect(doc.signature).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' });
    expect(doc.distribution[0]).toBe('- Như Điều 3;');
    expect(doc.distribution.at(-1)).toBe('- Lưu: VT.');
    expect(doc.bases).toEqual([]);
    expect(doc.recipients).toEqual([]);
    expect(doc.appendices.map((a) => [a.number, a.subtitle])).toEqual([
      [
        'I',
        '(Kèm theo Quyết định số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/QĐ-UBND ngày \u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0 năm 2026 của Ủy ban nhân dân tỉnh Hậu Giang)',
      ],
    ]);
  });

  it('with the tờ trình undated refers to it as "ngày … tháng … năm …" and dates itself in the year it is printed', () => {
    const base = { ...input(province(), OPS, { type: 'quyet-dinh' }), today: '2027-02-03' };
    const doc = buildProposal(withSettings(base, { number: '15' }));
    expect(base.settings.date).toBe('');
    expect(doc.header.placeDate).toBe(
      'Hậu Giang, ngày \u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0 năm 2027',
    );
    expect(paras(doc.body).map((l) => l.replace(/\u00a0/g, ' '))).toContain(
      'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV ngày … tháng … năm ….',
    );
    expect(doc.appendices[0]!.subtitle).toMatch(/\/QĐ-UBND ngày \u00a0+ tháng \u00a0+ năm 2027 của Ủy ban nhân dân/);
  });
});
