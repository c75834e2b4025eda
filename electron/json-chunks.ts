/**
 * JSON text of a response in pieces, for the HTTP server: the same text as `JSON.stringify(value)`,
 * but a long list (100,000 people) is never one string. Objects are walked key by key; an array
 * longer than `LONG` is written element by element, each element with `JSON.stringify`; anything
 * else is stringified whole. Pieces are gathered into chunks of about `size` characters.
 */
const LONG = 64;

export function* jsonChunks(value: unknown, size = 1 << 16): Generator<string> {
  let buf = '';
  for (const piece of piecesOf(resolved(value, ''))) {
    buf += piece;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf.length > 0) yield buf;
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
/** What JSON.stringify writes for a value under `key`: its toJSON's result if it has one. */
const resolved = (v: unknown, key: string): unknown => (hasToJSON(v) ? v.toJSON(key) : v);

function* piecesOf(value: unknown): Generator<string> {
  if (Array.isArray(value) && value.length > LONG) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const text = JSON.stringify(value[i]) ?? 'null';
      yield i === 0 ? text : `,${text}`;
    }
    yield ']';
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && isPlain(value)) {
    yield '{';
    let first = true;
    for (const k of Object.keys(value)) {
      const v = resolved((value as Record<string, unknown>)[k], k);
      if (skipped(v)) continue;
      yield `${first ? '' : ','}${JSON.stringify(k)}:`;
      first = false;
      yield* piecesOf(v);
    }
    yield '}';
  } else {
    yield JSON.stringify(value) ?? 'null';
  }
}

function hasToJSON(v: unknown): v is { toJSON(key: string): unknown } {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

/** Plain objects (and null-prototype ones) are walked; boxed primitives and the like are left to JSON.stringify. */
function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
