import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { diffUnits } from './diff.ts';

describe('diffUnits', () => {
  it('lists removed, changed (field by field) and added units, and nothing for units left alone', () => {
    const before = [
      unit('T', null),
      unit('A', 'T', { publicEmployeeQuota: 20, deputies: 1 }),
      unit('B', 'T', { publicEmployeeQuota: 10 }),
      unit('C', 'T'),
    ];
    const after = [
      unit('T', null),
      unit('A', 'T', { publicEmployeeQuota: 30, deputies: 2 }),
      unit('C', 'A'),
      unit('N', 'T', { civilServantQuota: 4 }),
    ];
    expect(diffUnits(before, after)).toEqual([
      {
        code: 'A',
        name: 'Đơn vị A',
        status: 'changed',
        fields: [
          { field: 'publicEmployeeQuota', before: 20, after: 30 },
          { field: 'deputies', before: 1, after: 2 },
        ],
      },
      { code: 'B', name: 'Đơn vị B', status: 'removed', fields: [] },
      { code: 'C', name: 'Đơn vị C', status: 'changed', fields: [{ field: 'parentCode', before: 'T', after: 'A' }] },
      {
        code: 'N',
        name: 'Đơn vị N',
        status: 'added',
        fields: [{ field: 'civilServantQuota', before: null, after: 4 }],
      },
    ]);
  });
});
