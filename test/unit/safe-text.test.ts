/** src/render/safe-text.ts: what a terminal (or an HTML page) may receive from data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  hasControls,
  safeJson,
  terminalSafe,
  markColour,
  visible,
  visibleDeep,
  visibleLines,
} from '../../src/render/safe-text.js';
import { mdCell } from '../../src/render/report.js';

/** Any character a terminal could act on, or that reorders text: none may survive. */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('visible', () => {
  it('shows escape sequences as text: CSI, OSC 52, OSC 0, OSC 8, BEL', () => {
    expect(visible('a\x1b[2Jb')).toBe('a\\x1b[2Jb');
    expect(visible('\x1b]52;c;aGk=\x07')).toBe('\\x1b]52;c;aGk=\\x07');
    expect(visible('\x1b]0;title\x1b\\')).toBe('\\x1b]0;title\\x1b\\');
    expect(visible('\x1b]8;;http://evil\x07link\x1b]8;;\x07')).toBe('\\x1b]8;;http://evil\\x07link\\x1b]8;;\\x07');
  });

  it('shows 8-bit C1 controls, DEL, backspace and CR', () => {
    expect(visible('\u009b31m')).toBe('\\x9b31m');
    expect(visible('\u0085\u009d')).toBe('\\x85\\x9d');
    expect(visible('x\x7fy')).toBe('x\\x7fy');
    expect(visible('abc\b\b\bXYZ')).toBe('abc\\x08\\x08\\x08XYZ');
    expect(visible('safe\rEVIL')).toBe('safe\\rEVIL');
  });

  it('shows TAB and line breaks as \\t and \\n: a value stays one line and one field', () => {
    expect(visible('a\tb\nc\r\nd')).toBe('a\\tb\\nc\\r\\nd');
  });

  it('shows bidi embeddings, overrides and isolates (Trojan Source) and line separators', () => {
    expect(visible('abc\u202edcb')).toBe('abc\\u202edcb');
    expect(visible('\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069')).toBe(
      '\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069',
    );
    expect(visible('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
  });

  it('leaves ordinary text alone: Chinese, accents, emoji, backslashes', () => {
    for (const text of ['华东机械有限公司', 'Müller & Söhne', 'café ☕ 👍🏽', 'C:\\data\\acct', '']) {
      expect(visible(text)).toBe(text);
    }
  });

  it('never lets an active character through, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = visible(text);
        expect(ACTIVE.test(shown)).toBe(false);
        expect(visible(shown)).toBe(shown);
        expect(hasControls(shown)).toBe(false);
      }),
    );
  });
});

describe('visibleLines', () => {
  it('keeps LF and TAB, turns CRLF into LF, escapes everything else', () => {
    expect(visibleLines('one\r\ntwo\tthree\nfour\rX\x1b[2J')).toBe('one\ntwo\tthree\nfour\\rX\\x1b[2J');
  });
});

describe('terminalSafe', () => {
  it("keeps acct's own marked colour codes and escapes every sequence from data, SGR included", () => {
    const ours = `${markColour('\x1b[1m\x1b[4mTitle\x1b[24m\x1b[22m')}\n${markColour('\x1b[31mred\x1b[39m')}\tcell`;
    expect(terminalSafe(ours)).toBe('\x1b[1m\x1b[4mTitle\x1b[24m\x1b[22m\n\x1b[31mred\x1b[39m\tcell');
    expect(terminalSafe('\x1b[31mfrom data\x1b[0m')).toBe('\\x1b[31mfrom data\\x1b[0m');
    expect(terminalSafe('\x1b[2J\x1b]0;t\x07\u009b2J\u202e')).toBe('\\x1b[2J\\x1b]0;t\\x07\\x9b2J\\u202e');
  });

  it('leaves no control but LF and TAB in text from data', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const rest = terminalSafe(text).replace(/[\n\t]/g, '');
        expect(ACTIVE.test(rest)).toBe(false);
      }),
    );
  });
});

describe('visibleDeep', () => {
  it('makes every string of a model visible and leaves numbers, nulls and booleans', () => {
    const model = {
      name: 'A\x1b[2J',
      n: 3,
      none: null,
      flag: true,
      list: ['\u202e', { deep: '\x07' }],
      titles: new Map([['id\x1b', 'T\x1b']]),
      ids: new Set(['p\x9b']),
    };
    expect(visibleDeep(model)).toEqual({
      name: 'A\\x1b[2J',
      n: 3,
      none: null,
      flag: true,
      list: ['\\u202e', { deep: '\\x07' }],
      titles: new Map([['id\\x1b', 'T\\x1b']]),
      ids: new Set(['p\\x9b']),
    });
    expect(model.name).toBe('A\x1b[2J');
  });
});

describe('safeJson', () => {
  it('parses back to exactly the same data, with no raw control or bidi character in the text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const data = { value, text };
        const json = safeJson(data, 2);
        expect(ACTIVE.test(json.replace(/\n/g, ''))).toBe(false);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });

  it('writes C1, DEL and bidi characters as \\u escapes, which JSON.stringify leaves raw', () => {
    expect(JSON.stringify('\u009b\u007f\u202e')).toBe('"\u009b\u007f\u202e"');
    expect(safeJson('\u009b\u007f\u202e')).toBe('"\\u009b\\u007f\\u202e"');
    expect(safeJson('\x1b[2J')).toBe('"\\u001b[2J"');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes, so data cannot open a tag or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
    expect(escapeHtml('&#x202e;')).toBe('&amp;#x202e;');
  });

  it('shows controls and bidi overrides visibly, keeping LF and TAB', () => {
    expect(escapeHtml('a\x1b[2J\u202eb\nc\td\re')).toBe('a\\x1b[2J\\u202eb\nc\td\\re');
  });

  it('never lets markup or an active character through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const html = escapeHtml(text);
        expect(/[<>"']/.test(html)).toBe(false);
        expect(/&(?!amp;|lt;|gt;|quot;|#39;)/.test(html)).toBe(false);
        expect(ACTIVE.test(html.replace(/[\n\t]/g, ''))).toBe(false);
      }),
    );
  });
});

describe('mdCell (Markdown table cells)', () => {
  it('folds line breaks, shows controls, and escapes what could become markup or a character reference', () => {
    expect(mdCell('a\x1b]0;t\x07\u202eb')).toBe('a\\\\x1b\\]0;t\\\\x07\\\\u202eb');
    expect(mdCell('one\ntwo\tthree')).toBe('one two three');
    expect(mdCell('<img src=x onerror=alert(1)> &#x202e; | x')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\&\\#x202e; \\| x',
    );
  });
});
