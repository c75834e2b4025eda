import { describe, expect, it } from 'vitest';
import { LEGAL_DOCUMENTS, citedIds, fullCitation, legalDocument } from './citations.ts';
import { RULE_SETS } from '../rules/rule-sets.ts';
import { BUILT_IN_TARGET_SETS } from '../scenario/targets.ts';
import { PAYOUT_POLICIES } from '../payouts/policies.ts';

/** Every string held under a key starting with "citation" (or a rule set's `bases`), however deep. */
function citations(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key.startsWith('citation') || key === 'bases' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => citations(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => citations(v, key.startsWith('citation') ? key : k));
  return [];
}

describe('the citation library', () => {
  it('holds every document the rule sets, targets and payout policies cite', () => {
    const cited = [RULE_SETS, BUILT_IN_TARGET_SETS, PAYOUT_POLICIES].flatMap((x) => citations(x));
    expect(cited.length).toBeGreaterThan(50);
    const ids = [...new Set(cited.flatMap(citedIds))];
    expect(ids).toContain('120/2020/NĐ-CP');
    expect(ids).toContain('19-NQ/TW');
    expect(ids).toContain('01/2025/TT-BNV');
    expect(ids.filter((id) => !legalDocument(id))).toEqual([]);
  });

  it('reads document numbers with and without their symbol, and no dates or articles', () => {
    expect(
      citedIds(
        'Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 (sửa đổi bởi Nghị định 83/2024/NĐ-CP); Nghị định 45/2025, Điều 6 khoản 2; Kết luận 40-KL/TW; Công văn 35/CV-BCĐTKNQ18 (2025)',
      ),
    ).toEqual(['120/2020/NĐ-CP', '83/2024/NĐ-CP', '40-KL/TW', '35/CV-BCĐTKNQ18', '45/2025/NĐ-CP']);
  });

  it('writes a document in full form, leaving out what is not verified', () => {
    expect(fullCitation(legalDocument('120/2020/NĐ-CP')!)).toBe(
      'Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập',
    );
    expect(fullCitation(legalDocument('45/2025/NĐ-CP')!)).toBe(
      'Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ',
    );
    expect(fullCitation(legalDocument('72/2025/QH15')!)).toBe('Luật Tổ chức chính quyền địa phương số 72/2025/QH15');
  });

  it('marks every field it leaves out, classes Party documents as political and Steering Committee documents as no basis', () => {
    for (const d of LEGAL_DOCUMENTS) {
      const missing = (['date', 'issuer', 'summary'] as const).filter(
        (f) => d[f] === null && !(f === 'summary' && d.name),
      );
      expect([d.id, missing]).toEqual([d.id, d.unverified ?? []]);
      if (/\/TW$/.test(d.id)) expect([d.id, d.basis]).toEqual([d.id, 'political']);
      if (/BCĐ/.test(d.id)) expect([d.id, d.basis]).toEqual([d.id, 'none']);
      expect(d.confidence).not.toBe('M');
    }
  });
});
