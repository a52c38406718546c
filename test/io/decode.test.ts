/** Tests for src/io/decode.ts: encoding detection, overrides, streaming errors, binary/empty input. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DecodeError, decodeText, normalizeEncoding, openDecoded } from '../../src/io/decode.js';
import { bytes, corpus } from './helpers.js';

async function text(src: AsyncIterable<Uint8Array>, encoding?: string): Promise<string> {
  let s = '';
  for await (const t of decodeText(src, encoding ? { encoding } : {})) s += t;
  return s;
}

async function decodeError(p: Promise<unknown>): Promise<DecodeError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error('expected a DecodeError');
}

describe('detection', () => {
  test('plain UTF-8 passes through', async () => {
    const input = await openDecoded(bytes('a,b\n中文,1\n'));
    expect(input.encoding).toBe('utf-8');
    expect(input.bom).toBe(false);
    expect(await text(bytes('a,b\n中文,1\n'))).toBe('a,b\n中文,1\n');
  });

  test('UTF-8 BOM is stripped', async () => {
    const buf = readFileSync(corpus('csvkit/examples/test_utf8_bom.csv'));
    const input = await openDecoded(bytes(buf));
    expect(input).toMatchObject({ encoding: 'utf-8', bom: true, source: 'bom' });
    expect((await text(bytes(buf))).charCodeAt(0)).not.toBe(0xfeff);
  });

  test('UTF-16LE and UTF-16BE BOMs', async () => {
    const le = readFileSync(corpus('csvkit/examples/test_utf16_little.csv'));
    const be = readFileSync(corpus('csvkit/examples/test_utf16_big.csv'));
    expect((await openDecoded(bytes(le))).encoding).toBe('utf-16le');
    expect((await openDecoded(bytes(be))).encoding).toBe('utf-16be');
    const a = await text(bytes(le));
    expect(a).toBe(await text(bytes(be)));
    expect(a.startsWith('\ufeff')).toBe(false);
    expect(a).toContain('ʤ'); // non-ASCII content survives
  });

  test('BOM-less UTF-16LE is recognised from its NUL pattern', async () => {
    const buf = Buffer.from('name,city\nAcme,Berlin\n', 'utf16le');
    expect((await openDecoded(bytes(buf))).encoding).toBe('utf-16le');
    expect(await text(bytes(buf))).toBe('name,city\nAcme,Berlin\n');
  });

  test('not UTF-8 → GB18030 (the derived corpus file decodes to the UTF-8 reference)', async () => {
    const gb = readFileSync(corpus('derived/characters.gb18030.csv'));
    const ref = readFileSync(corpus('derived/characters.utf8.csv'), 'utf8');
    expect((await openDecoded(bytes(gb))).encoding).toBe('gb18030');
    expect(await text(bytes(gb, 4096))).toBe(ref);
  });

  test('GBK bytes written literally (Excel on Chinese Windows)', async () => {
    // 客户名称,负责人\r\n 华为,张三\r\n
    const gbk = Buffer.from([
      0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb8, 0xba, 0xd4, 0xf0, 0xc8, 0xcb, 0x0d, 0x0a, 0xbb, 0xaa,
      0xce, 0xaa, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0d, 0x0a,
    ]);
    expect(await text(bytes(gbk))).toBe('客户名称,负责人\r\n华为,张三\r\n');
    // a two-byte character split across chunks still decodes
    expect(await text(bytes(gbk, 1))).toBe('客户名称,负责人\r\n华为,张三\r\n');
  });

  test('Big5 / Shift_JIS / Latin-1 are refused instead of becoming GB18030 mojibake, with a hint', async () => {
    const big5 = await decodeError(openDecoded(bytes(readFileSync(corpus('messytables/horror/characters.csv')))));
    expect(big5.code).toBe('invalid');
    expect(big5.hint).toMatch(/big5/);
    const sjis = await decodeError(openDecoded(bytes(readFileSync(corpus('duckdb/data/csv/encodings/shift_jis.csv')))));
    expect(sjis.hint).toMatch(/shift_jis/);
    const latin = await decodeError(openDecoded(bytes(readFileSync(corpus('duckdb/data/csv/encodings/latin1.csv')))));
    expect(latin.hint).toMatch(/^pass --encoding; it decodes as windows-1252/);
  });
});

describe('--encoding override', () => {
  test('latin1 files decode with --encoding latin1', async () => {
    const s = await text(bytes(readFileSync(corpus('duckdb/data/csv/encodings/latin1.csv'))), 'latin1');
    expect(s).toContain('José');
    expect(s).toContain('Müller');
    expect(await text(bytes(readFileSync(corpus('csvkit/examples/test_latin1.csv'))), 'latin1')).toContain('©');
  });

  test('shift_jis and big5 labels', async () => {
    const s = await text(bytes(readFileSync(corpus('PapaParse/tests/sjis-sample.csv'))), 'shift_jis');
    expect(s).toContain('コントロールカラム');
    const b = await text(bytes(readFileSync(corpus('messytables/horror/characters.csv'))), 'big5');
    expect(b.length).toBeGreaterThan(1000);
  });

  test('gbk, gb2312 and cp936 mean gb18030', () => {
    for (const l of ['gbk', 'GB2312', 'cp936', 'GB18030']) expect(normalizeEncoding(l)).toBe('gb18030');
    expect(normalizeEncoding('latin1')).toBe('windows-1252');
    expect(normalizeEncoding('UTF8')).toBe('utf-8');
  });

  test('--encoding gbk decodes 4-byte GB18030 sequences (ICU gbk would throw)', async () => {
    const gb = readFileSync(corpus('derived/characters.gb18030.csv'));
    expect(await text(bytes(gb), 'gbk')).toBe(readFileSync(corpus('derived/characters.utf8.csv'), 'utf8'));
  });

  test('unknown label is a clear error', async () => {
    const e = await decodeError(openDecoded(bytes('a\n'), { encoding: 'klingon' }));
    expect(e.code).toBe('unknown-encoding');
    expect(e.message).toMatch(/unknown encoding "klingon"/);
  });

  test('bytes invalid for the forced encoding are an error, not U+FFFD', async () => {
    const e = await decodeError(text(bytes(Buffer.from([0x61, 0x0a, 0xff, 0xff, 0x0a])), 'utf-8'));
    expect(e.code).toBe('invalid');
  });
});

describe('streaming errors', () => {
  test('invalid UTF-8 after the sniffed prefix raises an error suggesting gb18030', async () => {
    const head = Buffer.from('name,city\n' + 'Acme,Berlin\n'.repeat(10000)); // > 64 KiB of UTF-8
    const bad = Buffer.concat([head, Buffer.from([0xc4, 0xe3, 0x2c, 0x0a])]);
    const e = await decodeError(text(bytes(bad, 8192)));
    expect(e.code).toBe('invalid');
    expect(e.byteOffset).toBe(head.length);
    expect(e.hint).toMatch(/--encoding gb18030/);
  });

  test('multi-byte UTF-8 split at every chunk boundary', async () => {
    const s = 'név,城市,emoji\n"Zoë",北京,😀\n';
    expect(await text(bytes(s, 1))).toBe(s);
    expect(await text(bytes(s, 3))).toBe(s);
  });

  test('file ending inside a UTF-8 character', async () => {
    const e = await decodeError(text(bytes(Buffer.from([0x61, 0x0a, 0xe4, 0xb8]), 1), 'utf-8'));
    expect(e.code).toBe('invalid');
  });
});

describe('rejections', () => {
  test('empty file', async () => {
    expect((await decodeError(openDecoded(bytes('')))).code).toBe('empty');
    expect((await decodeError(openDecoded(bytes(Buffer.from([0xef, 0xbb, 0xbf]))))).code).toBe('empty');
  });

  test('PNG header', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = await decodeError(openDecoded(bytes(png)));
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/not a text\/CSV file/);
  });

  test('xlsx (zip) names the likely mistake', async () => {
    const e = await decodeError(openDecoded(bytes(Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'))));
    expect(e.message).toMatch(/xlsx/);
  });

  test('random bytes with NULs', async () => {
    let seed = 42;
    const rnd = Buffer.alloc(4096, 0).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
    rnd[10] = 0;
    const e = await decodeError(openDecoded(bytes(rnd)));
    expect(e.code).toBe('binary');
  });
});
