import { describe, expect, it } from 'vitest';
import { PROVINCE_MERGERS, mergedAway } from './province-mergers.ts';

describe('the 2025 provincial mergers', () => {
  it('names the merger that ended a province on or before a date, with its citation', () => {
    expect(mergedAway('Hậu Giang', '2026-12-07')).toMatchObject({
      into: 'thành phố Cần Thơ',
      from: '2025-07-01',
      citation: expect.stringContaining('202/2025/QH15') as unknown,
    });
    expect(mergedAway('tỉnh Hậu Giang', '2025-07-01')).not.toBeNull();
    expect(mergedAway('Hậu Giang', '2025-06-30')).toBeNull();
    expect(mergedAway('thành phố Cần Thơ', '2026-12-07')).toBeNull();
    expect(mergedAway('Hà Nội', '2026-12-07')).toBeNull();
  });

  it('is data with a citation and confidence for each entry', () => {
    for (const m of PROVINCE_MERGERS) {
      expect(m.citation).toMatch(/Nghị quyết/);
      expect(['C', 'C2', 'M']).toContain(m.confidence);
    }
  });
});
