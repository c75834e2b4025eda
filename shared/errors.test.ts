import { describe, expect, it } from 'vitest';
import { describeError } from './errors.ts';

describe('describeError', () => {
  it("names a plan operation's field in words, never by its path", () => {
    const issue = (field: string) => ({
      kind: 'validation' as const,
      key: 'err.scenarioInvalid',
      params: {},
      issues: [{ field, key: 'err.cutPercent', params: {} }],
    });
    expect(describeError(issue('operations.3.percent'), 'vi')).toMatch(/^Thao tác 4, Tỷ lệ cắt giảm \(%\): /);
    expect(describeError(issue('operations.0.scope.level.1'), 'en')).toMatch(/^Operation 1, Scope|^Operation 1, Level/);
    expect(describeError(issue('operations.2'), 'vi')).toMatch(/^Thao tác 3: /);
    // An unknown field of an operation still says which operation.
    expect(describeError(issue('operations.5.zzz'), 'vi')).toMatch(/^Thao tác 6: /);
    expect(describeError(issue('name'), 'vi')).toMatch(/^Tên đơn vị: /);
  });
  it('names the field of the one operation being previewed or added in words, never "operation.unit"', () => {
    const issue = (field: string) => ({
      kind: 'validation' as const,
      key: 'err.invalid',
      params: {},
      issues: [{ field, key: 'err.codeFormat', params: {} }],
    });
    expect(describeError(issue('operation.unit'), 'vi')).toMatch(/^Đơn vị: /);
    expect(describeError(issue('operation.units.1'), 'vi')).toMatch(/^Các đơn vị: /);
    expect(describeError(issue('operation.zzz'), 'vi')).toMatch(/^Thao tác: /);
    expect(describeError(issue('operation'), 'en')).toMatch(/^Operation: /);
    expect(describeError(issue('operation.unit'), 'vi')).not.toContain('operation.');
  });
});
