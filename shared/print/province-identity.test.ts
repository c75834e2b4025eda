/** A plan's setProvince in the printed proposal: headers, title and place name the province as the plan does on the document's date. */
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { RULE_SETS } from '../rules/rule-sets.ts';
import { simulate } from '../scenario/simulate.ts';
import { OperationSchema } from '../scenario/operations.ts';
import { provinceOn } from '../scenario/operations/set-province.ts';
import { buildProposal } from './proposal.ts';
import { defaultSettings, provincePlace, provinceTitle } from './settings.ts';

const ops = [
  { type: 'setProvince', date: '2025-07-01', name: 'thành phố Cần Thơ', class: 'special', shortName: 'Cần Thơ' },
  { type: 'setProvince', year: 2027, name: 'thành phố Cần Thơ mới' },
].map((o) => OperationSchema.parse(o));

describe('the province as a plan names it, in print', () => {
  it('is the workspace’s own before the plan’s setProvince, the plan’s from its date on (class kept by a later one)', () => {
    const own = { name: 'Hậu Giang' };
    expect(provinceOn(ops, '2025-06-30', own)).toEqual(own);
    expect(provinceOn(ops, '2025-07-01', own)).toEqual({
      name: 'thành phố Cần Thơ',
      class: 'special',
      shortName: 'Cần Thơ',
    });
    expect(provinceOn(ops, '2027-01-01', own)).toEqual({ name: 'thành phố Cần Thơ mới', class: 'special' });
  });

  it('heads the document with it: "UBND THÀNH PHỐ CẦN THƠ", Kính gửi and place follow; a plain name stays "tỉnh …"', () => {
    expect(defaultSettings('thành phố Cần Thơ', 'Cần Thơ')).toMatchObject({
      parentBody: 'UBND THÀNH PHỐ CẦN THƠ',
      place: 'Cần Thơ',
      recipient: 'Ủy ban nhân dân thành phố Cần Thơ',
      recipients: 'Ủy ban nhân dân thành phố\nCác sở, ban, ngành thành phố',
    });
    expect(defaultSettings('Hậu Giang')).toMatchObject({
      parentBody: 'UBND TỈNH HẬU GIANG',
      place: 'Hậu Giang',
      recipient: 'Ủy ban nhân dân tỉnh Hậu Giang',
      recipients: 'Ủy ban nhân dân tỉnh\nCác sở, ban, ngành tỉnh',
    });
    expect([provinceTitle('Tỉnh Sóc Trăng'), provincePlace('thành phố Cần Thơ')]).toEqual([
      'Tỉnh Sóc Trăng',
      'Cần Thơ',
    ]);
  });

  it('titles the proposal with the province of the document’s date, and says each setProvince with its day', () => {
    const units = [unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' })];
    const simulation = simulate(units, ops, {
      baseYear: 2025,
      horizon: 2027,
      rules: { ruleSet: RULE_SETS[0]!, provinceClass: 'class2' },
      targets: [],
    });
    const doc = buildProposal({
      type: 'de-an',
      settings: defaultSettings('thành phố Cần Thơ', 'Cần Thơ'),
      today: '2026-01-05',
      scenarioName: 'PA 1',
      provinceName: 'Hậu Giang',
      documentProvince: 'thành phố Cần Thơ',
      baseline: units,
      operations: ops,
      simulation,
      ruleSet: RULE_SETS[0]!,
    });
    expect(doc.title).toBe('Sắp xếp tổ chức bộ máy, tinh giản biên chế thành phố Cần Thơ giai đoạn 2025–2027');
    expect(doc.header.parentBody).toBe('UBND THÀNH PHỐ CẦN THƠ');
    expect(JSON.stringify(doc.body)).toContain('01/07/2025: tỉnh (thành phố) mang tên \\"thành phố Cần Thơ\\"');
  });
});
