import { describe, expect, it } from 'vitest';
import type { DeputiesBeside, MetricsPositionsYear, QuotaBesideWorkforce } from '../positions/quota-beside.ts';
import { metricsCell, metricsRowId, metricsRowLabel, metricsRows, SCENARIO_METRICS } from './metrics-rows.ts';
import type { SimulatedYear } from '../scenario/compare.ts';

const side = (fields: Partial<QuotaBesideWorkforce>): QuotaBesideWorkforce => ({
  year: 2026,
  assigned: 0,
  units: 0,
  withPositions: 0,
  coveredAssigned: 0,
  justified: 0,
  above: 0,
  aboveUnits: 0,
  below: 0,
  belowUnits: 0,
  contract: 0,
  defaulted: 0,
  ...fields,
});
const noDeputies: DeputiesBeside = { units: 0, withHead: 0, planned: 0, recorded: 0 };
const year = (
  cs: Partial<QuotaBesideWorkforce> | null,
  pe: Partial<QuotaBesideWorkforce> = {},
  deputies: DeputiesBeside = noDeputies,
) =>
  ({
    year: 2026,
    civilServantQuota: 32,
    deputies: 9,
    ...(cs ? { positions: { civilServants: side(cs), publicEmployees: side(pe), deputies } } : {}),
  }) as unknown as SimulatedYear & { positions?: MetricsPositionsYear };

const keys = (rows: ReturnType<typeof metricsRows>) => rows.map(metricsRowId);
/** The metrics shown when every payout is computed (the row of people not costed only when there are some). */
const METRICS = SCENARIO_METRICS.filter((m) => m !== 'payoutUncosted');

describe('metricsRows: the Chỉ số table with the job positions under each quota', () => {
  it('is the metrics alone when the plan has no positions (no empty rows)', () => {
    expect(keys(metricsRows([year(null), year(null)]))).toEqual(METRICS);
    // Positions only for another workforce: no rows for this one.
    expect(keys(metricsRows([year({ units: 2, withPositions: 0 })]))).toEqual(METRICS);
  });

  it('puts the positions rows right under the quota they stand beside, the covered units’ own quota only when not all are covered', () => {
    const all = keys(metricsRows([year({ units: 2, withPositions: 2 })]));
    const at = all.indexOf('civilServantQuota');
    expect(all.slice(at, at + 6)).toEqual([
      'civilServantQuota',
      'civil-servant-coverage',
      'civil-servant-justified',
      'civil-servant-gap',
      'civil-servant-contract',
      'civilServantActual',
    ]);
    const partial = keys(metricsRows([year({ units: 2, withPositions: 2 }), year({ units: 3, withPositions: 2 })]));
    expect(partial.slice(at, at + 7)).toEqual([
      'civilServantQuota',
      'civil-servant-coverage',
      'civil-servant-justified',
      'civil-servant-coveredAssigned',
      'civil-servant-gap',
      'civil-servant-contract',
      'civilServantActual',
    ]);
    expect(partial).not.toContain('public-employee-justified');
    expect(partial).not.toContain('civil-servant-defaulted');
    // Staffings taken from the class default: their count said, to verify.
    const defaulted = metricsRows([year({ units: 2, withPositions: 2, defaulted: 3 })]);
    expect(keys(defaulted).slice(at, at + 7)).toEqual([
      'civilServantQuota',
      'civil-servant-coverage',
      'civil-servant-justified',
      'civil-servant-gap',
      'civil-servant-contract',
      'civil-servant-defaulted',
      'civilServantActual',
    ]);
    expect(metricsCell(defaulted[at + 5]!, year({ units: 2, withPositions: 2, defaulted: 3 }))).toBe(3);
  });

  it('gives each cell: the coverage as n/N, the difference as the covered units’ quota minus what their positions justify', () => {
    const y = year({ units: 3, withPositions: 2, coveredAssigned: 12, justified: 10, contract: 2 });
    const rows = metricsRows([y]);
    const cell = (k: string) =>
      metricsCell(
        rows.find((r) => metricsRowId(r) === k)!,
        y,
      );
    expect(
      ['coverage', 'justified', 'coveredAssigned', 'gap', 'contract'].map((k) => cell(`civil-servant-${k}`)),
    ).toEqual(['2/3', 10, 12, 2, 2]);
    expect(metricsCell({ kind: 'metric', metric: 'civilServantQuota' }, y)).toBe(32);
    expect(metricsRowLabel('vi', { kind: 'positions', row: 'coverage', workforce: 'public-employee' })).toBe(
      'Đơn vị có vị trí việc làm / đơn vị có số người làm việc',
    );
  });

  it('puts under the deputies those the leadership positions plan, only when some unit’s positions name its head', () => {
    expect(keys(metricsRows([year({ units: 2, withPositions: 1 })]))).not.toContain('deputies-planned');
    const y = year({ units: 2, withPositions: 1 }, {}, { units: 5, withHead: 1, planned: 3, recorded: 2 });
    const rows = metricsRows([y]);
    const all = keys(rows);
    const at = all.indexOf('deputies');
    expect(all.slice(at, at + 4)).toEqual(['deputies', 'deputies-coverage', 'deputies-planned', 'deputies-recorded']);
    expect(rows.slice(at, at + 4).map((r) => metricsCell(r, y))).toEqual([9, '1/5', 3, 2]);
  });
});

describe('metricsRows: the people whose payout could not be computed', () => {
  it('get their row right under the cost only when some year has any', () => {
    const withUncosted = { ...year(null), payoutUncosted: 2 };
    const all = keys(metricsRows([year(null), withUncosted]));
    expect(all.indexOf('payoutUncosted')).toBe(all.indexOf('payoutCost') + 1);
    expect(keys(metricsRows([year(null)]))).not.toContain('payoutUncosted');
  });
});
