import { describe, expect, it } from 'vitest';
import { unit } from '../../../tests/fixtures.ts';
import { RULE_SETS, ruleSetById } from '../../rules/rule-sets.ts';
import { simulate } from '../../scenario/simulate.ts';
import type { Operation } from '../../scenario/operations.ts';
import { BUILT_IN_TARGETS } from '../../scenario/targets.ts';
import { defaultSettings } from '../settings.ts';
import { basesSection, basisLines, proposalBases, sourceCell } from './bases.ts';

const units = [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  unit('S', 'T', { name: 'Sở Y tế', kind: 'department', civilServantQuota: 30, civilServantActual: 28 }),
  unit('B', 'S', { name: 'Bệnh viện A', kind: 'psu', publicEmployeeQuota: 100, publicEmployeeActual: 90 }),
];
const ruleSet = ruleSetById('nd120-150-2025')!;

function bases(operations: Operation[] = [], targets = BUILT_IN_TARGETS, extraBases?: string) {
  const simulation = simulate(units, operations, {
    baseYear: 2025,
    horizon: 2030,
    rules: { ruleSet, provinceClass: 'class2' },
    targets,
  });
  const settings = defaultSettings('Hậu Giang');
  return proposalBases({
    settings: extraBases === undefined ? settings : { ...settings, extraBases },
    ruleSet,
    simulation,
    operations,
  });
}

const exit = (payout?: Record<string, unknown>): Operation =>
  ({
    type: 'staffExit',
    year: 2026,
    unit: 'S',
    civilServants: 1,
    publicEmployees: 0,
    reason: 'resignation',
    ...(payout ? { payout: { salary: 10_000_000, ...payout } } : {}),
  }) as Operation;

describe('Căn cứ xây dựng Đề án', () => {
  it('cites each legal document in full form from the library, an amended decree with its amending ones, each once', () => {
    const { legal } = bases();
    expect(legal[0]).toBe('Luật Tổ chức chính quyền địa phương số 72/2025/QH15'); // the default line, from the library
    expect(legal).toContain(
      'Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập (được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP của Chính phủ và Nghị định số 283/2025/NĐ-CP ngày 31 tháng 10 năm 2025 của Chính phủ)',
    );
    expect(legal).toContain(
      'Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương',
    );
    // A target's government resolution and decree are legal bases.
    expect(legal).toContain(
      'Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập',
    );
    expect(legal.filter((l) => l.includes('120/2020/NĐ-CP'))).toHaveLength(1);
    expect(legal.filter((l) => l.includes('283/2025/NĐ-CP'))).toHaveLength(1);
  });

  it('puts Party documents apart as political bases and never cites a Steering Committee letter or plan', () => {
    const { political, legal } = bases();
    expect(political).toContain(
      'Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập',
    );
    expect(political).toContain('Kết luận số 40-KL/TW ngày 18 tháng 7 năm 2022 của Bộ Chính trị');
    expect(legal.join('\n')).not.toMatch(/\/TW|BCĐ/);
    // The 2025 target rests on a Steering Committee letter (35/CV-BCĐTKNQ18): it is judged, never cited.
    expect(BUILT_IN_TARGETS.some((t) => t.citation.includes('35/CV-BCĐTKNQ18'))).toBe(true);
    expect([...political, ...legal].join('\n')).not.toContain('BCĐ');
  });

  it('cites the payout decrees only when the plan pays someone', () => {
    const none = bases([exit()], []);
    expect(none.legal.join('\n')).not.toMatch(/178\/2024|01\/2025\/TT-BNV|154\/2025/);
    const paid = bases([{ ...exit({ policy: '178', monthsEarly: 150, siYears: 10 }), year: 2025 }], []);
    expect(paid.legal).toContain(
      'Nghị định số 178/2024/NĐ-CP ngày 31 tháng 12 năm 2024 của Chính phủ về chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị',
    );
    expect(
      paid.legal.some((l) =>
        l.startsWith('Thông tư số 01/2025/TT-BNV ngày 17 tháng 01 năm 2025 của Bộ Nội vụ hướng dẫn'),
      ),
    ).toBe(true);
  });

  it("keeps an officer's line the library does not hold as written", () => {
    expect(bases([], [], 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025').legal[0]).toBe(
      'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    );
  });

  it("writes an officer's line naming a known document in full form, and a Party document among them as political", () => {
    const { political, legal } = bases(
      [],
      [],
      'Căn cứ Nghị định 120/2020/NĐ-CP;\nNghị quyết 18-NQ/TW\nQuyết định số 5/QĐ-UBND của UBND tỉnh',
    );
    expect(legal[0]).toMatch(/^Nghị định số 120\/2020\/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về/);
    expect(political).toEqual(['Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng']);
    // Not in the library: kept as the officer wrote it.
    expect(legal[1]).toBe('Quyết định số 5/QĐ-UBND của UBND tỉnh');
    // Cited once, on the officer's line: the amending decrees the rules cite it with follow it there.
    expect(legal.filter((l) => l.startsWith('Nghị định số 120/2020/NĐ-CP'))).toHaveLength(1);
    expect(legal[0]).toContain(
      '(được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP của Chính phủ và Nghị định số 283/2025/NĐ-CP',
    );
    expect(legal.filter((l) => l.includes('283/2025/NĐ-CP'))).toHaveLength(1);
  });

  it('never cites a decree without its trích yếu on its own line: Decree 370/2025 only after Decree 150/2025, which it amends', () => {
    // The 2026 rule set names Decree 370/2025 on its own line among its bases.
    const set = ruleSetById('nd120-150-370-2026')!;
    expect(set.bases.some((b) => b.startsWith('Nghị định số 370/2025/NĐ-CP'))).toBe(true);
    const simulation = simulate(units, [], {
      baseYear: 2026,
      horizon: 2030,
      rules: { ruleSet: set, provinceClass: 'class2' },
      targets: [],
    });
    const { legal } = proposalBases({
      settings: defaultSettings('Hậu Giang'),
      ruleSet: set,
      simulation,
      operations: [],
    });
    expect(legal.filter((l) => l.includes('370/2025/NĐ-CP'))).toEqual([
      'Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương (được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ)',
    ]);
    // Cited alone by an officer's line, it is written the same way.
    expect(bases([], [], 'Nghị định số 370/2025/NĐ-CP').legal[0]).toMatch(
      /^Nghị định số 150\/2025\/NĐ-CP ngày 12 tháng 6 năm 2025 .* \(được sửa đổi, bổ sung bởi Nghị định số 370\/2025\/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ\)$/,
    );
  });

  it('never cites Resolution 08/NQ-CP (its date unverified: the number alone names no one resolution) and names it to verify', () => {
    // The Resolution 19 targets cite it.
    expect(BUILT_IN_TARGETS.some((t) => t.citation.includes('08/NQ-CP'))).toBe(true);
    const b = bases();
    expect([...b.legal, ...b.political].join('\n')).not.toContain('08/NQ-CP');
    expect(b.toVerify).toEqual(['Nghị quyết 08/NQ-CP']);
    const section = basesSection(b, (t) => ({ kind: 'heading', text: t }));
    expect(section.at(-1)).toEqual({
      kind: 'para',
      text: 'Cần xác minh (chưa đối chiếu được ngày ban hành, không dẫn làm căn cứ): Nghị quyết 08/NQ-CP.',
    });
    expect(basisLines(b).join('\n')).not.toContain('08/NQ-CP');
    // An officer's own line giving the resolution with its date is theirs, kept as written.
    expect(bases([], [], 'Nghị quyết số 08/NQ-CP ngày 24/01/2018 của Chính phủ').legal[0]).toBe(
      'Nghị quyết số 08/NQ-CP ngày 24/01/2018 của Chính phủ',
    );
  });

  it('states them as lines ("Căn cứ …;", "Thực hiện …;", the last ".") and as the đề án\'s numbered headings', () => {
    const b = {
      political: ['Nghị quyết số 19-NQ/TW'],
      legal: ['Nghị định số 120/2020/NĐ-CP', 'Nghị định số 60/2021/NĐ-CP'],
    };
    expect(basisLines(b)).toEqual([
      'Căn cứ Nghị định số 120/2020/NĐ-CP;',
      'Căn cứ Nghị định số 60/2021/NĐ-CP;',
      'Thực hiện Nghị quyết số 19-NQ/TW.',
    ]);
    let k = 2;
    expect(basesSection(b, (t) => ({ kind: 'heading', text: `${k++}. ${t}` }))).toEqual([
      { kind: 'heading', text: '2. Căn cứ chính trị' },
      { kind: 'para', text: '- Nghị quyết số 19-NQ/TW.' },
      { kind: 'heading', text: '3. Căn cứ pháp lý' },
      { kind: 'para', text: '- Nghị định số 120/2020/NĐ-CP;' },
      { kind: 'para', text: '- Nghị định số 60/2021/NĐ-CP.' },
    ]);
  });

  it('every rule set cites only documents of the library in its bases', () => {
    for (const set of RULE_SETS) {
      const simulation = simulate(units, [], {
        baseYear: 2025,
        horizon: 2025,
        rules: { ruleSet: set, provinceClass: 'class2' },
        targets: [],
      });
      const { legal } = proposalBases({
        settings: { ...defaultSettings('Hậu Giang'), extraBases: '' },
        ruleSet: set,
        simulation,
        operations: [],
      });
      expect(legal.length).toBeGreaterThan(0);
      for (const l of legal) expect(l).toMatch(/^Nghị (định|quyết) số /);
    }
  });

  it('says a finding resting on a Steering Committee plan rests on no legal basis, and leaves a legal citation as it is', () => {
    const plan130 = ruleSetById('nd120-150-370-2026')!.parameters.provincialProjectBoards!.citation;
    expect(sourceCell(plan130)).toBe(`Văn bản chỉ đạo, không phải căn cứ pháp lý: ${plan130}`);
    expect(sourceCell('Nghị định 120/2020/NĐ-CP, Điều 5')).toBe('Nghị định 120/2020/NĐ-CP, Điều 5');
  });
});
