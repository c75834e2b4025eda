import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.ts';
import {
  HEALTH_STATION_NORMS,
  PRESCHOOL_NORMS,
  SCHOOL_NORMS,
  healthStationNorm,
  normFinding,
  preschoolNorm,
  schoolNorm,
  unitNorm,
  type NormOutcome,
  type NormResult,
} from './norms.ts';

const ok = (o: NormOutcome): NormResult => {
  if (!o.ok) throw new Error(o.key);
  return o.norm;
};
const range = (o: NormOutcome) => [ok(o).low, ok(o).high];

describe('norms as data', () => {
  it('cites each value to its article and point, and says the 2026 status was not checked', () => {
    expect(PRESCHOOL_NORMS.nurseryGroup).toMatchObject({ value: 2.5, confidence: 'C' });
    expect(PRESCHOOL_NORMS.kindergartenClass.citation).toMatch(
      /^Thông tư 19\/2023\/TT-BGDĐT, Điều 5 khoản 1 điểm b .*hiệu lực năm 2026 chưa kiểm tra/,
    );
    expect(SCHOOL_NORMS.classSize[1].value).toEqual({ primary: 25, secondary: 35 });
    expect(SCHOOL_NORMS.classSize[3].value).toEqual({ primary: 35, secondary: 45 });
    expect(SCHOOL_NORMS['lower-secondary'].perClass).toMatchObject({ value: 1.9, confidence: 'C' });
    expect(SCHOOL_NORMS['upper-secondary'].specialisedClass.value).toBe(3.1);
    expect(HEALTH_STATION_NORMS.base).toMatchObject({ value: 5, confidence: 'C' });
    expect(HEALTH_STATION_NORMS.region.III).toMatchObject({ value: 1.3, confidence: 'M' });
    expect(HEALTH_STATION_NORMS.population.I.confidence).toBe('M');
  });
});

describe('pre-school teachers (Circular 19/2023)', () => {
  it('counts 2,5 per group, 2,2 per class, 2,0 at a single-group site, and is partial (leftover children)', () => {
    const n = ok(preschoolNorm({ nurseryGroups: 4, kindergartenClasses: 6, singleSiteClasses: 1 }));
    expect(n).toMatchObject({ low: 23, high: 23, bound: 'max', covers: 'teachers', partial: true, confidence: 'C' });
  });

  it('adds a teacher per 6/8/10/11/14/16 leftover children of each age band (point c, M: how bands add up is not stated)', () => {
    const n = ok(
      preschoolNorm({
        nurseryGroups: 4,
        kindergartenClasses: 6,
        singleSiteClasses: 1,
        leftoverChildren: { '3-12m': 6, '4-5y': 13, '5-6y': 32 },
      }),
    );
    expect(n).toMatchObject({ low: 26, high: 26, partial: false, confidence: 'M' });
    // Nothing added, yet the reading is still cited and weighed.
    expect(
      ok(preschoolNorm({ nurseryGroups: 1, kindergartenClasses: 0, leftoverChildren: { '3-12m': 5 } })),
    ).toMatchObject({ low: 2.5, confidence: 'M', partial: false });
    expect(PRESCHOOL_NORMS.leftoverChildren.citation).toContain('Điều 5 khoản 1 điểm c');
  });

  it('refuses figures that do not add up', () => {
    expect(
      preschoolNorm({ nurseryGroups: 1, kindergartenClasses: 0, leftoverChildren: { '7-8y': 3 } as never }),
    ).toEqual({ ok: false, key: 'err.normFigures' });
    expect(preschoolNorm({ nurseryGroups: 1, kindergartenClasses: 0, leftoverChildren: { '3-4y': -3 } })).toEqual({
      ok: false,
      key: 'err.normFigures',
    });
    expect(preschoolNorm({ nurseryGroups: 1, kindergartenClasses: 0, singleSiteGroups: 2 })).toEqual({
      ok: false,
      key: 'err.normFigures',
    });
    expect(preschoolNorm({ nurseryGroups: -1, kindergartenClasses: 0 })).toEqual({ ok: false, key: 'err.normFigures' });
  });
});

describe('general-education teachers (Circular 20/2023)', () => {
  it('primary: classes at the region size, 1,5 or 1,2 per class, one per 12/15/17 leftover pupils, plus the Đội leader', () => {
    expect(range(schoolNorm({ level: 'primary', region: 3, pupils: 700 }))).toEqual([31, 31]);
    expect(range(schoolNorm({ level: 'primary', region: 3, pupils: 700, oneSessionClasses: 2 }))).toEqual([30.4, 30.4]);
    expect(range(schoolNorm({ level: 'primary', region: 3, pupils: 716 }))).toEqual([31, 31]);
    expect(range(schoolNorm({ level: 'primary', region: 3, pupils: 717 }))).toEqual([32, 32]);
    expect(range(schoolNorm({ level: 'primary', region: 1, pupils: 262 }))).toEqual([17, 17]);
  });

  it('lower secondary: 1,9 per class (2,2 boarding), one per 17/20/22 leftover pupils, plus the Đội leader', () => {
    expect(range(schoolNorm({ level: 'lower-secondary', region: 2, pupils: 822 }))).toEqual([40, 40]);
    expect(ok(schoolNorm({ level: 'lower-secondary', region: 2, classes: 10, boarding: true }))).toMatchObject({
      low: 23,
      partial: true,
    });
    // A boarding school's class size is its own regulation's, not among the sources.
    expect(schoolNorm({ level: 'lower-secondary', region: 2, pupils: 400, boarding: true })).toEqual({
      ok: false,
      key: 'err.normClassSize',
    });
    expect(
      range(schoolNorm({ level: 'lower-secondary', region: 2, pupils: 400, boarding: true, classSize: 25 })),
    ).toEqual([36.2, 36.2]);
  });

  it('upper secondary: 2,25 per class, 3,1 per chuyên class, no Đội leader', () => {
    expect(range(schoolNorm({ level: 'upper-secondary', region: 3, pupils: 900, specialisedClasses: 5 }))).toEqual([
      49.25, 49.25,
    ]);
  });

  it('refuses missing or bad figures', () => {
    expect(schoolNorm({ level: 'primary', region: 3 })).toEqual({ ok: false, key: 'err.normFigures' });
    expect(schoolNorm({ level: 'primary', region: 4 as 3, pupils: 10 })).toEqual({ ok: false, key: 'err.normFigures' });
    expect(schoolNorm({ level: 'primary', region: 3, pupils: 10.5 })).toEqual({ ok: false, key: 'err.normFigures' });
    expect(schoolNorm({ level: 'primary', region: 3, pupils: 10, classSize: 0 })).toEqual({
      ok: false,
      key: 'err.normFigures',
    });
  });
});

describe('commune health station (Circular 03/2023/TT-BYT)', () => {
  it('is 5 [C] up to 6.000 people in vùng I', () => {
    expect(ok(healthStationNorm({ population: 6000, region: 'I' }))).toMatchObject({
      low: 5,
      high: 5,
      confidence: 'C',
      bound: 'min',
      covers: 'whole-unit',
    });
  });

  it('adds a range for the population and multiplies by the region, both M', () => {
    expect(ok(healthStationNorm({ population: 12000, region: 'I' }))).toMatchObject({
      low: 7,
      high: 8,
      confidence: 'M',
    });
    expect(ok(healthStationNorm({ population: 10000, region: 'II' }))).toMatchObject({
      low: 7.2,
      high: 8.4,
      confidence: 'M',
    });
    expect(ok(healthStationNorm({ population: 5000, region: 'III' }))).toMatchObject({
      low: 6.5,
      high: 6.5,
      confidence: 'M',
    });
    expect(ok(healthStationNorm({ population: 7000, region: 'III' }))).toMatchObject({ low: 9.1, high: 9.1 });
    expect(healthStationNorm({ population: -1, region: 'I' })).toEqual({ ok: false, key: 'err.normFigures' });
  });
});

describe("a unit's norm from its figures", () => {
  it('picks the norm of the sector, and refuses an unknown sector', () => {
    expect(range(unitNorm({ sector: 'school', level: 'primary', region: 3, pupils: 700 }))).toEqual([31, 31]);
    expect(range(unitNorm({ sector: 'preschool', nurseryGroups: 2, kindergartenClasses: 0 }))).toEqual([5, 5]);
    expect(range(unitNorm({ sector: 'commune-health-station', population: 6000, region: 'I' }))).toEqual([5, 5]);
    expect(unitNorm({ sector: 'hospital' } as never)).toEqual({ ok: false, key: 'err.normFigures' });
  });
});

describe('quota-vs-norm findings', () => {
  const school = ok(schoolNorm({ level: 'primary', region: 3, pupils: 700 }));
  const d = '2026-12-07';
  it('warns above an education maximum, notes below it, and is silent at it', () => {
    const f = normFinding('TH', school, { count: 32, scope: 'covered' }, d)!;
    expect(f).toMatchObject({
      kind: 'quota-vs-norm',
      severity: 'warning',
      key: 'find.normAboveMax',
      confidence: 'C',
      ruleSet: 'primary',
      params: { count: 32, high: 31 },
    });
    expect(f.citation).toContain('Thông tư 20/2023/TT-BGDĐT, Điều 7 khoản 1 điểm a');
    expect(f.citation).toContain('Điều 3 khoản 2 điểm c');
    expect(translate('vi', f.key, f.params)).toBe('Số giáo viên được giao (32) vượt định mức tối đa 31.');
    expect(normFinding('TH', school, { count: 31, scope: 'covered' }, d)).toBeNull();
    expect(normFinding('TH', school, { count: 30, scope: 'covered' }, d)).toMatchObject({
      severity: 'note',
      key: 'find.normBelowMax',
    });
  });

  it('notes, never warns, when the count holds more than teachers, when the norm is partial, or before the circular', () => {
    expect(normFinding('TH', school, { count: 40, scope: 'whole-unit' }, d)).toMatchObject({
      severity: 'note',
      key: 'find.normAboveMaxWholeUnit',
    });
    const pre = ok(preschoolNorm({ nurseryGroups: 4, kindergartenClasses: 6, singleSiteClasses: 1 }));
    expect(normFinding('MN', pre, { count: 24, scope: 'covered' }, d)).toMatchObject({
      severity: 'note',
      key: 'find.normAboveMaxPartial',
    });
    expect(normFinding('MN', pre, { count: 22, scope: 'covered' }, d)).toMatchObject({
      severity: 'note',
      key: 'find.normBelowMax',
    });
    expect(normFinding('TH', school, { count: 32, scope: 'covered' }, '2023-12-15')).toBeNull();
  });

  it('warns below a health minimum [C], notes above it, and notes every finding on an M norm', () => {
    const c = ok(healthStationNorm({ population: 6000, region: 'I' }));
    expect(normFinding('TYT', c, { count: 4, scope: 'whole-unit' }, d)).toMatchObject({
      severity: 'warning',
      key: 'find.normBelowMin',
      params: { low: 5 },
    });
    expect(normFinding('TYT', c, { count: 5, scope: 'whole-unit' }, d)).toBeNull();
    expect(normFinding('TYT', c, { count: 6, scope: 'whole-unit' }, d)).toMatchObject({
      severity: 'note',
      key: 'find.normAboveMin',
    });
    const m = ok(healthStationNorm({ population: 12000, region: 'I' }));
    expect(normFinding('TYT', m, { count: 6, scope: 'whole-unit' }, d)).toMatchObject({
      severity: 'note',
      key: 'find.normBelowMin',
      confidence: 'M',
    });
    expect(normFinding('TYT', m, { count: 7, scope: 'whole-unit' }, d)).toMatchObject({
      severity: 'note',
      key: 'find.normWithinRange',
    });
    expect(normFinding('TYT', m, { count: 8, scope: 'whole-unit' }, d)).toBeNull();
  });
});
