/**
 * The embedded font of printed documents: Tinos (metric-compatible with Times New Roman, full
 * Vietnamese glyphs, from the @fontsource/tinos package), as @font-face rules with data: URLs so
 * that the HTML prints the same on every machine. Only the Latin, Latin Extended and Vietnamese
 * subsets are embedded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from '../paths.ts';

export const FONT_FILES_DIR = path.join(APP_ROOT, 'node_modules', '@fontsource', 'tinos', 'files');
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const STYLES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

/** The unicode-range of each subset, read from the package's own CSS. */
function unicodeRanges(dir: string): Map<string, string> {
  const css = path.join(dir, '..', '400.css');
  const ranges = new Map<string, string>();
  if (!fs.existsSync(css)) return ranges;
  for (const m of fs
    .readFileSync(css, 'utf8')
    .matchAll(/tinos-([a-z-]+)-400-normal\.woff2[^}]*unicode-range:\s*([^;]+);/g))
    ranges.set(m[1]!, m[2]!.trim());
  return ranges;
}

const cache = new Map<string, string>();

/** @font-face rules for Tinos from `dir` (the package's files/ folder, or a copy of its .woff2 files with 400.css one level up). */
export function tinosFontCss(dir = FONT_FILES_DIR): string {
  const hit = cache.get(dir);
  if (hit) return hit;
  const ranges = unicodeRanges(dir);
  const rules: string[] = [];
  for (const { weight, style } of STYLES) {
    for (const subset of SUBSETS) {
      const file = path.join(dir, `tinos-${subset}-${weight}-${style}.woff2`);
      if (!fs.existsSync(file))
        throw new Error(`TinhGon: missing font file ${file} (npm ci installs @fontsource/tinos)`);
      const range = ranges.get(subset);
      rules.push(
        `@font-face{font-family:'Tinos';font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${fs.readFileSync(file).toString('base64')}) format('woff2');${range ? `unicode-range:${range};` : ''}}`,
      );
    }
  }
  const css = rules.join('\n');
  cache.set(dir, css);
  return css;
}
