import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_FILE_NAME } from '../db/sample-workspace.ts';

/** The repository / app root (one level above electron/). */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_DIR = path.join(APP_ROOT, 'dist', 'renderer');

/** Where TinhGon keeps its files outside Electron: $TINHGON_HOME, else the platform's data folder. */
export function dataDir(): string {
  if (process.env.TINHGON_HOME) return path.resolve(process.env.TINHGON_HOME);
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'TinhGon');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'TinhGon');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'TinhGon');
}

export function defaultSampleFile(): string {
  return path.join(dataDir(), SAMPLE_FILE_NAME);
}

/** The list of recently opened workspaces (browser mode; Electron keeps its own in userData). */
export function recentListFile(): string {
  return path.join(dataDir(), 'recent.json');
}
