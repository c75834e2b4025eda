/**
 * A workspace the operating system asks the app to open: a double-clicked `.tinhgon` file arrives
 * in the command line (Windows, Linux; passed on by the single-instance lock when the app already
 * runs) or as macOS's `open-file` event. Pure parts, tested without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKSPACE_EXTENSION, openWorkspace, type Workspace } from '../db/workspace.ts';
import type { Session } from './session.ts';

/**
 * The first `.tinhgon` file named on a command line, absolute (relative ones against `cwd`, the
 * launching shell's folder), or null. `argv[0]` is the executable; switches (`--…`) Electron or
 * Chromium add are skipped; a `file://` URL (Linux desktop files pass `%U`) is turned into its path.
 */
export function workspaceFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.includes('\0')) continue;
    let file = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (path.extname(file).toLowerCase() === WORKSPACE_EXTENSION) return path.resolve(cwd, file);
  }
  return null;
}

/** Serves `file` in `session` (nothing to do when it is the open one); throws the usual refusal and keeps the session as it was. */
export function openInSession(
  session: Session,
  file: string,
  open: (file: string) => Workspace = openWorkspace,
): boolean {
  if (path.resolve(file) === session.workspace.file) return false;
  session.switchTo(open(file));
  return true;
}
