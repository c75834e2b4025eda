import { describe, expect, it } from 'vitest';
import { describeOperation } from './describe.ts';
import { OperationSchema } from './operations.ts';

const names: Record<string, string> = { A: 'Bệnh viện A', B: 'Trung tâm B', S: 'Sở Y tế' };
const say = (op: unknown, lang: 'vi' | 'en' = 'vi') => describeOperation(OperationSchema.parse(op), lang, (c) => names[c] ?? c);

describe('describeOperation', () => {
  it('says each operation in Vietnamese (and English), with unit names and the year unformatted', () => {
    expect(say({ type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' })).toBe('2026: hợp nhất Bệnh viện A, Trung tâm B thành Bệnh viện A');
    expect(say({ type: 'dissolve', year: 2027, unit: 'B', staffTo: null })).toBe('2027: giải thể Trung tâm B, người lao động ra khỏi biên chế (tinh giản)');
    expect(say({ type: 'transfer', year: 2025, unit: 'B', parentCode: 'S' })).toBe('2025: chuyển Trung tâm B về trực thuộc Sở Y tế');
    expect(say({ type: 'setQuota', year: 2026, unit: 'S', civilServantQuota: 1200 })).toBe('2026: giao lại biên chế Sở Y tế (công chức: 1.200; NSNN: —)');
    expect(say({ type: 'convert', year: 2026, unit: 'A' }, 'en')).toBe('2026: convert Bệnh viện A to an enterprise or self-financing outside the state budget');
  });
});
