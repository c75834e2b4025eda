import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../i18n/vi.ts';
import { en } from '../i18n/en.ts';
import { isMessageKey } from '../i18n/index.ts';

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages of the positions core', () => {
  // Every 'err.…' and 'find.…' key named in the positions sources.
  const dir = import.meta.dirname;
  const keys = new Set<string>();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/'((?:err|find)\.[A-Za-z]+)'/g))
      keys.add(m[1]!);
  }

  it('exist in Vietnamese and English with the same placeholders', () => {
    expect(keys.size).toBeGreaterThan(25);
    for (const k of keys) {
      expect(isMessageKey(k), k).toBe(true);
      if (!isMessageKey(k)) continue;
      expect(holes(en[k]), k).toEqual(holes(vi[k]));
    }
  });
});
