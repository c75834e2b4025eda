/**
 * PDF through the system's Chromium (browser mode and the CLI): playwright-core drives the
 * installed browser, never a downloaded one. The document's own @page rules give the paper size,
 * margins and page numbers (preferCSSPageSize), as they do for Electron's printToPDF.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors.ts';

/** Where Chromium-family browsers usually live (Debian/Ubuntu, Fedora, snap, Windows, macOS). */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to use: the one given, else $CHROMIUM_PATH, else the first usual path that exists; null when none. */
export function findChromium(
  given?: string | null,
  env: NodeJS.ProcessEnv = process.env,
  candidates = CHROMIUM_PATHS,
): string | null {
  if (given) return fs.existsSync(given) ? given : null;
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/** A renderer over the given Chromium executable (found as findChromium does when not given). */
export function chromiumPdfRenderer(executable?: string | null): PdfRenderer {
  return async (html) => {
    const exe = findChromium(executable);
    if (!exe)
      throw new AppError('bad_request', 'err.noChromium', { path: executable ?? process.env.CHROMIUM_PATH ?? '' });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await browser.close();
    }
  };
}
