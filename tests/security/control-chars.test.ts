/**
 * Text the app stores or shows refuses NUL, terminal escapes (ESC, the C1 controls such as U+009B
 * CSI) and bidi overrides, at every channel (one check in `dispatch`, one definition in
 * shared/model/text.ts) and in imported files, people included; data stored before is printed
 * escaped by `tinhgon people --names`, never raw.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/index.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { countPeople, insertPeople } from '../../db/people-repo.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generatePeople } from '../../shared/sample/generate.ts';
import { sampleMeta } from '../../shared/sample/hau-giang.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';
import { fingerprint } from './fingerprint.ts';

const UNSAFE = {
  nul: 'Sở\u0000Y tế',
  esc: 'Sở \u001b[2J\u001b]0;pwned\u0007Y tế',
  csi: 'Sở \u009b31mY tế',
  del: 'Sở\u007f',
  bidi: 'Sở \u202eết Y',
  isolate: 'Sở \u2066Y\u2069 tế',
};
const units = [unit('A', null, { civilServantActual: 20 }), unit('B', 'A', { civilServantActual: 20 })];

function setup() {
  const ws = createWorkspace(path.join(tempDir(), 'w.tinhgon'), sampleMeta(), units);
  const handlers = createHandlers(ws);
  return { ws, call: (channel: string, args: unknown) => dispatch(handlers, channel, args) };
}

describe('text fields refuse control characters, terminal escapes and bidi overrides', () => {
  it('every kind of text a person types: plan, unit, target set names, notes, reasons, citations', async () => {
    const { ws, call } = setup();
    expect((await call('scenario.create', { name: 'Phương án 1' })).ok).toBe(true);
    const own = await call('targetSets.list', {});
    const builtIn = (own as { result: { builtIn: Array<Record<string, unknown>> } }).result.builtIn[0]!;
    const before = fingerprint(ws.db);
    for (const [kind, text] of Object.entries(UNSAFE)) {
      const calls: Array<[string, unknown]> = [
        ['scenario.create', { name: text }],
        ['scenario.rename', { name: 'Phương án 1', newName: text }],
        ['units.update', { code: 'B', patch: { name: text } }],
        ['targetSets.save', { set: { ...builtIn, id: 'rieng', title: text } }],
        ['finance.set', { code: 'B', year: 2024, revenue: '1', spending: '2', note: text, amountUnit: 'trieu_dong' }],
        ['finance.override', { code: 'B', year: 2024, group: null, reason: text }],
        ['people.addBaseSalary', { amount: '2.340.000', from: '01/07/2024', citation: text }],
      ];
      for (const [channel, args] of calls) {
        const env = await call(channel, args);
        expect([kind, channel, !env.ok && env.error.key]).toEqual([kind, channel, 'err.controlChars']);
      }
    }
    expect(fingerprint(ws.db)).toBe(before);
    ws.close();
  });

  it('a personnel file with an escape or a bidi override in a name or id is refused whole, naming the row', async () => {
    const { ws, call } = setup();
    const header = 'Họ và tên;Mã nhân sự;Mã đơn vị;Giới tính;Ngày sinh;Lương tháng hiện hưởng (đồng)';
    const rows = [
      'Lê Văn An;NS1;B;Nam;01/01/1980;9.000.000',
      `Trần \u001b[31mĐỏ;NS2;B;Nữ;01/01/1981;9.000.000`,
      `Phạm Bình;NS${UNSAFE.bidi};B;Nam;01/01/1982;9.000.000`,
    ];
    const env = await call('people.import', {
      fileName: 'ds.csv',
      data: Buffer.from(`${header}\n${rows.join('\n')}\n`).toString('base64'),
    });
    expect(!env.ok && env.error.key).toBe('err.importInvalid');
    const issues = (!env.ok && env.error.issues) || [];
    expect(issues.map((i) => [i.params?.row, i.params?.column, i.key])).toEqual([
      [3, 'Họ và tên', 'err.controlChars'],
      [4, 'Mã nhân sự', 'err.controlChars'],
    ]);
    // eslint-disable-next-line no-control-regex -- the test looks for a raw ESC in the answer
    expect(JSON.stringify(issues)).not.toMatch(/\u001b|\u202e/); // the value is shown escaped
    expect(countPeople(ws.db)).toBe(0);
    ws.close();
  });

  it('`tinhgon people --names` (and any command) prints names stored before (with escapes in them) escaped, never raw', () => {
    const file = path.join(tempDir(), 'w.tinhgon');
    const ws = createWorkspace(file, sampleMeta(), units);
    const people = generatePeople(units, 3, 1).map((p, i) => ({
      ...p,
      fullName: [UNSAFE.esc, UNSAFE.csi, UNSAFE.bidi][i]!,
      employeeId: i === 0 ? 'X\u001b[31m' : null,
    }));
    ws.db.transaction(() => insertPeople(ws.db, people)).immediate(); // as an older version could have stored them
    ws.db.prepare("UPDATE units SET name = ? WHERE code = 'B'").run(UNSAFE.csi);
    ws.close();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('electron/cli/tinhgon.mjs'), 'people', file, '--names', ...args], {
        encoding: 'utf8',
      });
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters in the output
    const raw = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const table = run();
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(raw);
    expect(table.stdout).toContain('Sở \\u001b[2J\\u001b]0;pwned\\u0007Y tế');
    const json = run('--json');
    expect(json.stdout).not.toMatch(raw);
    // Any command: a unit name stored with a CSI is printed escaped too.
    const listed = spawnSync(process.execPath, [path.resolve('electron/cli/tinhgon.mjs'), 'units', file], {
      encoding: 'utf8',
    });
    expect(listed.stdout).toContain('Sở \\u009b31mY tế');
    expect(listed.stdout).not.toMatch(raw);
    // Still exact JSON: the names read back as stored.
    expect(
      (JSON.parse(json.stdout) as { names: Array<{ fullName: string }> }).names.map((p) => p.fullName).sort(),
    ).toEqual([UNSAFE.esc, UNSAFE.csi, UNSAFE.bidi].sort());
  });
});
