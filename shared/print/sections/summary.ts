/**
 * A plan told in a few sentences, for the documents that summarise it (the tờ trình's main
 * content, the draft decision's Điều 1): its operations counted by kind, its leavers by year.
 */
import { formatInteger } from '../../format.ts';
import type { Operation } from '../../scenario/operations.ts';
import type { ProposalRoadmap } from '../model.ts';

const n = (v: number) => formatInteger(v, 'vi');

const KIND_WORDS: Partial<Record<Operation['type'], string>> = {
  merge: 'hợp nhất',
  split: 'chia tách',
  dissolve: 'giải thể',
  create: 'thành lập mới',
  convert: 'chuyển ra ngoài khu vực nhà nước',
  transfer: 'chuyển cơ quan quản lý',
  annex: 'sáp nhập',
  abolishLevel: 'bỏ cấp hành chính',
  rename: 'đổi tên',
  reclassify: 'thay đổi loại hình',
  setQuota: 'điều chỉnh biên chế',
  cutQuotas: 'giảm biên chế',
  setDeputies: 'điều chỉnh số cấp phó',
  setAutonomy: 'điều chỉnh mức tự chủ',
  setPositions: 'xác định vị trí việc làm',
  setProvince: 'đổi tên tỉnh, thành phố',
};

/** "12 nội dung: 3 hợp nhất, 2 giải thể, …" (the roadmap's exits and recruitments are not counted). */
export function operationCounts(operations: readonly Operation[]): string {
  const counts = new Map<string, number>();
  let all = 0;
  for (const op of operations) {
    if (op.type === 'staffExit' || op.type === 'recruit') continue;
    all++;
    const word = KIND_WORDS[op.type] ?? 'khác';
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  if (all === 0) return 'chưa có nội dung sắp xếp tổ chức';
  return `${n(all)} nội dung: ${[...counts].map(([w, c]) => `${n(c)} ${w}`).join(', ')}`;
}

/** "2025: 12 người; 2026: 3 người" (years with leavers), or null when nobody leaves. */
export function leaversByYear(roadmap: ProposalRoadmap): string | null {
  const years = roadmap.years.filter((y) => y.leavers > 0);
  return years.length === 0 ? null : years.map((y) => `năm ${y.year}: ${n(y.leavers)} người`).join('; ');
}

/** The payouts' total in words, "chưa tính" for the people whose payout is not computed. */
export function payoutsText(roadmap: ProposalRoadmap): string {
  const uncosted = roadmap.years.reduce((s, y) => s + y.uncosted, 0);
  const cost = roadmap.totalCost;
  if (cost === null && uncosted === 0) return 'không phát sinh kinh phí chi trả chế độ, chính sách';
  const parts = [
    cost !== null ? `${n(cost)} đồng` : null,
    uncosted > 0
      ? `chưa tính kinh phí của ${n(uncosted)} người (chưa có số liệu tiền lương, số năm đóng bảo hiểm xã hội)`
      : null,
  ].filter(Boolean);
  return `kinh phí chi trả chế độ, chính sách: ${parts.join('; ')}`;
}
