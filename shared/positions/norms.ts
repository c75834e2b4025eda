/**
 * Sector staffing norms as data, with citations and confidence (sources/dinh-muc-gd-yte.md, the
 * Pháp điển text of the circulars): teachers per group or class in pre-school (Circular
 * 19/2023/TT-BGDĐT Art. 5) and general education by level and region (Circular 20/2023/TT-BGDĐT
 * Art. 3, 7, 12, 17), and the commune health station (Circular 03/2023/TT-BYT Art. 5.2.b). A unit's
 * normed headcount is computed from its figures, and a finding compares the quota with it: the
 * education norms are maxima ("tối đa") for the teachers only; the health norms are minima (Art.
 * 2.3: units may staff more). Whether the circulars are still in force in 2026 was not checked
 * (the reference says so), which every citation repeats. Hospital norms per bed (Table 1) and the
 * district health centre's base are not in the stored text and are left out.
 */
import type { Confidence } from '../rules/rule-sets.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { Basis } from './classes.ts';
import type { PositionFinding } from './findings.ts';

const IN_FORCE_2026 = 'hiệu lực năm 2026 chưa kiểm tra';
const TT19 = 'Thông tư 19/2023/TT-BGDĐT';
const TT20 = 'Thông tư 20/2023/TT-BGDĐT';
const TT03 = 'Thông tư 03/2023/TT-BYT';
const c = (citation: string, confidence: Confidence = 'C'): Basis => ({
  citation: `${citation} (${IN_FORCE_2026})`,
  confidence,
});

export interface NormValue<T = number> extends Basis {
  value: T;
}
const v = <T>(value: T, citation: string, confidence: Confidence = 'C'): NormValue<T> => ({
  value,
  ...c(citation, confidence),
});

export type EduRegion = 1 | 2 | 3;
export type SchoolLevel = 'primary' | 'lower-secondary' | 'upper-secondary';

/** Age bands of Circular 19/2023 Art. 5.1.c. */
export const CHILD_BANDS = ['3-12m', '13-24m', '25-36m', '3-4y', '4-5y', '5-6y'] as const;
export type ChildBand = (typeof CHILD_BANDS)[number];

/** Circular 19/2023 Art. 5.1, in force from 16/12/2023. */
export const PRESCHOOL_NORMS = {
  validFrom: '2023-12-16',
  nurseryGroup: v(2.5, `${TT19}, Điều 5 khoản 1 điểm a (tối đa 2,5 giáo viên/nhóm trẻ)`),
  kindergartenClass: v(2.2, `${TT19}, Điều 5 khoản 1 điểm b (tối đa 2,2 giáo viên/lớp mẫu giáo)`),
  singleSite: v(
    2.0,
    `${TT19}, Điều 5 khoản 1 điểm đ (điểm trường chỉ có 01 nhóm trẻ hoặc 01 lớp mẫu giáo: 2,0 giáo viên)`,
  ),
  /**
   * Point c: children left over after forming groups and classes, one more teacher per 6 / 8 / 10
   * children (3–12, 13–24, 25–36 months) or 11 / 14 / 16 (3–4, 4–5, 5–6 years). Whether the bands
   * are counted apart (whole teachers per band, as here) or added as fractions is not stated: M.
   */
  leftoverChildren: v(
    { '3-12m': 6, '13-24m': 8, '25-36m': 10, '3-4y': 11, '4-5y': 14, '5-6y': 16 },
    `${TT19}, Điều 5 khoản 1 điểm c (trẻ còn dư: cứ 06/08/10 trẻ nhà trẻ, 11/14/16 trẻ mẫu giáo thêm 1,0 giáo viên; cách cộng giữa các độ tuổi chưa rõ)`,
    'M',
  ),
} as const;

/**
 * Circular 20/2023 (in force from 16/12/2023). Regions (Art. 3.1): vùng 1 the hardest communes
 * (khu vực II–III, border, island…), vùng 3 the remaining communes and wards: the opposite order
 * of the health station's vùng I–III.
 */
export const SCHOOL_NORMS = {
  validFrom: '2023-12-16',
  /** Art. 3.2: pupils per class by region, the basis of the quota; boarding and chuyên schools follow their own rules (3.2.d). */
  classSize: {
    1: v({ primary: 25, secondary: 35 }, `${TT20}, Điều 3 khoản 2 điểm a`),
    2: v({ primary: 30, secondary: 40 }, `${TT20}, Điều 3 khoản 2 điểm b`),
    3: v({ primary: 35, secondary: 45 }, `${TT20}, Điều 3 khoản 2 điểm c`),
  } as Record<EduRegion, NormValue<{ primary: number; secondary: number }>>,
  primary: {
    twoSessions: v(1.5, `${TT20}, Điều 7 khoản 1 điểm a (tối đa 1,5 giáo viên/lớp học 2 buổi/ngày)`),
    oneSession: v(1.2, `${TT20}, Điều 7 khoản 1 điểm a (tối đa 1,2 giáo viên/lớp học 01 buổi/ngày)`),
    leftoverPupils: v(
      { 1: 12, 2: 15, 3: 17 },
      `${TT20}, Điều 7 khoản 1 điểm b (học sinh còn dư: cứ 12/15/17 học sinh thêm 01 giáo viên)`,
    ),
    youthLeader: v(1, `${TT20}, Điều 7 khoản 1 điểm c (01 giáo viên Tổng phụ trách Đội)`),
  },
  'lower-secondary': {
    perClass: v(1.9, `${TT20}, Điều 12 khoản 1 điểm a (tối đa 1,9 giáo viên/lớp)`),
    boarding: v(
      2.2,
      `${TT20}, Điều 12 khoản 1 điểm b (dân tộc nội trú, bán trú, trường cho người khuyết tật: tối đa 2,20 giáo viên/lớp)`,
    ),
    leftoverPupils: v(
      { 1: 17, 2: 20, 3: 22 },
      `${TT20}, Điều 12 khoản 1 điểm c (cứ 17/20/22 học sinh còn dư thêm 01 giáo viên)`,
    ),
    youthLeader: v(1, `${TT20}, Điều 12 khoản 1 điểm d (01 giáo viên Tổng phụ trách Đội)`),
  },
  'upper-secondary': {
    perClass: v(2.25, `${TT20}, Điều 17 khoản 1 điểm a (tối đa 2,25 giáo viên/lớp)`),
    boarding: v(2.4, `${TT20}, Điều 17 khoản 1 điểm b (phổ thông dân tộc nội trú: tối đa 2,4 giáo viên/lớp)`),
    specialisedClass: v(3.1, `${TT20}, Điều 17 khoản 1 điểm c (lớp chuyên: tối đa 3,1 giáo viên/lớp)`),
    leftoverPupils: v(
      { 1: 17, 2: 20, 3: 22 },
      `${TT20}, Điều 17 khoản 1 điểm d (cứ 17/20/22 học sinh còn dư thêm 01 giáo viên)`,
    ),
  },
} as const;

export type HealthRegion = 'I' | 'II' | 'III';
/**
 * Circular 03/2023/TT-BYT Art. 5.2.b (in force from 05/04/2023): 5 people per commune station [C].
 * The adjustments are read as the reference reads them and marked M: "trên 6.000 dân, nếu tăng từ
 * 2.000 đến 3.000 dân thì tăng thêm 01 người" gives a step between 2,000 and 3,000 people (so a range),
 * taken as repeating; "tăng thêm với hệ số 1,2 / 1,3" is read as multiplying the station's number.
 */
export const HEALTH_STATION_NORMS = {
  validFrom: '2023-04-05',
  base: v(5, `${TT03}, Điều 5 khoản 2 điểm b (05 người làm việc/Trạm Y tế xã)`),
  population: {
    I: v(
      { above: 6000, stepMin: 2000, stepMax: 3000 },
      `${TT03}, Điều 5 khoản 2 điểm b, điều chỉnh theo dân số (vùng I, II: trên 6.000 dân, tăng 2.000–3.000 dân thêm 01 người; cách tính lặp lại theo tài liệu tham chiếu)`,
      'M',
    ),
    II: v(
      { above: 6000, stepMin: 2000, stepMax: 3000 },
      `${TT03}, Điều 5 khoản 2 điểm b, điều chỉnh theo dân số (vùng I, II: trên 6.000 dân, tăng 2.000–3.000 dân thêm 01 người; cách tính lặp lại theo tài liệu tham chiếu)`,
      'M',
    ),
    III: v(
      { above: 5000, stepMin: 1000, stepMax: 1000 },
      `${TT03}, Điều 5 khoản 2 điểm b, điều chỉnh theo dân số (vùng III: trên 5.000 dân, tăng 1.000 dân thêm 01 người; cách tính lặp lại theo tài liệu tham chiếu)`,
      'M',
    ),
  } as Record<HealthRegion, NormValue<{ above: number; stepMin: number; stepMax: number }>>,
  region: {
    I: v(1, `${TT03}, Điều 5 khoản 2 điểm b (vùng I: không điều chỉnh theo vùng)`),
    II: v(1.2, `${TT03}, Điều 5 khoản 2 điểm b (vùng II: hệ số 1,2, đọc là nhân với số người làm việc)`, 'M'),
    III: v(1.3, `${TT03}, Điều 5 khoản 2 điểm b (vùng III: hệ số 1,3, đọc là nhân với số người làm việc)`, 'M'),
  } as Record<HealthRegion, NormValue>,
} as const;

export interface NormPart extends Basis {
  /** What the part counts (Vietnamese, for the explanation on screen and paper). */
  label: string;
  low: number;
  high: number;
  /** A part that adds nothing but underlies the others (the class count at the region's class size): always cited. */
  basis?: true;
}

export interface NormResult {
  norm: 'preschool' | SchoolLevel | 'commune-health-station';
  /** Education norms are maxima; the health station's is a minimum. */
  bound: 'max' | 'min';
  /** What the norm counts: the teachers only, or the whole unit's people. */
  covers: 'teachers' | 'whole-unit';
  validFrom: string;
  /** The normed headcount; low < high only where the text gives a range. Two decimals, never rounded to a person (no text says how). */
  low: number;
  high: number;
  parts: NormPart[];
  /** The weakest confidence among the parts that count. */
  confidence: Confidence;
  /** True when a part the text has could not be computed from the figures given (leftover children or pupils): the norm may be higher. */
  partial: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
/** A coefficient in a Vietnamese label: decimal comma (2,25). */
const dec = (n: number) => String(n).replace('.', ',');
const weakest = (parts: readonly Basis[]): Confidence =>
  parts.some((p) => p.confidence === 'M') ? 'M' : parts.some((p) => p.confidence === 'C2') ? 'C2' : 'C';
const part = (label: string, n: number, b: Basis): NormPart => ({
  label,
  low: round2(n),
  high: round2(n),
  citation: b.citation,
  confidence: b.confidence,
});
const counts = (p: NormPart) => p.high > 0 || p.basis === true;
const result = (
  norm: NormResult['norm'],
  bound: NormResult['bound'],
  covers: NormResult['covers'],
  validFrom: string,
  parts: NormPart[],
  partial: boolean,
): NormResult => ({
  norm,
  bound,
  covers,
  validFrom,
  low: round2(parts.reduce((s, p) => s + p.low, 0)),
  high: round2(parts.reduce((s, p) => s + p.high, 0)),
  parts,
  confidence: weakest(parts.filter(counts)),
  partial,
});

export type NormError = { ok: false; key: 'err.normFigures' | 'err.normClassSize' };
export type NormOutcome = { ok: true; norm: NormResult } | NormError;
const count = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);

export interface PreschoolFigures {
  nurseryGroups: number;
  kindergartenClasses: number;
  /** Of those, groups and classes alone at their site and short of children (2,0 each). */
  singleSiteGroups?: number;
  singleSiteClasses?: number;
  /** Children left over after forming the groups and classes, by age band (point c); without them the norm is partial. */
  leftoverChildren?: Partial<Record<ChildBand, number>>;
}

/** Pre-school teachers (Circular 19/2023 Art. 5.1 a, b, c, đ); without the leftover children by age band (5.1.c) the result is partial. */
export function preschoolNorm(f: PreschoolFigures): NormOutcome {
  const sg = f.singleSiteGroups ?? 0;
  const sc = f.singleSiteClasses ?? 0;
  const left = f.leftoverChildren;
  if (
    ![f.nurseryGroups, f.kindergartenClasses, sg, sc, ...Object.values(left ?? {})].every(count) ||
    sg > f.nurseryGroups ||
    sc > f.kindergartenClasses
  )
    return { ok: false, key: 'err.normFigures' };
  if (left && Object.keys(left).some((k) => !(CHILD_BANDS as readonly string[]).includes(k)))
    return { ok: false, key: 'err.normFigures' };
  const n = PRESCHOOL_NORMS;
  const parts = [
    part(
      `${f.nurseryGroups - sg} nhóm trẻ × ${dec(n.nurseryGroup.value)}`,
      (f.nurseryGroups - sg) * n.nurseryGroup.value,
      n.nurseryGroup,
    ),
    part(
      `${f.kindergartenClasses - sc} lớp mẫu giáo × ${dec(n.kindergartenClass.value)}`,
      (f.kindergartenClasses - sc) * n.kindergartenClass.value,
      n.kindergartenClass,
    ),
    part(
      `${sg + sc} nhóm/lớp ở điểm trường chỉ có 01 nhóm/lớp × ${dec(n.singleSite.value)}`,
      (sg + sc) * n.singleSite.value,
      n.singleSite,
    ),
  ];
  if (left) {
    const per = n.leftoverChildren.value;
    const extra = CHILD_BANDS.reduce((s, b) => s + Math.floor((left[b] ?? 0) / per[b]), 0);
    // Cited and weighed even when it adds nothing: another reading of point c could add a teacher.
    parts.push({
      ...part(`trẻ còn dư theo độ tuổi: ${CHILD_BANDS.map((b) => left[b] ?? 0).join('/')}`, extra, n.leftoverChildren),
      basis: true,
    });
  }
  return { ok: true, norm: result('preschool', 'max', 'teachers', n.validFrom, parts, left === undefined) };
}

export interface SchoolFigures {
  level: SchoolLevel;
  region: EduRegion;
  /** Pupils: classes are counted at the region's class size (Art. 3.2) and the rest are leftover pupils. */
  pupils?: number;
  /** Classes, when pupils are not given (then leftover pupils are unknown: partial). */
  classes?: number;
  /** The class size the province set for this school (Art. 3.4), in place of the region's. */
  classSize?: number;
  /** Primary: classes taught one session a day (the rest two). */
  oneSessionClasses?: number;
  /** Dân tộc nội trú / bán trú, school for people with disabilities (lower secondary), dân tộc nội trú (upper secondary). */
  boarding?: boolean;
  /** Upper secondary: chuyên classes. */
  specialisedClasses?: number;
}

/** General-education teachers of one school (Circular 20/2023 Art. 3, 7, 12, 17), including the Đội leader where the text adds one. */
export function schoolNorm(f: SchoolFigures): NormOutcome {
  if (
    ![f.pupils, f.classes, f.classSize, f.oneSessionClasses, f.specialisedClasses].every(count) ||
    (f.pupils === undefined && f.classes === undefined) ||
    f.classSize === 0
  )
    return { ok: false, key: 'err.normFigures' };
  if (![1, 2, 3].includes(f.region)) return { ok: false, key: 'err.normFigures' };
  // Art. 3.2.d: a boarding school's class size follows its own regulations, which the sources do not hold.
  if (f.pupils !== undefined && f.boarding && f.classSize === undefined) return { ok: false, key: 'err.normClassSize' };
  const sizeBasis =
    f.classSize !== undefined
      ? { citation: `${TT20}, Điều 3 khoản 4 (sĩ số do UBND cấp tỉnh quyết định)`, confidence: 'C' as const }
      : SCHOOL_NORMS.classSize[f.region];
  const size = f.classSize ?? SCHOOL_NORMS.classSize[f.region].value[f.level === 'primary' ? 'primary' : 'secondary'];
  const classes = f.pupils !== undefined ? Math.floor(f.pupils / size) : f.classes!;
  const leftover = f.pupils !== undefined ? f.pupils - classes * size : 0;
  const parts: NormPart[] = [];
  if (f.pupils !== undefined)
    parts.push({
      ...part(`${f.pupils} học sinh ÷ ${size} học sinh/lớp = ${classes} lớp, dư ${leftover} học sinh`, 0, sizeBasis),
      basis: true,
    });
  if (f.level === 'primary') {
    const n = SCHOOL_NORMS.primary;
    const one = Math.min(f.oneSessionClasses ?? 0, classes);
    parts.push(
      part(
        `${classes - one} lớp 2 buổi/ngày × ${dec(n.twoSessions.value)}`,
        (classes - one) * n.twoSessions.value,
        n.twoSessions,
      ),
    );
    parts.push(part(`${one} lớp 1 buổi/ngày × ${dec(n.oneSession.value)}`, one * n.oneSession.value, n.oneSession));
    parts.push(
      part(
        `${leftover} học sinh dư ÷ ${n.leftoverPupils.value[f.region]}`,
        Math.floor(leftover / n.leftoverPupils.value[f.region]),
        n.leftoverPupils,
      ),
    );
    parts.push(part('Tổng phụ trách Đội', n.youthLeader.value, n.youthLeader));
  } else if (f.level === 'lower-secondary') {
    const n = SCHOOL_NORMS['lower-secondary'];
    const per = f.boarding ? n.boarding : n.perClass;
    parts.push(part(`${classes} lớp × ${dec(per.value)}`, classes * per.value, per));
    parts.push(
      part(
        `${leftover} học sinh dư ÷ ${n.leftoverPupils.value[f.region]}`,
        Math.floor(leftover / n.leftoverPupils.value[f.region]),
        n.leftoverPupils,
      ),
    );
    parts.push(part('Tổng phụ trách Đội', n.youthLeader.value, n.youthLeader));
  } else {
    const n = SCHOOL_NORMS['upper-secondary'];
    const chuyen = Math.min(f.specialisedClasses ?? 0, classes);
    const per = f.boarding ? n.boarding : n.perClass;
    parts.push(part(`${classes - chuyen} lớp × ${dec(per.value)}`, (classes - chuyen) * per.value, per));
    if (chuyen > 0)
      parts.push(
        part(
          `${chuyen} lớp chuyên × ${dec(n.specialisedClass.value)}`,
          chuyen * n.specialisedClass.value,
          n.specialisedClass,
        ),
      );
    parts.push(
      part(
        `${leftover} học sinh dư ÷ ${n.leftoverPupils.value[f.region]}`,
        Math.floor(leftover / n.leftoverPupils.value[f.region]),
        n.leftoverPupils,
      ),
    );
  }
  return { ok: true, norm: result(f.level, 'max', 'teachers', SCHOOL_NORMS.validFrom, parts, f.pupils === undefined) };
}

/** The commune health station (Circular 03/2023/TT-BYT Art. 5.2.b): 5, adjusted by population and region (both M). */
export function healthStationNorm(f: { population: number; region: HealthRegion }): NormOutcome {
  if (!count(f.population) || !['I', 'II', 'III'].includes(f.region)) return { ok: false, key: 'err.normFigures' };
  const n = HEALTH_STATION_NORMS;
  const pop = n.population[f.region];
  const excess = Math.max(0, f.population - pop.value.above);
  const mult = n.region[f.region];
  const base = n.base.value;
  const parts: NormPart[] = [part('Định mức mỗi trạm', base, n.base)];
  const lo = Math.floor(excess / pop.value.stepMax);
  const hi = Math.floor(excess / pop.value.stepMin);
  if (hi > 0)
    parts.push({
      label: `${excess} dân trên ${pop.value.above}`,
      low: lo,
      high: hi,
      citation: pop.citation,
      confidence: pop.confidence,
    });
  if (mult.value !== 1)
    parts.push({
      label: `hệ số vùng ${f.region}: × ${dec(mult.value)}`,
      low: round2((base + lo) * (mult.value - 1)),
      high: round2((base + hi) * (mult.value - 1)),
      citation: mult.citation,
      confidence: mult.confidence,
    });
  return { ok: true, norm: result('commune-health-station', 'min', 'whole-unit', n.validFrom, parts, false) };
}

/** A unit's figures for the norm of its sector (new optional fields of a unit, imported like the others). */
export type NormFigures =
  | ({ sector: 'preschool' } & PreschoolFigures)
  | ({ sector: 'school' } & SchoolFigures)
  | { sector: 'commune-health-station'; population: number; region: HealthRegion };

/** The normed headcount of a unit from its figures, or the refusal's message key. */
export function unitNorm(f: NormFigures): NormOutcome {
  switch (f.sector) {
    case 'preschool':
      return preschoolNorm(f);
    case 'school':
      return schoolNorm(f);
    case 'commune-health-station':
      return healthStationNorm(f);
    default:
      return { ok: false, key: 'err.normFigures' };
  }
}

/**
 * `quota-vs-norm`: the number assigned against the normed headcount. `scope` says what `count`
 * holds: the people the norm covers (the teachers' positions in the quota), or the unit's whole
 * quota. Education (maxima): above the norm a warning, a note where the norm is partial or the count
 * holds more than teachers; below it a note (a school may contract teachers up to the maximum).
 * Health (minimum): below a warning, above a note (Circular 03/2023 Art. 2.3). M parts: notes.
 */
export function normFinding(
  unitCode: string,
  norm: NormResult,
  assigned: { count: number; scope: 'covered' | 'whole-unit' },
  date: string,
): PositionFinding | null {
  if (date < norm.validFrom) return null;
  const { count: n } = assigned;
  const params = { count: n, low: norm.low, high: norm.high };
  let severity: PositionFinding['severity'];
  let key: MessageKey;
  if (norm.bound === 'max') {
    if (n > norm.high) {
      const loose = norm.partial || (norm.covers === 'teachers' && assigned.scope === 'whole-unit');
      severity = loose ? 'note' : 'warning';
      key = norm.partial ? 'find.normAboveMaxPartial' : loose ? 'find.normAboveMaxWholeUnit' : 'find.normAboveMax';
    } else if (n < norm.low) {
      severity = 'note';
      key = 'find.normBelowMax';
    } else return null;
  } else if (n < norm.low) {
    severity = 'warning';
    key = 'find.normBelowMin';
  } else if (n < norm.high) {
    severity = 'note';
    key = 'find.normWithinRange';
  } else if (n > norm.high) {
    severity = 'note';
    key = 'find.normAboveMin';
  } else return null;
  return {
    unitCode,
    kind: 'quota-vs-norm',
    severity: norm.confidence === 'M' ? 'note' : severity,
    key,
    params,
    position: null,
    date,
    ruleSet: norm.norm,
    citation: norm.parts
      .filter(counts)
      .map((p) => p.citation)
      .filter((x, i, a) => a.indexOf(x) === i)
      .join('; '),
    confidence: norm.confidence,
  };
}
