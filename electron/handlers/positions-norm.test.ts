import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';

type UnitNorm = {
  code: string;
  inputs: unknown;
  norm: { low: number; high: number; confidence: string } | null;
  quota: number;
};
type Finding = { unitCode: string; rule: string; severity: string; key: string; citation: string; confidence: string };

describe('sector norms through the handler table', () => {
  it('stores a school’s figures, gives its normed headcount beside its quota and a quota-vs-norm finding; refuses bad figures naming the field', async () => {
    const { call } = handlerHarness([
      unit('T', null, { kind: 'people_committee' }),
      unit('TH', 'T', { kind: 'psu', sector: 'education', publicEmployeeQuota: 12 }),
    ]);
    expect(await call<UnitNorm>('positions.norm', { unit: 'TH' })).toEqual({
      code: 'TH',
      inputs: null,
      norm: null,
      quota: 12,
    });
    const inputs = { sector: 'school', level: 'primary', region: 2, pupils: 300 };
    const saved = await call<UnitNorm>('positions.setNorm', { code: 'TH', inputs });
    expect(saved).toMatchObject({ inputs, quota: 12, norm: { low: 16, high: 16, confidence: 'C' } });
    expect(await call<UnitNorm>('positions.norm', { unit: 'TH' })).toEqual(saved);

    const { findings } = await call<{ findings: Finding[] }>('findings.list', {});
    expect(findings).toContainEqual(
      expect.objectContaining({
        unitCode: 'TH',
        rule: 'quota-vs-norm',
        severity: 'note',
        key: 'find.normBelowMax',
        confidence: 'C',
        citation: expect.stringContaining('Thông tư 20/2023/TT-BGDĐT'),
      }),
    );

    await expect(call('positions.setNorm', { code: 'TH', inputs: { ...inputs, pupils: -3 } })).rejects.toMatchObject({
      error: { issues: [{ field: 'norm.pupils', key: 'err.negative' }] },
    });
    await expect(call('positions.setNorm', { code: 'NONE', inputs })).rejects.toMatchObject({
      error: { key: 'err.unitNotFound' },
    });
    expect((await call<UnitNorm>('positions.norm', { unit: 'TH' })).inputs).toEqual(inputs); // unchanged
    await call('positions.setNorm', { code: 'TH', inputs: null });
    const after = await call<{ findings: Finding[] }>('findings.list', {});
    expect(after.findings.filter((f) => f.rule === 'quota-vs-norm')).toEqual([]);
  });
});
