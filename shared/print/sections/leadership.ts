/**
 * The heads (cấp trưởng) in a merge's leadership arrangement: one head remains, the others are
 * people to arrange. The reference confirms only that deputies may exceed the limit at the time of
 * an arrangement and must comply by a deadline (said by the rules' notices); where the former heads
 * go is not settled by it, so it is printed as the drafting body's proposal for the officer to edit.
 * A unit whose heads are not entered is said so: nothing is guessed.
 */
import { formatInteger } from '../../format.ts';
import type { HeadsMerged } from '../../scenario/simulation.ts';

const n = (v: number) => formatInteger(v, 'vi');

export const ARRANGE_PROPOSAL = '(đề xuất của cơ quan soạn thảo, cần rà soát, chỉnh sửa)';

/**
 * "Cấp trưởng: 2 → 1 (Sở Y tế); 1 người bố trí làm cấp phó hoặc vị trí khác (đề xuất …)" of one
 * merge or several (`target`: the merged unit's name, for one).
 */
export function headsText(records: readonly HeadsMerged[], name: (code: string) => string, target?: string): string {
  if (records.length === 0) return '';
  const into = target ? ` (${target})` : '';
  const before = records.reduce((s, r) => s + r.before, 0);
  const after = records.reduce((s, r) => s + (r.after ?? 0), 0);
  const toArrange = records.reduce((s, r) => s + (r.toArrange ?? 0), 0);
  const unknown = records.flatMap((r) => r.unknown);
  const listed = unknown.length <= 5 ? unknown.map(name).join(', ') : `${n(unknown.length)} đơn vị`;
  if (unknown.length > 0 && before === 0)
    return `Cấp trưởng${into}: chưa nhập số cấp trưởng của ${listed}, chưa xác định số người cần bố trí`;
  const change = `Cấp trưởng: ${n(before)}${unknown.length > 0 ? ' (đã nhập)' : ''} → ${n(after)}${into}`;
  const arranged =
    toArrange > 0 ? `; ${n(toArrange)} người bố trí làm cấp phó hoặc vị trí khác ${ARRANGE_PROPOSAL}` : '';
  const missing =
    unknown.length === 0 ? '' : `; chưa nhập số cấp trưởng của ${listed}: chưa xác định số người cần bố trí`;
  return `${change}${arranged}${missing}`;
}

/** What the deputies after a merge count: the former heads to arrange (or, where not entered, one per other unit). */
export function deputiesNote(records: readonly HeadsMerged[]): string {
  if (records.some((r) => r.toArrange === null))
    return ' (tạm tính mỗi đơn vị hợp nhất có 1 cấp trưởng bố trí làm cấp phó)';
  return records.some((r) => (r.toArrange ?? 0) > 0) ? ' (kể cả cấp trưởng bố trí làm cấp phó)' : '';
}

/** The heads in post of units about to go (dissolved, converted): "1 cấp trưởng", or said not entered. */
export function headsOf(units: ReadonlyArray<{ heads?: number | null } | undefined>): string {
  if (units.some((u) => typeof u?.heads !== 'number')) return 'Cấp trưởng (chưa nhập số cấp trưởng)';
  return `${n(units.reduce((s, u) => s + (u?.heads ?? 0), 0))} cấp trưởng`;
}
