import { describe, expect, it } from 'vitest';
import { UploadCache } from './upload-cache.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('UploadCache', () => {
  it('parses the same bytes once, also while the first parse runs', async () => {
    const cache = new UploadCache<string>({ maxEntries: 2, maxBytes: 1000, maxAgeMs: 60_000 });
    let parses = 0;
    const parse = () => Promise.resolve(`v${++parses}`);
    const [a, b] = await Promise.all([cache.get('xlsx', bytes('abc'), parse), cache.get('xlsx', bytes('abc'), parse)]);
    expect([a, b, await cache.get('xlsx', bytes('abc'), parse)]).toEqual(['v1', 'v1', 'v1']);
    expect(parses).toBe(1);
    // Other bytes, or the same bytes read as another format, are parsed apart.
    expect(await cache.get('csv', bytes('abc'), parse)).toBe('v2');
    expect(await cache.get('xlsx', bytes('abd'), parse)).toBe('v3');
    cache.forget('xlsx', bytes('abc'));
    expect(await cache.get('xlsx', bytes('abc'), parse)).toBe('v4');
  });

  it('evicts the least recently used beyond the entry and byte limits', async () => {
    const cache = new UploadCache<string>({ maxEntries: 2, maxBytes: 10, maxAgeMs: 60_000 });
    let parses = 0;
    const parse = () => Promise.resolve(`v${++parses}`);
    await cache.get('x', bytes('aaa'), parse); // v1
    await cache.get('x', bytes('bbb'), parse); // v2
    await cache.get('x', bytes('aaa'), parse); // hit: aaa is now the most recent
    await cache.get('x', bytes('ccc'), parse); // v3 evicts bbb
    expect(cache.size).toBe(2);
    expect(await cache.get('x', bytes('aaa'), parse)).toBe('v1');
    expect(await cache.get('x', bytes('bbb'), parse)).toBe('v4');
    // 9 bytes of 10 kept; an 8-byte upload pushes out the older ones.
    await cache.get('x', bytes('dddddddd'), parse);
    expect(cache.size).toBe(1);
    // Larger than the byte limit: parsed every time, never kept.
    const big = bytes('x'.repeat(11));
    expect(await cache.get('x', big, parse)).toBe('v6');
    expect(await cache.get('x', big, parse)).toBe('v7');
    expect(cache.size).toBe(1);
  });

  it('parses again after the maximum age and after a failed parse', async () => {
    let t = 0;
    const cache = new UploadCache<string>({ maxEntries: 4, maxBytes: 1000, maxAgeMs: 100 }, () => t);
    let parses = 0;
    const parse = () => Promise.resolve(`v${++parses}`);
    await cache.get('x', bytes('a'), parse);
    t = 100;
    expect(await cache.get('x', bytes('a'), parse)).toBe('v1');
    t = 101;
    expect(await cache.get('x', bytes('a'), parse)).toBe('v2');
    const failing = () => Promise.reject(new Error('unreadable'));
    await expect(cache.get('x', bytes('bad'), failing)).rejects.toThrow('unreadable');
    await Promise.resolve();
    expect(await cache.get('x', bytes('bad'), parse)).toBe('v3');
  });
});
