/**
 * `npm start`: the desktop window when the Electron binary is present (or can be fetched) and a
 * display exists; otherwise one line saying why, and the same app in browser mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { startBrowserMode } from './browser-mode.ts';
import { APP_ROOT } from './paths.ts';
import { reportFatal } from './cli/report.ts';

const require = createRequire(import.meta.url);

function electronBinary(): { path: string } | { reason: string } {
  const pkgDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(pkgDir, 'path.txt');
  const present = () => fs.existsSync(pathFile) && fs.existsSync(path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
  if (!present()) {
    // The electron package downloads its binary on first use; try once, quietly.
    const r = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
    if (r.status !== 0 || !present()) return { reason: 'không tải được bản chạy Electron (máy không có Internet?)' };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'không có màn hình đồ họa (DISPLAY)' };
  return { path: path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8')) };
}

try {
  const electron = electronBinary();
  if ('path' in electron) {
    const child = spawn(electron.path, [APP_ROOT], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log(`Không mở được cửa sổ ứng dụng: ${electron.reason}; chuyển sang chế độ trình duyệt.`);
    const { server, workspace } = await startBrowserMode({});
    console.log(`TinhGon (chế độ trình duyệt) — tệp dữ liệu: ${workspace.file}`);
    console.log(`Mở địa chỉ này trong trình duyệt: ${server.openUrl}`);
  }
} catch (err) {
  reportFatal(err);
}
