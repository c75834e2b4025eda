import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from './json-chunks.ts';

const joined = (v: unknown, size?: number) => [...jsonChunks(v, size)].join('');

describe('jsonChunks: JSON.stringify in pieces', () => {
  it('writes the same text as JSON.stringify for any JSON-like value, long lists included, in chunks of any size', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('list'), tie('object')),
      list: fc.array(tie('any'), { maxLength: 200 }),
      object: fc.dictionary(fc.string(), fc.oneof(tie('any'), fc.constant(undefined))),
    })).any;
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 5000 }), (v, size) => {
        expect(joined(v, size)).toBe(JSON.stringify(v));
      }),
      { numRuns: 300 },
    );
  });

  it('treats undefined, functions, toJSON, null prototypes and odd keys as JSON.stringify does', () => {
    const long = Array.from({ length: 100 }, (_, i) =>
      i % 3 === 0 ? undefined : i % 3 === 1 ? () => i : new Date(Date.UTC(2026, 0, i)),
    );
    const bare = Object.assign(Object.create(null) as object, { a: 1, b: undefined });
    const v = {
      ok: true,
      result: { long, bare, date: new Date(0), fn: () => 1, '"quoted"\n': 'é', nested: [[...long], { x: long }] },
    };
    expect(joined(v, 10)).toBe(JSON.stringify(v));
    expect(joined({ n: NaN, i: -Infinity, z: -0, s: new String('x'), big: Array(70).fill(NaN) })).toBe(
      JSON.stringify({ n: NaN, i: -Infinity, z: -0, s: new String('x'), big: Array(70).fill(NaN) }),
    );
  });

  it('cuts a long list into chunks of about the size asked', () => {
    const people = Array.from({ length: 10_000 }, (_, i) => ({ id: i, fullName: `Nguyễn Văn ${i}` }));
    const chunks = [...jsonChunks({ ok: true, result: { people } }, 4096)];
    expect(chunks.length).toBeGreaterThan(50);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(4096 + 100);
  });
});
