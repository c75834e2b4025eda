/** What a scenario is measured by, each year, over the units that exist at the end of that year. */
import type { Unit } from '../model/unit.ts';
import { autonomyCounts, type AutonomyCounts, type UnitAutonomy } from './autonomy.ts';

export interface YearMetrics extends AutonomyCounts {
  units: number;
  /** People's committees, departments, sub-departments, divisions. */
  agencies: number;
  psus: number;
  civilServantQuota: number;
  civilServantActual: number;
  publicEmployeeQuota: number;
  publicEmployeeActual: number;
  deputies: number;
  /** Of the civil servants, those of commune-level units (cán bộ, công chức cấp xã). */
  communeCivilServantQuota: number;
  communeCivilServantActual: number;
}

/** Every metric, in the order tables list them. */
export const METRIC_KEYS = [
  'units',
  'agencies',
  'psus',
  'civilServantQuota',
  'civilServantActual',
  'publicEmployeeQuota',
  'publicEmployeeActual',
  'deputies',
  'communeCivilServantQuota',
  'communeCivilServantActual',
  'autonomyGroup1',
  'autonomyGroup2',
  'autonomyGroup3',
  'autonomyGroup4',
  'autonomyUnknown',
  'autonomyGroups12',
] as const satisfies ReadonlyArray<keyof YearMetrics>;
// Every key of YearMetrics is listed (a compile error otherwise).
const _allListed: Record<keyof YearMetrics, true> = Object.fromEntries(METRIC_KEYS.map((k) => [k, true])) as Record<
  (typeof METRIC_KEYS)[number],
  true
>;
void _allListed;

const AGENCY_KINDS = new Set(['people_committee', 'department', 'sub_department', 'division']);

export function metricsOf(units: readonly Unit[], figures: ReadonlyMap<string, UnitAutonomy> = new Map()): YearMetrics {
  const psus = units.filter((u) => u.kind === 'psu').map((u) => u.code);
  const m: YearMetrics = {
    ...autonomyCounts(psus, figures),
    units: 0,
    agencies: 0,
    psus: 0,
    civilServantQuota: 0,
    civilServantActual: 0,
    publicEmployeeQuota: 0,
    publicEmployeeActual: 0,
    deputies: 0,
    communeCivilServantQuota: 0,
    communeCivilServantActual: 0,
  };
  for (const u of units) addUnitMetrics(m, u, 1);
  return m;
}

type UnitCounts = Omit<YearMetrics, keyof AutonomyCounts>;
/** Adds one unit to the counts (sign 1) or takes it out (-1). */
export function addUnitMetrics(m: UnitCounts, u: Unit, sign: 1 | -1): void {
  m.units += sign;
  if (AGENCY_KINDS.has(u.kind)) m.agencies += sign;
  if (u.kind === 'psu') m.psus += sign;
  m.civilServantQuota += sign * u.civilServantQuota;
  m.civilServantActual += sign * u.civilServantActual;
  m.publicEmployeeQuota += sign * u.publicEmployeeQuota;
  m.publicEmployeeActual += sign * u.publicEmployeeActual;
  m.deputies += sign * u.deputies;
  if (u.level === 'commune') {
    m.communeCivilServantQuota += sign * u.civilServantQuota;
    m.communeCivilServantActual += sign * u.civilServantActual;
  }
}

/** Metrics of several sets of units put together (a merged province). */
export function addMetrics(first: YearMetrics, ...more: YearMetrics[]): YearMetrics {
  if (more.length === 0) return first;
  return Object.fromEntries(
    METRIC_KEYS.map((k) => [k, more.reduce((s, m) => s + m[k], first[k])]),
  ) as unknown as YearMetrics;
}
