import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { annexedRoots, annexedUnits, sameNameMergeOperation, sameNameMerges, suggestedPrefix } from './annex.ts';
import { OperationSchema } from './operations.ts';

const home = [
  unit('CT', null, { kind: 'people_committee', name: 'UBND thành phố Cần Thơ' }),
  unit('CT.STC', 'CT', { kind: 'department', name: 'Sở Tài chính' }),
  unit('CT.SYT', 'CT', { kind: 'department', name: 'Sở Y tế' }),
  unit('CT.SXD', 'CT', { kind: 'department', name: 'Sở Xây dựng' }),
  unit('CT.TC', 'CT.SYT', { kind: 'psu', name: 'Trung tâm Tài chính' }),
];
const other = [
  unit('ST', null, { kind: 'people_committee', name: 'UBND tỉnh Sóc Trăng' }),
  unit('ST.STC', 'ST', { kind: 'department', name: 'SỞ TÀI CHÍNH' }),
  unit('ST.SYT', 'ST', { kind: 'department', name: '  Sở   y tế ' }),
  unit('ST.SNV', 'ST', { kind: 'department', name: 'Sở Nội vụ' }),
  unit('ST.SXD', 'ST', { kind: 'department', name: 'Sở Xây dựng và Giao thông' }),
  // Not a department: never proposed, even with a department's name.
  unit('ST.TC', 'ST.SYT', { kind: 'psu', name: 'Sở Xây dựng' }),
];

describe('provincial merger', () => {
  it('prefixes every code of the annexed units and puts their roots under the chosen parent', () => {
    const op = { units: other, parentCode: 'CT', codePrefix: 'ST-' };
    expect(annexedUnits(op).map((u) => `${u.code}<${u.parentCode}`)).toEqual(['ST-ST<CT', 'ST-ST.STC<ST-ST', 'ST-ST.SYT<ST-ST', 'ST-ST.SNV<ST-ST', 'ST-ST.SXD<ST-ST', 'ST-ST.TC<ST-ST.SYT']);
    expect(annexedRoots({ units: other, parentCode: null }).map((u) => u.code)).toEqual(['ST']);
  });

  it('pairs departments whose names match ignoring case, accents and spacing, each into the home one', () => {
    const merges = sameNameMerges(home, annexedUnits({ units: other, parentCode: null, codePrefix: 'ST-' }));
    expect(merges).toEqual([
      { home: 'CT.STC', homeName: 'Sở Tài chính', annexed: 'ST-ST.STC', annexedName: 'SỞ TÀI CHÍNH' },
      { home: 'CT.SYT', homeName: 'Sở Y tế', annexed: 'ST-ST.SYT', annexedName: '  Sở   y tế ' },
    ]);
    expect(sameNameMerges(home, [unit('X', null, { kind: 'department', name: 'So Tai Chinh' })]).map((m) => m.home)).toEqual(['CT.STC']);
    expect(sameNameMerges(home, [])).toEqual([]);
    const op = sameNameMergeOperation(merges[0]!, 2025);
    expect(op).toEqual({ type: 'merge', year: 2025, units: ['CT.STC', 'ST-ST.STC'], into: 'CT.STC' });
    expect(OperationSchema.parse(op)).toEqual(op);
  });

  it('suggests a code prefix from the province name', () => {
    expect(['Sóc Trăng', 'Hậu Giang', ' đắk  lắk ', ''].map(suggestedPrefix)).toEqual(['ST-', 'HG-', 'DL-', '']);
  });
});
