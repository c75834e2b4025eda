/**
 * Characters that are never part of text the app stores (names of units, people, plans, target
 * sets; notes, reasons, citations), in one definition used at every boundary: C0 controls other
 * than tab and line breaks (NUL cuts SQLite's text functions short; ESC starts a terminal escape
 * sequence), DEL, C1 controls (U+009B alone is a terminal's CSI), and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) that display text in another order than it
 * is stored, so "Sở Y tế" could show as something else on screen and paper.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point (see above)
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_CHARS_ALL = new RegExp(CONTROL_CHARS.source, 'g');

/** True when `text` holds a character of CONTROL_CHARS. */
export function hasControlChars(text: string): boolean {
  return CONTROL_CHARS.test(text);
}

/**
 * The path (`a.b.0.c`) of the first string, or record key, holding a control character anywhere in
 * a parsed value, or null when there is none.
 */
export function controlCharsAt(value: unknown, at: string[] = []): string | null {
  if (typeof value === 'string') return hasControlChars(value) ? at.join('.') : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharsAt(value[i], [...at, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (hasControlChars(key)) return [...at, key].join('.');
      const found = controlCharsAt(v, [...at, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text safe to print on a terminal: each control character (and, with `oneLine`, each tab and line
 * break, which would shift columns or fake a line) shown as `\u001b` instead of being sent raw —
 * also a valid escape inside a JSON string. Stored data from before these characters were refused
 * is printed this way.
 */
export function printable(text: string, oneLine = false): string {
  const out = text.replace(CONTROL_CHARS_ALL, escape);
  return oneLine ? out.replace(/[\t\r\n]/g, escape) : out;
}

/** JSON for a terminal: as JSON.stringify, with every control character written as a `\uXXXX` escape. */
export function printableJson(value: unknown): string {
  return printable(JSON.stringify(value, null, 2));
}
