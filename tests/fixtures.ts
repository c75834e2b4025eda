import type { Unit } from '../shared/model/unit.ts';

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
