/**
 * The 2025 mergers of provinces, as data with their citation: a province named here no longer
 * exists from `from`; a document dated on or after it that names the old province must say so.
 * Only mergers the legal reference confirms are listed (legal-reference.md §2, "Hậu Giang merger").
 */
import { matchKey } from '../text.ts';

export interface ProvinceMerger {
  /** The province merged away, as a workspace names it (without "tỉnh"). */
  province: string;
  /** The province it became part of, as documents name it. */
  into: string;
  /** The day the merged government operates (YYYY-MM-DD). */
  from: string;
  citation: string;
  confidence: 'C' | 'C2' | 'M';
}

const RESOLUTION_202 = 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội';

export const PROVINCE_MERGERS: readonly ProvinceMerger[] = [
  { province: 'Hậu Giang', into: 'thành phố Cần Thơ', from: '2025-07-01', citation: RESOLUTION_202, confidence: 'C2' },
  { province: 'Sóc Trăng', into: 'thành phố Cần Thơ', from: '2025-07-01', citation: RESOLUTION_202, confidence: 'C2' },
];

/** The merger that ended the province named (with or without "tỉnh") on or before `date` (YYYY-MM-DD), if any. */
export function mergedAway(provinceName: string, date: string): ProvinceMerger | null {
  const key = matchKey(provinceName.replace(/^\s*tỉnh\s+/iu, ''));
  return PROVINCE_MERGERS.find((m) => matchKey(m.province) === key && m.from <= date) ?? null;
}
