/**
 * Paths given by a person (File menu, API, CLI) never destroy or expose another file:
 * - a name ending in a space or a dot, or holding a control character (NUL), is refused with a
 *   message before anything is written (SQLite/the OS would trim or cut it and write elsewhere);
 * - an existing file is never overwritten unless the caller chose to replace it (then through a
 *   temporary file renamed over it); a kill mid-backup leaves no partial file under the name;
 * - a FIFO, a device or a directory is refused at once (a FIFO used to hang the whole server);
 * - browser mode only reads and writes inside the data folder and --files-root folders, symlinks
 *   leading out included; every bad path answers 4xx with a message over HTTP, never 500.
 * The FIFO and kill cases run in other processes (tests/security/path-worker.ts, the CLI), so a
 * hang is seen as a timeout, not as a frozen test runner.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { TOKEN_HEADER } from '../../electron/http-server.ts';
import { browserFileAccess } from '../../electron/browser-mode.ts';
import { APP_ROOT } from '../../electron/paths.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { isMessageKey } from '../../shared/i18n/index.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { FileAccess, checkPathText } from '../../db/safe-path.ts';
import { tempDir } from '../temp.ts';

const WORKER = path.join(APP_ROOT, 'tests/security/path-worker.ts');
const CLI = path.join(APP_ROOT, 'electron/cli/tinhgon.mjs');
/** Long enough for a cold start of the CLI on a loaded machine; a FIFO read would block far beyond it. */
const HANG_MS = 30_000;

const meta = (provinceName: string) => ({ ...sampleMeta(), provinceName });
const bytes = (file: string) => fs.readFileSync(file);

function workspaceAt(file: string, name = 'Hậu Giang') {
  createWorkspace(file, meta(name), generateSampleProvince()).close();
  return file;
}

/** The handler table over a fresh workspace, called as the UI calls it; errors come back as envelopes. */
function desktop(dir = tempDir()) {
  const ws = createWorkspace(path.join(dir, 'hau-giang.tinhgon'), meta('Hậu Giang'), generateSampleProvince());
  const handlers = createHandlers(ws);
  const call = (channel: string, args: unknown) => dispatch(handlers, channel, args);
  return { dir, ws, call };
}

function tinhgon(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: HANG_MS });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

describe('path text: what SQLite or the OS would trim or cut is refused, nothing written', () => {
  it('a backup, save-as or CLI backup to "other.tinhgon " never overwrites other.tinhgon', async () => {
    const { dir, call, ws } = desktop();
    const other = workspaceAt(path.join(dir, 'soc-trang.tinhgon'), 'Sóc Trăng');
    const before = bytes(other);
    for (const name of ['soc-trang.tinhgon ', 'soc-trang.tinhgon.', 'soc-trang.tinhgon. ']) {
      for (const [channel, args] of [
        ['workspace.backup', { file: path.join(dir, name) }],
        ['workspace.saveAs', { file: path.join(dir, name) }],
      ] as const) {
        const env = await call(channel, args);
        expect(env.ok, `${channel} "${name}"`).toBe(false);
        if (!env.ok) expect(env.error.key).toBe('err.pathTrailing');
      }
    }
    expect(bytes(other).equals(before)).toBe(true);
    expect(ws.file).toBe(path.join(dir, 'hau-giang.tinhgon')); // still serving the same file
    ws.close();
    const cli = tinhgon('backup', path.join(dir, 'hau-giang.tinhgon'), path.join(dir, 'soc-trang.tinhgon '));
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain('kết thúc bằng dấu cách hoặc dấu chấm');
    const init = tinhgon('init', path.join(dir, 'soc-trang.tinhgon '));
    expect(init.code).not.toBe(0);
    expect(init.stderr).toContain('kết thúc bằng dấu cách hoặc dấu chấm');
    expect(bytes(other).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['hau-giang.tinhgon', 'soc-trang.tinhgon']);
  });

  it('"thesis.docx\\u0000.tinhgon" never touches thesis.docx, through any channel', async () => {
    const { dir, call, ws } = desktop();
    const thesis = path.join(dir, 'thesis.docx');
    fs.writeFileSync(thesis, 'Luận văn thạc sĩ — bản cuối');
    const file = `${thesis}\u0000.tinhgon`;
    const attempts = [
      ['workspace.backup', { file }],
      ['workspace.backup', { file, withoutPeople: true }],
      ['workspace.saveAs', { file }],
      ['workspace.create', { file }],
      ['workspace.restore', { backupFile: ws.file, file }],
      ['workspace.open', { file }],
      ['province.read', { file }],
    ] as const;
    for (const [channel, args] of attempts) {
      const env = await call(channel, args);
      expect(env.ok, channel).toBe(false);
      if (!env.ok) {
        // Refused by the path check, or earlier by dispatch's check of every string argument (shared/model/text.ts).
        expect(['err.pathControlChars', 'err.controlChars'], channel).toContain(env.error.key);
        expect(JSON.stringify(env.error.params)).not.toContain('\u0000'); // shown escaped
      }
      expect(fs.readFileSync(thesis, 'utf8')).toBe('Luận văn thạc sĩ — bản cuối');
    }
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => !f.startsWith('hau-giang'))
        .sort(),
    ).toEqual(['thesis.docx']);
    ws.close();
  });

  it('refuses control characters anywhere and Windows device names on Windows', () => {
    for (const bad of ['a\nb.tinhgon', 'a\u001bb.tinhgon', 'a\u007f.tinhgon', 'dir\u0000/x.tinhgon'])
      expect(() => checkPathText(bad)).toThrow(expect.objectContaining({ key: 'err.pathControlChars' }));
    expect(() => checkPathText('C:\\data\\CON.tinhgon', 'win32')).toThrow(
      expect.objectContaining({ key: 'err.pathReserved' }),
    );
    expect(() => checkPathText('/data/con.tinhgon', 'linux')).not.toThrow(); // "con" is an ordinary Vietnamese word
    expect(() => checkPathText('/data/thư mục/Hậu Giang 2026.tinhgon')).not.toThrow();
  });
});

describe('an existing file is replaced only when the person chose to', () => {
  it('backup and save-as refuse an existing target; with replace it is swapped whole through a temporary file', async () => {
    const { dir, call, ws } = desktop();
    const other = workspaceAt(path.join(dir, 'cu.tinhgon'), 'Bản cũ');
    const before = bytes(other);
    for (const channel of ['workspace.backup', 'workspace.saveAs'] as const) {
      const env = await call(channel, { file: other });
      expect(env.ok).toBe(false);
      if (!env.ok) expect(env.error.key).toBe('err.fileExists');
    }
    expect(bytes(other).equals(before)).toBe(true);
    // The file being served is never replaced, even when asked.
    const self = await call('workspace.backup', { file: ws.file, replace: true });
    expect(self.ok).toBe(false);

    const replaced = await call('workspace.backup', { file: other, replace: true });
    expect(replaced).toMatchObject({ ok: true, result: { file: other } });
    const copy = openWorkspace(other);
    expect(listUnits(copy.db)).toEqual(listUnits(ws.db));
    copy.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    ws.close();
  });

  it('a file with a journal beside it (open elsewhere, or cut off) is not replaced: SQLite would replay that journal onto the copy', async () => {
    const { dir, call, ws } = desktop();
    const other = workspaceAt(path.join(dir, 'dang-mo.tinhgon'));
    fs.writeFileSync(`${other}-wal`, 'x');
    const env = await call('workspace.backup', { file: other, replace: true });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.key).toBe('err.workspaceInUse');
    ws.close();
  });

  it('the CLI export refuses an existing output and leaves it as it was', () => {
    const dir = tempDir();
    const file = workspaceAt(path.join(dir, 'w.tinhgon'));
    const out = path.join(dir, 'don-vi.csv');
    fs.writeFileSync(out, 'của tôi');
    const r = tinhgon('export', file, out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('đã tồn tại');
    expect(fs.readFileSync(out, 'utf8')).toBe('của tôi');
  });

  it("a backup killed half-way leaves no partial file under the backup's name", async () => {
    const src = path.join(tempDir(), 'lon.tinhgon');
    createWorkspace(src, meta('Lớn'), generateUnits(20_000)).close();
    const db = new BetterSqlite3(src);
    // About 32 MB of filler in a table the schema has (a table of its own would be refused as a damaged schema).
    db.exec(
      "INSERT INTO meta (key, value) SELECT 'filler-' || i, hex(randomblob(2048)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) SELECT i FROM n);",
    );
    db.close();
    const outDir = tempDir();
    const target = path.join(outDir, 'sao-luu.tinhgon');
    const child = spawn(process.execPath, [WORKER, 'backup', src, target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const signal = await new Promise((resolve) => child.once('exit', (_code, s) => resolve(s)));
    expect(signal, out).toBe('SIGKILL'); // killed mid-backup, not finished
    expect(fs.existsSync(target)).toBe(false);
    // What is left is only the temporary file, named so nobody takes it for a backup.
    for (const f of fs.readdirSync(outDir)) expect(f).toMatch(/^\.sao-luu\.tinhgon\.[0-9a-f]+\.tmp(-journal)?$/);
  }, 120_000);
});

describe('special files: a FIFO, a device or a directory is refused at once', () => {
  it('through the CLI: opening and importing from them end with a message, never hang', () => {
    const dir = tempDir();
    const file = workspaceAt(path.join(dir, 'w.tinhgon'));
    const fifo = path.join(dir, 'ong.tinhgon');
    mkfifo(fifo);
    const fifoCsv = path.join(dir, 'ong.csv');
    mkfifo(fifoCsv);
    const cases = [
      [['units', fifo], 'không phải là tệp thông thường'],
      [['import', file, fifoCsv], 'không phải là tệp thông thường'],
      [['people', file, '--import', fifoCsv], 'không phải là tệp thông thường'],
      [['scenario', file, '--from', fifoCsv], 'không phải là tệp thông thường'],
      [['autonomy', fifoCsv], 'không phải là tệp thông thường'],
      [['import', file, '/dev/zero'], 'không phải là tệp thông thường'],
      [['import', file, dir], 'là một thư mục'],
    ] as const;
    for (const [args, says] of cases) {
      const r = tinhgon(...args);
      expect(r.signal, `${args.join(' ')} hung`).toBeNull();
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr, args.join(' ')).toContain(says);
    }
  }, 300_000);
});

describe("browser mode's allowed folders", () => {
  it("are the data folder, the --workspace file's folder and each --files-root, which must exist", () => {
    const home = path.join(tempDir(), 'TinhGon');
    const [given, work] = [tempDir(), tempDir()];
    const saved = process.env.TINHGON_HOME;
    process.env.TINHGON_HOME = home;
    try {
      expect(browserFileAccess({ workspace: path.join(work, 'w.tinhgon'), filesRoots: [given] }).roots).toEqual([
        home,
        work,
        given,
      ]);
      expect(fs.statSync(home).isDirectory()).toBe(true);
      expect(() => browserFileAccess({ filesRoots: [path.join(given, 'khong-co')] })).toThrow(/--files-root/);
    } finally {
      if (saved === undefined) delete process.env.TINHGON_HOME;
      else process.env.TINHGON_HOME = saved;
    }
  });
  it('"Sao lưu" without a path still writes beside the open workspace, wherever it is; a given path stays confined', async () => {
    const dir = tempDir();
    const ws = createWorkspace(path.join(dir, 'w.tinhgon'), meta('Hậu Giang'), generateSampleProvince());
    const handlers = createHandlers(ws, { files: new FileAccess([tempDir()]) });
    const mine = await dispatch(handlers, 'workspace.backup', {});
    expect(mine.ok).toBe(true);
    if (mine.ok) expect(path.dirname((mine.result as { file: string }).file)).toBe(dir);
    const given = await dispatch(handlers, 'workspace.backup', { file: path.join(dir, 'khac.tinhgon') });
    expect(given.ok ? null : given.error.key).toBe('err.pathOutside');
    ws.close();
  });
});

describe('browser mode over HTTP: confined paths, special files refused, bad paths 4xx', () => {
  let server: ChildProcess;
  let url = '';
  let token = '';
  let root = '';
  let outside = '';
  let served = '';

  const post = async (channel: string, args: unknown) => {
    const res = await fetch(`${url}api/${channel}`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(10_000),
    });
    return {
      status: res.status,
      json: (await res.json()) as {
        ok: boolean;
        result?: { file?: string };
        error?: { key: string; params?: Record<string, unknown> };
      },
    };
  };
  /** What the served workspace holds (the server keeps it locked, so it is read through the API). */
  const digest = async () =>
    JSON.stringify([
      (await post('workspace.info', {})).json,
      (await post('units.list', {})).json,
      (await post('scenario.list', {})).json,
    ]);

  // Kept for the whole describe (tempDir() folders go after each test).
  const kept: string[] = [];
  const keptDir = () => {
    kept.push(fs.mkdtempSync(path.join(os.tmpdir(), 'tinhgon-paths-')));
    return kept[kept.length - 1]!;
  };

  beforeAll(async () => {
    root = keptDir();
    outside = keptDir();
    const staticDir = path.join(keptDir(), 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    served = workspaceAt(path.join(root, 'hau-giang.tinhgon'));
    server = spawn(process.execPath, [WORKER, 'serve', served, staticDir, root], { stdio: ['ignore', 'pipe', 'pipe'] });
    ({ url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
      });
      server.stderr!.on('data', (d) => (out += d));
      server.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    }));
    expect((await post('scenario.create', { name: 'x' })).status).toBe(200);
  }, 60_000);
  afterAll(() => {
    server?.kill('SIGKILL');
    for (const d of kept) fs.rmSync(d, { recursive: true, force: true });
  });

  it('a FIFO, /dev/zero, /dev/null or a folder is refused within seconds, and the server keeps answering', async () => {
    const fifo = path.join(root, 'ong.tinhgon');
    mkfifo(fifo);
    const folder = path.join(root, 'thu-muc.tinhgon');
    fs.mkdirSync(folder);
    for (const special of [fifo, folder]) {
      for (const [channel, args] of [
        ['workspace.restore', { backupFile: special, file: path.join(root, 'khoi-phuc.tinhgon') }],
        ['workspace.open', { file: special }],
        ['province.read', { file: special }],
      ] as const) {
        const started = Date.now();
        const { status, json } = await post(channel, args);
        expect(status, `${channel} ${special}`).toBe(400);
        expect(json.error!.key).toBe(special === folder ? 'err.isDirectory' : 'err.specialFile');
        expect(Date.now() - started).toBeLessThan(5000);
      }
    }
    expect(fs.existsSync(path.join(root, 'khoi-phuc.tinhgon'))).toBe(false);
    expect((await post('workspace.info', {})).status).toBe(200);
  });

  it('refuses paths outside the allowed folders, symlinks leading out included, and writes inside them', async () => {
    const foreign = workspaceAt(path.join(outside, 'bi-mat.tinhgon'), 'Bí mật');
    fs.symlinkSync(foreign, path.join(root, 'loi-tat.tinhgon'));
    fs.symlinkSync(outside, path.join(root, 'thu-muc-ngoai'));
    const refused = [
      ['workspace.open', { file: foreign }, 'err.pathOutside'],
      ['province.read', { file: foreign }, 'err.pathOutside'],
      ['workspace.open', { file: path.join(root, '..', path.basename(outside), 'bi-mat.tinhgon') }, 'err.pathOutside'],
      ['workspace.open', { file: path.join(root, 'loi-tat.tinhgon') }, 'err.pathSymlinkOutside'],
      ['province.read', { file: path.join(root, 'loi-tat.tinhgon') }, 'err.pathSymlinkOutside'],
      ['workspace.saveAs', { file: path.join(root, 'thu-muc-ngoai', 'lo.tinhgon') }, 'err.pathSymlinkOutside'],
      ['workspace.backup', { file: path.join(outside, 'lo.tinhgon') }, 'err.pathOutside'],
      ['workspace.backup', { file: path.join(root, 'thu-muc-ngoai', 'moi', 'lo.tinhgon') }, 'err.pathSymlinkOutside'],
      ['workspace.create', { file: path.join(outside, 'moi.tinhgon') }, 'err.pathOutside'],
      ['workspace.restore', { backupFile: foreign, file: path.join(root, 'khoi-phuc.tinhgon') }, 'err.pathOutside'],
      ['workspace.restore', { backupFile: served, file: path.join(outside, 'khoi-phuc.tinhgon') }, 'err.pathOutside'],
      ['scenario.annexPreview', { name: 'x', file: foreign, year: 2026, parentCode: null }, 'err.pathOutside'],
    ] as const;
    for (const [channel, args, key] of refused) {
      const { status, json } = await post(channel, args);
      expect(status, `${channel} ${JSON.stringify(args)}`).toBe(400);
      expect(json.error!.key, `${channel} ${JSON.stringify(args)}`).toBe(key);
    }
    expect(fs.readdirSync(outside)).toEqual(['bi-mat.tinhgon']);
    const backup = await post('workspace.backup', { file: path.join(root, 'sao-luu', 'ban-1.tinhgon') });
    expect(backup.status).toBe(200);
    expect(fs.existsSync(path.join(root, 'sao-luu', 'ban-1.tinhgon'))).toBe(true);
  });

  it('answers every hostile path with a 4xx and a message, never a 500, and changes nothing', async () => {
    const before = await digest();
    const file = path.join(root, 'f.tinhgon');
    const hostile = [
      '',
      ' ',
      '\u0000',
      `${root}/a\u0000b.tinhgon`,
      `${root}/x `,
      `${root}/x.`,
      `${root}/\u001b[31mred.tinhgon`,
      '/dev/zero',
      '/dev/null',
      '/dev/stdin',
      '/proc/self/mem',
      '/etc/passwd',
      '../../../../etc/shadow',
      'C:\\Windows\\system32\\config\\SAM',
      `${root}/${'a'.repeat(300)}.tinhgon`,
      `${served}/x.tinhgon`,
      'x'.repeat(1000),
      root,
      '\\\\server\\share\\x.tinhgon',
      `file://${served}`,
    ];
    const channels = (p: string) =>
      [
        ['workspace.open', { file: p }],
        ['workspace.create', { file: p }],
        ['workspace.saveAs', { file: p }],
        ['workspace.backup', { file: p }],
        ['workspace.restore', { backupFile: p, file }],
        ['workspace.restore', { backupFile: served, file: p }],
        ['province.read', { file: p }],
        ['scenario.annexPreview', { name: 'x', file: p, year: 2026, parentCode: null }],
      ] as const;
    const answers = new Set<string>();
    for (const p of hostile) {
      for (const [channel, args] of channels(p)) {
        const { status, json } = await post(channel, args);
        if (json.ok) {
          answers.add(`${channel} ${JSON.stringify(p)} ok`);
          continue;
        }
        expect(status, `${channel} ${JSON.stringify(p)}: ${json.error?.key}`).toBeGreaterThanOrEqual(400);
        expect(status, `${channel} ${JSON.stringify(p)}: ${json.error?.key}`).toBeLessThan(500);
        expect(isMessageKey(json.error!.key), json.error!.key).toBe(true);
        answers.add(json.error!.key);
      }
    }
    expect([...answers].filter((a) => a.endsWith(' ok'))).toEqual([]);
    expect(answers.has('err.internal')).toBe(false);
    expect((await post('workspace.info', {})).status).toBe(200);
    expect(await digest()).toBe(before);
  });
});
