import { describe, expect, it } from 'vitest';
import { UnitPatchSchema, UnitSchema } from './unit.ts';
import { issuesFromZod } from '../errors.ts';
import { translate } from '../i18n/index.ts';

const valid = {
  code: 'HG.SYT',
  name: 'Sở Y tế',
  parentCode: 'HG',
  kind: 'department',
  level: 'province',
  sector: 'health',
  civilServantQuota: 40,
  civilServantActual: 38,
  publicEmployeeQuota: 0,
  publicEmployeeActual: 0,
  selfFundedEmployees: 0,
  contractWorkers: 2,
  deputies: 3,
};

function patchIssues(patch: unknown) {
  const r = UnitPatchSchema.safeParse(patch);
  return r.success ? [] : issuesFromZod(r.error).map((i) => [i.field, translate('vi', i.key, i.params)]);
}

describe('unit schema', () => {
  it('accepts a valid unit', () => {
    expect(UnitSchema.parse(valid)).toEqual(valid);
  });

  it('refuses negative, non-integer and non-numeric counts with Vietnamese messages at the field', () => {
    expect(patchIssues({ deputies: -1 })).toEqual([['deputies', 'Không được là số âm.']]);
    expect(patchIssues({ civilServantQuota: 2.5 })).toEqual([
      ['civilServantQuota', 'Phải là số nguyên (không có phần thập phân).'],
    ]);
    expect(patchIssues({ contractWorkers: '12,5' })).toEqual([
      ['contractWorkers', 'Phải nhập một số nguyên không âm.'],
    ]);
    expect(patchIssues({ contractWorkers: '12,000' })).toEqual([
      ['contractWorkers', 'Phải nhập một số nguyên không âm.'],
    ]);
    expect(patchIssues({ contractWorkers: 'mười' })).toEqual([
      ['contractWorkers', 'Phải nhập một số nguyên không âm.'],
    ]);
    expect(patchIssues({ contractWorkers: '' })).toEqual([['contractWorkers', 'Phải nhập một số nguyên không âm.']]);
    expect(patchIssues({ contractWorkers: null })).toEqual([['contractWorkers', 'Phải nhập một số nguyên không âm.']]);
  });

  it('reads Vietnamese-formatted numbers', () => {
    expect(UnitPatchSchema.parse({ publicEmployeeQuota: '1.234' })).toEqual({ publicEmployeeQuota: 1234 });
  });

  it('refuses an empty name and a malformed code', () => {
    expect(patchIssues({ name: '   ' })).toEqual([['name', 'Tên đơn vị không được để trống.']]);
    expect(patchIssues({ code: '' })[0]).toEqual(['code', 'Mã đơn vị không được để trống.']);
    expect(patchIssues({ code: 'HG SYT' })).toEqual([
      ['code', 'Mã đơn vị chỉ gồm chữ, số và các dấu . _ - / (không có khoảng trắng).'],
    ]);
  });

  it('normalises names (NFC, single spaces) and trims codes', () => {
    const nfd = 'Sở Y tế'.normalize('NFD');
    expect(UnitPatchSchema.parse({ name: `  ${nfd}   mới `, code: ' HG.SYT2 ' })).toEqual({
      name: 'Sở Y tế mới',
      code: 'HG.SYT2',
    });
  });

  it('refuses unknown fields and parent changes in a patch', () => {
    expect(patchIssues({ parentCode: 'X' })[0]?.[1]).toContain('parentCode');
    expect(patchIssues({ colour: 'red' })[0]?.[1]).toContain('colour');
  });

  it('refuses unknown kinds, levels and sectors', () => {
    expect(patchIssues({ kind: 'ministry' })).toEqual([['kind', 'Loại hình không hợp lệ.']]);
    expect(patchIssues({ level: 'ward' })).toEqual([['level', 'Cấp không hợp lệ.']]);
    expect(patchIssues({ sector: 'space' })).toEqual([['sector', 'Lĩnh vực không hợp lệ.']]);
  });
});
