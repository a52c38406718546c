/** src/render/table.ts and Output: tables and key/value blocks fit the terminal, by display width. */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import { Output, type Stream } from '../../src/render/output.js';
import {
  displayWidth,
  heading,
  plainCjkWidth,
  wrapPlainLine,
  renderFields,
  renderTable,
  truncate,
  wrapLines,
  type Column,
} from '../../src/render/table.js';

function sink(columns?: number): Stream & { text: string } {
  return {
    text: '',
    isTTY: true,
    ...(columns === undefined ? {} : { columns }),
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

/** What the last Output made by `output` wrote to stdout. */
let written = sink();

function output(columns: number | undefined, env: NodeJS.ProcessEnv = {}, color = false): Output {
  written = sink(columns);
  return new Output({
    stdout: written,
    stderr: sink(),
    env: { ...(color ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }), ...env },
    json: false,
    color,
    quiet: false,
  });
}

const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const widest = (text: string) => Math.max(...strip(text).split('\n').map(displayWidth));

interface Row {
  name: string;
  owner: string;
  note: string;
}
const COLUMNS: Column<Row>[] = [
  { header: 'NAME', value: (r) => r.name },
  { header: 'OWNER', value: (r) => r.owner },
  { header: 'NOTE', value: (r) => r.note, wrap: true },
];
const ROWS: Row[] = [
  { name: 'Acme Industrial Group', owner: 'lin', note: 'Plant visit, saw the new line and met the maintenance lead' },
  {
    name: '华东机械制造有限公司上海分公司',
    owner: '王小明',
    note: '客户对交货期不满意，需要尽快安排技术交流和商务会谈',
  },
];

describe('Output.width', () => {
  it('is the stream width, else $COLUMNS, else 80', () => {
    expect(output(132).width).toBe(132);
    expect(output(undefined, { COLUMNS: '95' }).width).toBe(95);
    expect(output(0, { COLUMNS: 'wide' }).width).toBe(80);
    expect(output(undefined).width).toBe(80);
  });
});

describe('display width', () => {
  it('counts a Chinese character as two columns and colour as none', () => {
    expect(displayWidth('华东 ab')).toBe(7);
    expect(displayWidth('\x1b[31mred\x1b[39m')).toBe(3);
  });

  it('measures a long line piece by piece to the same width as string-width whole', () => {
    // Wide characters, combining marks after spaces, emoji and pieces longer than the measured piece.
    const words = ['华东机械', 'Acme', 'e\u0301t\u00e9', '👩‍👩‍👧', ' \u0301x', '北'.repeat(600), 'ｆｕｌｌ'];
    const line = Array.from({ length: 400 }, (_, i) => words[i % words.length]).join(' ');
    expect(line.length).toBeGreaterThan(2000);
    expect(displayWidth(line)).toBe(stringWidth(line));
  });

  it('counts printable ASCII and the common CJK blocks as string-width does, and hands every other character to it', () => {
    let counted = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // half of a pair: never alone in a cell
      const text = String.fromCharCode(code);
      const width = plainCjkWidth(text);
      if (width < 0) continue;
      counted++;
      if (width !== stringWidth(text)) expect.fail(`U+${code.toString(16)}: ${width} against ${stringWidth(text)}`);
    }
    // ASCII, Latin-1, ideographs, kana, hangul, fullwidth forms and acct's symbols (→ … █ ★): names and reports.
    expect(counted).toBeGreaterThan(39300);
    // Marks, emoji, controls, variation selectors and the ambiguous rest go to string-width.
    for (const other of [
      'e\u0301',
      '\u3099',
      '〰',
      '〽',
      '\u00ad',
      '\ufe0f',
      '\u200d',
      '\u0007',
      '\u0085',
      '⭐',
      '👍',
    ]) {
      expect(plainCjkWidth(other)).toBe(-1);
    }
    expect(plainCjkWidth('华东 Acme　ｶﾅ')).toBe(-1);
    expect(plainCjkWidth('华东 Acme　ｆｕｌｌ')).toBe(displayWidth('华东 Acme　ｆｕｌｌ'));
    expect(plainCjkWidth('华东 Acme　ｆｕｌｌ')).toBe(stringWidth('华东 Acme　ｆｕｌｌ'));
  });

  it('wraps a plain or one-colour line exactly as wrap-ansi does, or leaves it to wrap-ansi', () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so a failure repeats.
    let seed = 12345;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const pieces = [
      'a',
      'bb',
      'cd',
      'efg',
      'Acme',
      '(late),',
      '华',
      '东机械',
      ' ',
      '  ',
      '　',
      '…',
      '→',
      '★',
      'ｆｕｌｌ',
      'é',
      'x'.repeat(9),
    ];
    const colours = [
      ['', ''],
      ['\x1b[2m', '\x1b[22m'],
      ['\x1b[31m', '\x1b[39m'],
    ] as const;
    let fast = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 1 + next(30); k > 0; k--) text += pieces[next(pieces.length)];
      const [open, close] = colours[next(colours.length)]!;
      const line = open + text + close;
      const columns = 1 + next(40);
      const wrapped = wrapPlainLine(line, columns);
      if (wrapped === null) continue;
      fast++;
      if (wrapped !== wrapAnsi(line, columns, { hard: true, trim: true })) {
        expect.fail(`${JSON.stringify(line)} at ${columns}: ${JSON.stringify(wrapped)}`);
      }
    }
    expect(fast).toBeGreaterThan(600);
    // Two colours, a control, a word wider than the line: wrap-ansi's.
    expect(wrapPlainLine('\x1b[1ma\x1b[22m \x1b[2mb\x1b[22m', 10)).toBeNull();
    expect(wrapPlainLine('a\u0007b c', 10)).toBeNull();
    expect(wrapPlainLine('abcdefghijk l', 10)).toBeNull();
    expect(wrapLines('华东机械 Acme Beta', 9)).toEqual(['华东机械', 'Acme Beta']);
  });

  it('cuts by display width with an ellipsis, never past the width', () => {
    expect(truncate('华东机械制造', 7)).toBe('华东机…');
    expect(truncate('Acme Industrial', 8)).toBe('Acme In…');
    expect(truncate('short', 8)).toBe('short');
  });

  it('wraps at spaces, and inside a word only when it alone is too wide', () => {
    expect(wrapLines('Send the revised quote', 10)).toEqual(['Send the', 'revised', 'quote']);
    expect(wrapLines('华东机械制造有限公司', 8)).toEqual(['华东机械', '制造有限', '公司']);
  });
});

describe('renderTable', () => {
  for (const columns of [40, 60, 80, 120]) {
    it(`fits ${columns} columns with English and Chinese rows`, () => {
      const text = renderTable(output(columns), COLUMNS, ROWS);
      expect(widest(text)).toBeLessThanOrEqual(columns);
    });
  }

  it('wraps the free-text column inside its cell first and keeps names whole when there is room', () => {
    const text = renderTable(output(80), COLUMNS, ROWS);
    expect(text).toContain('Acme Industrial Group');
    const lines = text.split('\n');
    // Continuation lines start in the NOTE column, never in column 0.
    const noteAt = lines[0]!.indexOf('NOTE');
    for (const line of lines.slice(1)) {
      if (!line.startsWith('Acme') && !line.startsWith('华东')) expect(line.slice(0, noteAt).trim()).toBe('');
    }
    expect(text.replace(/\s+/g, ' ')).toContain('saw the new line and met the maintenance lead');
  });

  it('gives the whole line when it fits, one row per line', () => {
    const text = renderTable(output(200), COLUMNS, ROWS);
    expect(text.split('\n')).toHaveLength(3);
  });

  it('fits with colour on, colour codes not counted', () => {
    const coloured: Column<Row>[] = COLUMNS.map((column) => ({ ...column, style: (t, _r, chalk) => chalk.red(t) }));
    const out = output(60, {}, true);
    const text = renderTable(out, coloured, ROWS);
    out.data(text);
    expect(written.text).toContain('\x1b[31m');
    expect(widest(written.text)).toBeLessThanOrEqual(60);
  });
});

describe('renderFields', () => {
  it('wraps a long value under itself, never into column 0', () => {
    const text = renderFields(output(40), [
      ['owner', 'lin'],
      ['notes', 'line one\nline two is long enough to wrap when the terminal is narrow'],
      ['城市', '上海市浦东新区张江高科技园区碧波路六百九十号'],
    ]);
    expect(widest(text)).toBeLessThanOrEqual(40);
    for (const line of text.split('\n')) expect(line.startsWith(' ') || /^(owner|notes|城市)/.test(line)).toBe(true);
  });
});

describe("acct's own colour and colour from data", () => {
  it('writes chalk colour as SGR codes and colour codes from data as visible text', () => {
    const out = output(80, {}, true);
    out.data(`${out.chalk.bold('Name')} \x1b[31mforged\x1b[0m ${out.chalk.red('x\x1b[2Jy')}`);
    expect(written.text).toBe('\x1b[1mName\x1b[22m \\x1b[31mforged\\x1b[0m \x1b[31mx\\x1b[2Jy\x1b[39m\n');
  });
});

describe('heading', () => {
  it('wraps a long title to the terminal instead of cutting off its end (acct today: the counts come last)', () => {
    const title =
      'Today, 2026-12-01, for everyone (set yours with acct config set owner NAME): 1 overdue action, 2 accounts to call';
    for (const color of [false, true]) {
      const out = output(80, {}, color);
      out.data(heading(out, title));
      const text = written.text.trimEnd();
      expect(widest(text)).toBeLessThanOrEqual(80);
      expect(strip(text).replace(/\n/g, ' ')).toBe(title);
    }
  });
});
