/**
 * The Electron lock-down that does not need a window to be tested: permissions and navigation.
 * Typed against electron.d.ts but taking only the methods it uses, so unit tests pass fakes.
 */
import type { Session, WebContents } from 'electron';

/** Every permission request is refused and every permission check answers "no" (camera, notifications, USB, …). */
export function denyAllPermissions(
  ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/**
 * Sub-frames may only show inline documents (the print preview's `srcdoc`); any other navigation
 * of a sub-frame is refused.
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return false; // the main frame is loaded by the main process only (will-navigate)
  return url === 'about:srcdoc' || url === 'about:blank';
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation of the window, no sub-frame leaving the app, no new windows, no <webview>. */
export function lockDownContents(contents: Contents): void {
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.on('will-frame-navigate', (e) => {
    if (!isAllowedFrameNavigation(e.url, e.isMainFrame)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
