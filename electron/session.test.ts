import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../db/workspace.ts';
import { openLastOr, readRecent, Session } from './session.ts';
import { tempDir } from '../tests/temp.ts';
import { unit } from '../tests/fixtures.ts';

const meta = { provinceName: 'T', baseYear: 2026, provinceClass: 'class2' as const, isSample: false };

describe('session: recent list, where the user was, and the workspace to start with', () => {
  it('remembers the view, plan and unit per workspace across a restart, written whole each time', () => {
    const dir = tempDir();
    const recent = path.join(dir, 'app', 'recent.json');
    const a = path.join(dir, 'a.tinhgon');
    const b = path.join(dir, 'b.tinhgon');
    createWorkspace(a, meta, [unit('A', null)]).close();
    createWorkspace(b, meta, [unit('B', null)]).close();
    const s = new Session(openWorkspace(a), recent);
    expect(s.uiState()).toEqual({});
    s.setUiState({ view: 'scenarios', scenario: 'PA1' });
    s.setUiState({ unit: 'A' });
    s.switchTo(openWorkspace(b));
    s.setUiState({ view: 'chart', lang: 'en' });
    s.close();
    expect(fs.readdirSync(path.dirname(recent)).sort()).toEqual(['recent.json', 'ui-state.json']); // no temporary file left
    const again = new Session(openWorkspace(a), recent);
    // The language is the app's: chosen in b, kept for a too.
    expect(again.uiState()).toEqual({ view: 'scenarios', scenario: 'PA1', unit: 'A', lang: 'en' });
    again.close();
    expect(readRecent(recent)).toEqual([a, b]);
  });

  it('starts with the workspace used last; the fallback when it is gone or held by another TinhGon', () => {
    const dir = tempDir();
    const recent = path.join(dir, 'recent.json');
    const last = path.join(dir, 'last.tinhgon');
    const sample = path.join(dir, 'sample.tinhgon');
    createWorkspace(last, meta, [unit('L', null)]).close();
    createWorkspace(sample, meta, [unit('S', null)]).close();
    fs.writeFileSync(recent, JSON.stringify([last]));
    const fallback = () => openWorkspace(sample);
    const first = openLastOr(recent, openWorkspace, fallback);
    expect(first.file).toBe(last);
    const logs: string[] = [];
    const second = openLastOr(recent, openWorkspace, fallback, (m) => logs.push(m)); // `last` is held by `first`
    expect(second.file).toBe(sample);
    expect(logs[0]).toContain('could not reopen');
    first.close();
    second.close();
    fs.rmSync(last);
    const third = openLastOr(recent, openWorkspace, fallback);
    expect(third.file).toBe(sample);
    third.close();
    fs.writeFileSync(recent, '{damaged');
    expect(readRecent(recent)).toEqual([]);
  });
});
