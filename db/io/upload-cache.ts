/**
 * A small bounded cache of parsed uploads, so the steps of one import (inspect, preview, apply)
 * parse the same file once. Keyed by a SHA-256 of the file's format and bytes; bounded by the
 * number of entries, by the total size of the cached uploads' bytes and by age. The value is
 * shared between callers and must be read only (readWorkbook's callers copy rows before changing
 * them; the cached sheets are frozen so a mistake throws instead of corrupting the next step).
 */
import { createHash } from 'node:crypto';

export interface UploadCacheLimits {
  /** Most uploads kept. */
  maxEntries: number;
  /** Most bytes of uploads kept (the parsed sheets take a few times this). */
  maxBytes: number;
  /** An entry older than this is parsed again. */
  maxAgeMs: number;
}

interface Entry<T> {
  value: Promise<T>;
  bytes: number;
  at: number;
}

export class UploadCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly limits: UploadCacheLimits;
  private readonly now: () => number;

  constructor(limits: UploadCacheLimits, now: () => number = Date.now) {
    this.limits = limits;
    this.now = now;
  }

  static key(kind: string, bytes: Uint8Array): string {
    return createHash('sha256').update(kind).update('\0').update(bytes).digest('hex');
  }

  /** The cached value for these bytes, or parse() once (also when called again while it runs). */
  get(kind: string, bytes: Uint8Array, parse: () => Promise<T>): Promise<T> {
    this.evictOld();
    // Too large to keep: parsed every time, nothing else evicted for it.
    if (bytes.byteLength > this.limits.maxBytes || this.limits.maxEntries <= 0) return parse();
    const key = UploadCache.key(kind, bytes);
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = parse();
    this.entries.set(key, { value, bytes: bytes.byteLength, at: this.now() });
    // Dropped when old even if no other upload comes (the timer does not keep the process alive).
    setTimeout(() => this.evictOld(), this.limits.maxAgeMs + 1).unref();
    // A failed parse is not kept: the next call reports the error again from a fresh parse.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    this.evictOverLimits();
    return value;
  }

  /** Drops the entry of these bytes (an upload whose import is done). */
  forget(kind: string, bytes: Uint8Array): void {
    this.entries.delete(UploadCache.key(kind, bytes));
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  private evictOld(): void {
    const oldest = this.now() - this.limits.maxAgeMs;
    for (const [key, e] of this.entries) if (e.at < oldest) this.entries.delete(key);
  }

  private evictOverLimits(): void {
    let total = 0;
    for (const e of this.entries.values()) total += e.bytes;
    // Map iteration is in insertion order: least recently used first.
    for (const [key, e] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && total <= this.limits.maxBytes) break;
      this.entries.delete(key);
      total -= e.bytes;
    }
  }
}
