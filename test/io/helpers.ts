/** Shared helpers for the CSV reading-layer tests: byte sources and corpus paths. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The public CSV corpora, copied into the repository with their licences (see test/fixtures/corpora/README.md). */
export const CORPORA = resolve(import.meta.dirname, '../fixtures/corpora');

/** An async byte source that yields `data` in chunks of `size` bytes (default: one chunk). */
export async function* bytes(data: string | Uint8Array, size = Infinity): AsyncGenerator<Buffer> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  if (!Number.isFinite(size)) {
    yield buf;
    return;
  }
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

export function walk(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    })
    .sort();
}

export const corpus = (rel: string): string => join(CORPORA, rel);
