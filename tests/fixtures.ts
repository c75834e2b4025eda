import type { Unit } from '../shared/model/unit.ts';
import type { Position } from '../shared/positions/model.ts';

/** A unit with zero counts unless given; for small hand-made trees in tests. */
export function unit(code: string, parentCode: string | null, fields: Partial<Unit> = {}): Unit {
  return {
    code,
    name: `Đơn vị ${code}`,
    parentCode,
    kind: 'other',
    level: 'province',
    sector: 'other',
    civilServantQuota: 0,
    civilServantActual: 0,
    publicEmployeeQuota: 0,
    publicEmployeeActual: 0,
    selfFundedEmployees: 0,
    contractWorkers: 0,
    deputies: 0,
    ...fields,
  };
}

/** A job position counted in the quota, nobody in it unless said (shared/positions tests). */
export const position = (
  unitCode: string,
  name: string,
  cls: Position['class'],
  needed: number,
  fields: Partial<Position> = {},
): Position => ({
  unitCode,
  name,
  class: cls,
  rank: '',
  level: null,
  staffing: 'quota',
  staffingDefaulted: false,
  needed,
  present: 0,
  ...fields,
});
