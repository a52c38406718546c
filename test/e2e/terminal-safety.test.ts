/**
 * Nothing from the data reaches a terminal as an escape sequence (issue 9,
 * point 5). A CSV import puts hostile text in every text field of accounts,
 * contacts, activities and actions: clear-screen, OSC 52 clipboard writes,
 * window titles, OSC 8 hyperlinks, an 8-bit CSI, BEL, backspace and CR
 * overwrite tricks, bidi overrides. Then every command that prints the data,
 * or a message about it, runs piped and on a pseudo-terminal; its output may
 * hold acct's own colour codes and nothing else, and shows the sequences as
 * visible escapes. CSV and JSON stay exact.
 */
import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cleanName } from '../../src/domain/names.js';
import { spawn } from 'node:child_process';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { BIN, spawnAcct, spawnInTty } from '../helpers.js';

const ESC = '\x1b';
const BEL = '\x07';

/** Every trick at once, after a readable label (the importer refuses files that are mostly control characters). */
function hostile(label: string): string {
  return (
    `${label} Industrial Group Shanghai Branch ` +
    `${ESC}[2J${ESC}[H` + // clear the screen, cursor home
    `${ESC}]52;c;cm0gLXJmIH4=${BEL}` + // OSC 52: write the clipboard
    `${ESC}]0;pwned${BEL}` + // OSC 0: window title
    `${ESC}]8;;http://evil.example/${BEL}click${ESC}]8;;${BEL}` + // OSC 8 hyperlink
    `\u009b31m` + // CSI as one 8-bit C1 character
    `${BEL}\b\bback\roverwrite\u202ereversed\u2066isolated\u2069 end`
  );
}

/** The visible forms a reader must see instead. */
const VISIBLE = ['\\x1b[2J', '\\x1b]52;c;cm0gLXJmIH4=\\x07', '\\x9b31m', '\\u202e'];

/** A raw control character: C0 (but LF and TAB), DEL, C1, bidi embeddings/overrides/isolates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** acct's own colours (chalk SGR) are allowed; anything else that is a control is not. */
function assertTerminalSafe(text: string, where: string): void {
  const rest = text.replace(/\x1b\[[0-9;]*m/g, '');
  const at = rest.search(RAW_CONTROL);
  if (at >= 0) {
    const code = rest.codePointAt(at)!.toString(16);
    throw new Error(
      `${where}: raw U+${code.padStart(4, '0')} at ${at}: ${JSON.stringify(rest.slice(Math.max(0, at - 40), at + 20))}`,
    );
  }
}

const NAME = hostile('Acme');
const OWNER = hostile('lin');
const FIELDS = {
  accounts: {
    name: NAME,
    externalId: hostile('EXT'),
    owner: OWNER,
    tier: 'A',
    industry: hostile('Machinery'),
    city: hostile('Shanghai'),
    address: hostile('No. 1 Road'),
    notes: `${hostile('Note')}\nsecond line\twith a tab`,
  },
  contacts: {
    account: NAME,
    name: hostile('Wang Li'),
    title: hostile('Purchasing Manager'),
    department: 'purchasing',
    attitude: 'supporter',
    email: 'wang@example.com',
    phone: hostile('021 5555'),
    preferences: hostile('Tea'),
  },
  activities: {
    account: NAME,
    date: '2026-03-10',
    type: 'visit',
    note: hostile('Visited the plant'),
  },
  actions: {
    account: NAME,
    text: hostile('Send the revised quote'),
    owner: OWNER,
    due: '2026-03-01',
    status: 'open',
  },
} as const;

type TypeName = keyof typeof FIELDS;

function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function writeCsv(dir: string, type: TypeName): string {
  const record = FIELDS[type] as Record<string, string>;
  const path = join(dir, `${type}.csv`);
  const keys = Object.keys(record);
  writeFileSync(path, `${keys.join(',')}\n${keys.map((key) => csvCell(record[key]!)).join(',')}\n`);
  return path;
}

/** What the store keeps: names are cleaned (docs/domain.md: whitespace runs, CR included, become one space). */
const NAME_FIELDS = new Set(['name', 'account']);
const stored = (field: string, value: string): string => (NAME_FIELDS.has(field) ? cleanName(value) : value);

let dir: string;
let db: string;
let answers: string;

beforeAll(async () => {
  // One database for the whole file (helpers' tempDir is removed after each test).
  dir = mkdtempSync(join(tmpdir(), 'acct-term-'));
  db = join(dir, 'acct.db');
  for (const type of Object.keys(FIELDS) as TypeName[]) {
    const result = await spawnAcct(['--db', db, 'import', writeCsv(dir, type), '--type', type]);
    if (result.code !== 0) throw new Error(`import ${type} failed: ${result.stderr}`);
  }
  answers = join(dir, 'answers.yaml');
  writeFileSync(answers, stringify(SECONDARY_SUPPLIER_ANSWERS));
  const assessed = await spawnAcct(['--db', db, 'assess', 'acme', '--answers', answers, '--accept', 'all']);
  if (assessed.code !== 0) throw new Error(`assess failed: ${assessed.stderr}`);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A short, printable test title for an argument list. */
const title = (args: string[]): string =>
  JSON.stringify(args.map((arg) => (arg.length > 24 ? `${arg.slice(0, 12)}…` : arg)).join(' '));

/** Commands that print the hostile data itself: their output must show the visible escapes. */
const DATA_COMMANDS: string[][] = [
  ['list'],
  ['show', 'acme'],
  ['contact', 'list', 'acme'],
  ['action', 'list'],
  ['action', 'list', 'acme', '--status', 'all'],
  ['history', 'acme'],
  ['plan', 'acme'],
  ['assess', 'acme', '--answers', '<answers>', '--dry-run', '--accept', 'none', '--no-input'],
  ['report'],
  ['report', '--format', 'table'],
  ['report', '--format', 'plain'],
  ['report', '--format', 'markdown'],
];

/** Commands whose messages or errors echo a hostile argument. */
const MESSAGE_COMMANDS: string[][] = [
  ['show', hostile('Nobody')],
  ['contact', 'list', hostile('Nobody')],
  ['list', '--owner', hostile('ghost')],
  ['report', '--owner', hostile('ghost')],
  ['report', '--format', hostile('fmt')],
  ['action', 'edit', '1', '--due', hostile('someday')],
  ['list', `--bogus${ESC}]0;pwned${BEL}${ESC}[2J`],
  [`lst${ESC}[2J${ESC}]52;c;cm0gLXJmIH4=${BEL}`],
  ['import', hostile('missing') + '.csv'],
  ['export', '--type', hostile('kind')],
];

/** Machine formats: exact when piped, escaped on a terminal. */
const EXACT_COMMANDS: string[][] = [
  ['list', '--json'],
  ['show', 'acme', '--json'],
  ['report', '--format', 'csv'],
  ['report', '--format', 'json'],
  ...(Object.keys(FIELDS) as TypeName[]).flatMap((type) => [
    ['export', '--type', type],
    ['export', '--type', type, '--json'],
  ]),
];

const argv = (args: string[]): string[] => ['--db', db, ...args.map((arg) => (arg === '<answers>' ? answers : arg))];

/** Markdown escapes the backslash and brackets of a visible escape once more (src/render/report.ts mdCell). */
const markdown = (text: string): string => text.replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`);

function expectVisible(text: string, where: string, args: readonly string[]): void {
  const isMarkdown = args.includes('markdown');
  for (const escape of VISIBLE) {
    const shown = isMarkdown ? markdown(escape) : escape;
    expect(text, `${where} shows ${shown}`).toContain(shown);
  }
}

describe('every command, piped', () => {
  it.each(DATA_COMMANDS.map((args) => [title(args), args]))(
    'acct %s prints the data with visible escapes',
    async (_label, args) => {
      const result = await spawnAcct(argv(args as string[]));
      expect(result.code, result.stderr).toBe(0);
      assertTerminalSafe(result.stdout, 'stdout');
      assertTerminalSafe(result.stderr, 'stderr');
      expectVisible(result.stdout, 'stdout', args as string[]);
    },
    30_000,
  );

  it.each(MESSAGE_COMMANDS.map((args) => [title(args), args]))(
    'acct %s echoes the argument visibly',
    async (_label, args) => {
      const result = await spawnAcct(argv(args as string[]));
      assertTerminalSafe(result.stdout, 'stdout');
      assertTerminalSafe(result.stderr, 'stderr');
      expect(result.stderr).toMatch(/\\x1b(\[2J|\]0;pwned)/);
    },
    30_000,
  );

  it('list --json and show --json: the exact values, with no raw control character in the text', async () => {
    const list = await spawnAcct(argv(['list', '--json']));
    assertTerminalSafe(list.stdout, 'list --json');
    const [account] = JSON.parse(list.stdout) as Record<string, string>[];
    for (const [field, value] of Object.entries(FIELDS.accounts))
      expect(account![field], field).toBe(stored(field, value));
    const show = await spawnAcct(argv(['show', 'acme', '--json']));
    assertTerminalSafe(show.stdout, 'show --json');
    const shown = JSON.parse(show.stdout) as {
      contacts: Record<string, string>[];
      recentActivities: Record<string, string>[];
    };
    expect(shown.contacts[0]!.title).toBe(FIELDS.contacts.title);
    expect(shown.recentActivities[0]!.note).toBe(FIELDS.activities.note);
  });

  it.each(Object.keys(FIELDS) as TypeName[])(
    'export --type %s: CSV and JSON hold the imported values exactly',
    async (type) => {
      const csv = await spawnAcct(argv(['export', '--type', type]));
      expect(csv.code, csv.stderr).toBe(0);
      const [row] = parse(csv.stdout, { columns: true }) as Record<string, string>[];
      const json = await spawnAcct(argv(['export', '--type', type, '--json']));
      assertTerminalSafe(json.stdout, 'export --json');
      const [record] = JSON.parse(json.stdout) as Record<string, unknown>[];
      for (const [field, value] of Object.entries(FIELDS[type])) {
        expect(row![field], `csv ${field}`).toBe(stored(field, value));
        expect(record![field], `json ${field}`).toBe(stored(field, value));
      }
      // The raw bytes really are there: CSV is for programs, not for this terminal.
      expect(csv.stdout).toContain(`${ESC}]52;c;`);
    },
  );

  it('report --format csv and json keep the account name exactly', async () => {
    const csv = await spawnAcct(argv(['report', '--format', 'csv']));
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.some((row) => row.account === cleanName(NAME))).toBe(true);
    const json = await spawnAcct(argv(['report', '--format', 'json']));
    assertTerminalSafe(json.stdout, 'report json');
    expect(json.stdout).toContain(JSON.stringify(cleanName(NAME)).slice(1, 20));
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain(
      JSON.stringify(cleanName(NAME)).slice(1, -1).slice(0, 60),
    );
  });
});

describe('every command, on a terminal', () => {
  it.each(DATA_COMMANDS.map((args) => [title(args), args]))(
    'acct %s',
    async (_label, args) => {
      // A terminal wide enough that no cell is cut: the whole escaped name must show.
      const result = await spawnInTty(argv(args as string[]), { COLUMNS: '1000' });
      expect(result.code, result.stdout).toBe(0);
      assertTerminalSafe(result.stdout, 'terminal');
      expectVisible(result.stdout, 'terminal', args as string[]);
    },
    30_000,
  );

  it.each([...MESSAGE_COMMANDS, ...EXACT_COMMANDS].map((args) => [title(args), args]))(
    'acct %s',
    async (_label, args) => {
      const result = await spawnInTty(argv(args as string[]));
      assertTerminalSafe(result.stdout, 'terminal');
      expect(result.stdout).toMatch(/\\x1b(\[2J|\]0;pwned)|\\u001b\[2J/);
    },
    30_000,
  );
});

/**
 * Runs acct in a pseudo-terminal and answers its first question with `keys`
 * once the question shows; returns everything the terminal received.
 */
async function answerInTty(args: string[], question: string, keys: string): Promise<{ code: number; output: string }> {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qec', `stty cols 200 rows 50 2>/dev/null; exec ${command}`, '/dev/null'], {
    env: { ...process.env, ACCT_NOW: '2026-03-15T10:00:00Z', TZ: 'UTC', TERM: 'xterm-256color', NO_COLOR: undefined },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let answered = false;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (!answered && output.includes(question)) {
      answered = true;
      child.stdin.write(keys);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? -1)));
  return { code, output: output.replace(/\r\n/g, '\n') };
}

describe('prompts on a terminal', () => {
  it('the removal question names the account with visible escapes; declining keeps it', async () => {
    const { code, output } = await answerInTty(argv(['remove', 'acme']), 'Remove', 'n\r');
    // inquirer draws with cursor movements and erases besides colour; they are its own, not the data's.
    const drawn = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    assertTerminalSafe(drawn, 'prompt');
    expect(drawn).toContain('Remove Acme Industrial Group Shanghai Branch \\x1b[2J');
    expect(drawn).toContain('\\x1b]52;c;cm0gLXJmIH4=\\x07');
    expect(drawn).toContain('\\u202e');
    expect(code).toBe(1);
    const list = await spawnAcct(argv(['list', '--json']));
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(1);
  }, 120_000);
});

describe('settings and the database file', () => {
  it('config get/list show a hostile owner setting visibly on a terminal and exactly when piped', async () => {
    const env = { ACCT_CONFIG: join(dir, 'config.yaml') };
    const owner = `lin${ESC}]0;pwned${BEL}${ESC}[2J\u202e`;
    const set = await spawnAcct(['config', 'set', 'owner', owner], env);
    expect(set.code, set.stderr).toBe(0);
    assertTerminalSafe(set.stderr, 'config set');
    const piped = await spawnAcct(['config', 'get', 'owner'], env);
    expect(piped.stdout).toBe(`${owner}\n`);
    for (const args of [
      ['config', 'get', 'owner'],
      ['config', 'list'],
    ]) {
      const shown = await spawnInTty(args, { ...env, COLUMNS: '1000' });
      assertTerminalSafe(shown.stdout, args.join(' '));
      expect(shown.stdout).toContain('lin\\x1b]0;pwned\\x07\\x1b[2J\\u202e');
    }
  }, 120_000);

  it('db check names a hostile --db path visibly', async () => {
    const result = await spawnInTty(['--db', join(dir, `x${ESC}[2J${BEL}.db`), 'db', 'check']);
    assertTerminalSafe(result.stdout, 'db check');
    expect(result.stdout).toContain('x\\x1b[2J\\x07.db');
  }, 120_000);
});
