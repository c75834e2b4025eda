/**
 * `npm start`: the desktop window when the Electron binary is present (or can be fetched), a
 * display exists and the window actually starts; otherwise one line saying why, and the same app
 * in browser mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { startBrowserMode } from './browser-mode.ts';
import { APP_ROOT } from './paths.ts';
import { reportFatal } from './cli/report.ts';
import { traceStart } from './start-trace.ts';

const require = createRequire(import.meta.url);
/** An Electron that exits with an error within this time did not start (missing libraries, sandbox…). */
const EARLY_EXIT_MS = 8000;

type Outcome = { ok: true } | { ok: false; reason: string };

function electronPaths() {
  const pkgDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(pkgDir, 'path.txt');
  const binary = () => (fs.existsSync(pathFile) ? path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8')) : null);
  return {
    pkgDir,
    binary: () => {
      const b = binary();
      return b && fs.existsSync(b) ? b : null;
    },
  };
}

/** The electron package downloads its binary on first use; try once, telling the user if it takes a while. */
function fetchElectron(pkgDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: 'ignore' });
    const notice = setTimeout(() => console.log('Đang tải bản chạy Electron…'), 3000);
    const limit = setTimeout(() => child.kill(), 300_000);
    child.on('exit', (code) => {
      clearTimeout(notice);
      clearTimeout(limit);
      resolve(code === 0);
    });
    child.on('error', () => resolve(false));
  });
}

function runElectron(binary: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(binary, [APP_ROOT], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(d);
    });
    child.on('error', (err) => resolve({ ok: false, reason: `không chạy được Electron (${err.message})` }));
    child.on('exit', (code) => {
      if (code && Date.now() - started < EARLY_EXIT_MS) {
        const firstLine = stderr.split('\n').find((l) => l.trim()) ?? `mã lỗi ${code}`;
        resolve({ ok: false, reason: `cửa sổ Electron không khởi động được (${firstLine.trim().slice(0, 160)})` });
      } else process.exit(code ?? 0);
    });
  });
}

async function tryDesktop(): Promise<Outcome> {
  // Without a display no window can open: said at once, before trying to fetch a binary it could not use.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return { ok: false, reason: 'không có màn hình đồ họa (DISPLAY)' };
  const { pkgDir, binary } = electronPaths();
  if (!binary() && !(await fetchElectron(pkgDir)))
    return { ok: false, reason: 'không tải được bản chạy Electron (máy không có Internet?)' };
  const bin = binary();
  if (!bin) return { ok: false, reason: 'không tải được bản chạy Electron (máy không có Internet?)' };
  return runElectron(bin);
}

traceStart('modules loaded');
try {
  const desktop = await tryDesktop();
  traceStart('desktop tried');
  if (!desktop.ok) {
    console.log(`Không mở được cửa sổ ứng dụng: ${desktop.reason}; chuyển sang chế độ trình duyệt.`);
    const filesRoots = parseArgs({ options: { 'files-root': { type: 'string', multiple: true } }, strict: false })
      .values['files-root'];
    const { server, workspace } = await startBrowserMode({
      filesRoots: Array.isArray(filesRoots) ? filesRoots.filter((r) => typeof r === 'string') : [],
    });
    console.log(`TinhGon (chế độ trình duyệt) — tệp dữ liệu: ${workspace.file}`);
    console.log(`Mở địa chỉ này trong trình duyệt: ${server.openUrl}`);
  }
} catch (err) {
  reportFatal(err);
}
