/**
 * Sự cần thiết, from the plan's facts at the base date: units below the legal size and deputies
 * above the limits (the baseline judged by the rules in force then; an unverified [M] value is a
 * note to verify, never counted), the gaps to the plan's targets, and the overlapping functions of
 * the units each merge puts together (same-named offices, the same function family).
 */
import { formatInteger } from '../../format.ts';
import { translate, type MessageKey } from '../../i18n/index.ts';
import type { Unit } from '../../model/unit.ts';
import type { Finding } from '../../rules/findings.ts';
import { metricsOf, type YearMetrics } from '../../scenario/metrics.ts';
import { unitLabels } from '../../scenario/figures.ts';
import { operationWhen } from '../../scenario/operation-date.ts';
import type { TargetResult } from '../../scenario/targets.ts';
import { functionOf, isDistinct } from '../../scenario/unit-function.ts';
import { matchKey } from '../../text.ts';
import type { Block } from '../model.ts';
import { baseYearOf, type SectionInput } from './input.ts';

const n = (v: number) => formatInteger(v, 'vi');

/** At most `max` names, then how many others. */
export function nameList(names: readonly string[], max = 5): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} và ${n(names.length - max)} đơn vị khác`;
}

/** The documents findings rest on, each once ("Nghị định 120/2020/NĐ-CP, Điều 5…" → its part before the first comma). */
const documentsOf = (fs: readonly Finding[]) =>
  [...new Set(fs.map((f) => f.citation.split(/[,;(]/)[0]!.trim()).filter(Boolean))].join('; ');

/** Units the baseline has below the legal size, and with more deputies than allowed (violations only). */
export function findingFacts(units: readonly Unit[], findings: readonly Finding[], year: number): string[] {
  // A unit by its name, with its parent's where the name repeats ("Thanh tra Sở — Sở Y tế").
  const label = unitLabels(units);
  const asserted = findings.filter((f) => f.severity !== 'note');
  const unitsOf = (fs: readonly Finding[]) => [...new Set(fs.map((f) => f.unitCode))].map(label);
  const out: string[] = [];
  const small = asserted.filter((f) => f.rule === 'min-staff');
  if (small.length > 0)
    out.push(
      `Năm ${year}, có ${n(unitsOf(small).length)} cơ quan, đơn vị chưa bảo đảm quy mô tối thiểu theo quy định (${documentsOf(small)}): ${nameList(unitsOf(small))}.`,
    );
  const deputies = asserted.filter((f) => f.rule === 'max-deputies');
  if (deputies.length > 0) {
    const excess = deputies.reduce((s, f) => {
      const { deputies: d, max } = f.params;
      return s + (typeof d === 'number' && typeof max === 'number' ? Math.max(0, d - max) : 0);
    }, 0);
    out.push(
      `Có ${n(unitsOf(deputies).length)} cơ quan, đơn vị có số lượng cấp phó vượt quy định (${documentsOf(deputies)})${excess > 0 ? `, vượt ${n(excess)} người` : ''}: ${nameList(unitsOf(deputies))}.`,
    );
  }
  const over = asserted.filter((f) => f.rule === 'over-quota');
  if (over.length > 0)
    out.push(
      `Có ${n(unitsOf(over).length)} cơ quan, đơn vị có số người làm việc vượt số được giao: ${nameList(unitsOf(over))}.`,
    );
  const notes = findings.length - asserted.length;
  if (notes > 0)
    out.push(
      `Ngoài ra có ${n(notes)} trường hợp cần xác minh thêm (mức áp dụng chưa được đối chiếu với văn bản gốc hoặc thiếu thông tin), chưa tính là vi phạm.`,
    );
  return out;
}

/** A target's metric over the units now (a commune part taken out where the target counts commune staff out). */
function valueNow(t: TargetResult, m: YearMetrics): number | null {
  const keys = t.metric.split('+') as Array<keyof YearMetrics>;
  if (keys.some((k) => typeof m[k] !== 'number')) return null;
  const commune: Partial<Record<keyof YearMetrics, keyof YearMetrics>> = {
    civilServantQuota: 'communeCivilServantQuota',
    civilServantActual: 'communeCivilServantActual',
  };
  return keys.reduce((s, k) => {
    const part = t.communeStaff === 'excluded' ? commune[k] : undefined;
    return s + m[k] - (part ? m[part] : 0);
  }, 0);
}

/** What the plan's targets still ask of the province from the figures at the base date. */
export function targetFacts(targets: readonly TargetResult[], now: YearMetrics, year: number): string[] {
  const out: string[] = [];
  for (const t of targets) {
    if (t.allowed === null || t.baseline === null || t.year < year) continue;
    const v = valueNow(t, now);
    if (v === null) continue;
    const need = t.kind === 'share' ? t.allowed - v : v - t.allowed;
    if (need <= 0) continue;
    const source = t.citation ? ` (${t.citation})` : '';
    out.push(
      t.kind === 'share'
        ? `Mục tiêu “${t.title}”${source}: đến năm ${t.year} cần tối thiểu ${n(t.allowed)}; năm ${year} có ${n(v)}, còn thiếu ${n(need)}.`
        : // The base year and the year at hand can be one (a 2025 base judged in 2025): said once.
          `Mục tiêu “${t.title}”${source}: năm ${t.baseYear} là ${n(t.baseline)}, đến năm ${t.year} không quá ${n(t.allowed)}; ${
            t.baseYear === year && t.baseline === v ? '' : `năm ${year} là ${n(v)}, `
          }còn phải giảm ${n(need)}.`,
    );
  }
  return out;
}

/** The units a merge puts together and what they have in common: same-named offices inside, the same function. */
export function overlapFacts(input: Pick<SectionInput, 'baseline' | 'operations' | 'simulation'>): string[] {
  const out: string[] = [];
  for (const op of input.operations) {
    if (op.type !== 'merge') continue;
    // The units as they stood at the end of the year before the merge.
    const before =
      [input.baseline, ...input.simulation.years.filter((y) => y.year < op.year).map((y) => y.units)].pop() ?? [];
    const byCode = new Map(before.map((u) => [u.code, u]));
    const merged = op.units.map((c) => byCode.get(c)).filter((u): u is Unit => u !== undefined);
    if (merged.length < 2) continue;
    const who = merged.map((u) => u.name).join(', ');
    const facts: string[] = [];
    // Offices of the same name under two or more of the merged units.
    const offices = new Map<string, { name: string; parents: Set<string> }>();
    for (const u of before)
      if (u.parentCode && op.units.includes(u.parentCode)) {
        const key = matchKey(u.name);
        const o = offices.get(key) ?? { name: u.name, parents: new Set<string>() };
        o.parents.add(u.parentCode);
        offices.set(key, o);
      }
    const same = [...offices.values()].filter((o) => o.parents.size > 1);
    if (same.length > 0) facts.push(`cùng có ${same.map((o) => `${o.name} (${n(o.parents.size)} đơn vị)`).join(', ')}`);
    const families = new Map<string, number>();
    for (const u of merged) {
      const f = functionOf(u);
      // A family whose units each serve their own area (health stations) is not an overlap by itself.
      if (f && !isDistinct(f)) families.set(f, (families.get(f) ?? 0) + 1);
    }
    for (const [f, count] of families)
      if (count > 1) {
        const why = translate('vi', `suggest.why.${f}` as MessageKey);
        facts.push(`${n(count)} đơn vị ${why.charAt(0).toLocaleLowerCase('vi')}${why.slice(1)}`);
      }
    const when = op.date ? `ngày ${operationWhen(op)}` : `năm ${op.year}`;
    if (facts.length > 0) out.push(`${who} (hợp nhất ${when}): ${facts.join('; ')}, chức năng, nhiệm vụ trùng lặp.`);
  }
  return out;
}

/** The facts as the đề án states them after the officer's text of Sự cần thiết. */
export function necessityBlocks(input: SectionInput): Block[] {
  const year = baseYearOf(input);
  const facts = [
    ...(input.baseFindings ? findingFacts(input.baseline, input.baseFindings, year) : []),
    ...targetFacts(input.simulation.targets, metricsOf(input.baseline, input.autonomy), year),
    ...overlapFacts(input),
  ];
  if (facts.length === 0) return [];
  return [
    { kind: 'para', text: `Qua rà soát số liệu năm ${year}:` },
    ...facts.map((text): Block => ({ kind: 'para', text: `- ${text}` })),
  ];
}
