/**
 * Illustrative sector-norm figures for a few of the samples' schools and commune health stations
 * (issue 21: the first three of each kind), so the Định mức box and `quota-vs-norm` show something
 * on a sample without burying its findings under one note per school: a school gets the fewest
 * classes (pupils at region 2's class size) whose teachers' maximum covers four fifths of its quota
 * (the rest being managers and staff, so its whole quota may stand above the teachers-only norm: a
 * note, as for a real school); a health station a population of 4.500–7.499 (vùng I), whose minimum
 * of 5 its quota meets. Chosen by the norm itself (shared/positions/norms.ts). Region 2 and vùng I
 * are assumptions for the illustration. Not real data.
 */
import type { Unit } from '../model/unit.ts';
import { normOf, quotaOf, type NormInputs } from '../positions/norm-inputs.ts';

type Candidate = (step: number) => NormInputs;

const SCHOOLS: Array<[prefix: string, make: Candidate]> = [
  ['Trường Mầm non', (k) => ({ sector: 'preschool', nurseryGroups: Math.floor(k / 4), kindergartenClasses: k })],
  ['Trường Tiểu học', (k) => ({ sector: 'school', level: 'primary', region: 2, classes: k, pupils: k * 30 })],
  ['Trường THCS', (k) => ({ sector: 'school', level: 'lower-secondary', region: 2, classes: k, pupils: k * 40 })],
  ['Trường THPT', (k) => ({ sector: 'school', level: 'upper-secondary', region: 2, classes: k, pupils: k * 40 })],
];

/** The fewest classes whose teachers' maximum covers four fifths of the quota (null past 80 classes). */
function fitting(quota: number, make: Candidate): NormInputs | null {
  const teachers = Math.round(quota * 0.8);
  for (let k = 1; k <= 80; k++) {
    const inputs = make(k);
    if ((normOf(inputs).norm?.high ?? 0) >= teachers) return inputs;
  }
  return null;
}

const station = (i: number): NormInputs => ({
  sector: 'commune-health-station',
  region: 'I',
  population: 4500 + ((i * 731) % 3000),
});

/** How many units of each kind (by name) get figures. */
export const PER_KIND = 3;

/** The samples' norm figures by unit code (the first public service units named as each kind of school or a station). */
export function sampleNormFigures(units: readonly Unit[]): Map<string, NormInputs> {
  const out = new Map<string, NormInputs>();
  const given = new Map<string, number>();
  units.forEach((u, i) => {
    if (u.kind !== 'psu' && u.kind !== 'other') return;
    const prefix = [...SCHOOLS.map(([p]) => p), 'Trạm Y tế'].find((p) => u.name.startsWith(p));
    if (!prefix || (given.get(prefix) ?? 0) >= PER_KIND) return;
    const make = SCHOOLS.find(([p]) => p === prefix)?.[1];
    const inputs = make ? fitting(quotaOf(u), make) : station(i);
    if (!inputs) return;
    out.set(u.code, inputs);
    given.set(prefix, (given.get(prefix) ?? 0) + 1);
  });
  return out;
}
