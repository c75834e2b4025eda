import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch.ts';
import type { HandlerTable } from './contract/index.ts';
import { AppError } from './errors.ts';
import { unit } from '../tests/fixtures.ts';

const calls: unknown[] = [];
const handlers = {
  'workspace.info': () => {
    throw new Error('disk on fire');
  },
  'units.list': () => ({ units: [unit('A', null)] }),
  'units.update': (args: { code: string; patch: object }) => {
    calls.push(args);
    if (args.code === 'MISSING') throw new AppError('not_found', 'err.unitNotFound', { code: args.code });
    return { unit: unit(args.code, null) };
  },
} satisfies Partial<HandlerTable> as unknown as HandlerTable;

describe('dispatch', () => {
  it('validates arguments before the handler runs', async () => {
    const env = await dispatch(handlers, 'units.update', { code: 'A', patch: { deputies: -1 } });
    expect(env).toEqual({
      ok: false,
      error: {
        kind: 'validation',
        key: 'err.negative',
        params: {},
        issues: [{ field: 'patch.deputies', key: 'err.negative' }],
      },
    });
    expect(calls).toEqual([]);
  });

  it('passes parsed arguments (Vietnamese numbers read) to the handler', async () => {
    const env = await dispatch(handlers, 'units.update', { code: 'A', patch: { deputies: '3' } });
    expect(env.ok).toBe(true);
    expect(calls).toEqual([{ code: 'A', patch: { deputies: 3 } }]);
  });

  it('refuses unknown channels, extra arguments and hostile payloads without throwing', async () => {
    for (const [ch, args] of [
      ['units.drop', {}],
      ['__proto__', {}],
      ['units.list', { extra: 1 }],
      ['units.update', null],
      ['units.update', 'DROP TABLE units'],
      ['units.update', JSON.parse('{"code":"A","patch":{"__proto__":{"deputies":1}}}')],
      ['units.update', { code: 'A'.repeat(10_000), patch: {} }],
    ] as Array<[string, unknown]>) {
      const env = await dispatch(handlers, ch, args);
      expect(env.ok, `${ch} ${JSON.stringify(args)}`).toBe(false);
    }
  });

  it('returns user errors as they are and hides internal ones behind err.internal', async () => {
    expect(await dispatch(handlers, 'units.update', { code: 'MISSING', patch: {} })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', key: 'err.unitNotFound' },
    });
    const seen: unknown[] = [];
    const env = await dispatch(handlers, 'workspace.info', {}, (e) => seen.push(e));
    expect(env).toMatchObject({ ok: false, error: { kind: 'internal', key: 'err.internal', params: {} } });
    expect(JSON.stringify(env)).not.toContain('disk on fire');
    expect(seen).toEqual([new Error('disk on fire')]);
  });
});
