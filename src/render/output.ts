/**
 * Decides how output looks, once per run: a coloured table on a terminal,
 * tab-separated rows when piped, JSON when asked. Data goes to stdout,
 * messages to stderr; `--quiet` silences messages, never data.
 */
import { createRequire } from 'node:module';
import { REQUIRE_ESM } from '../load-later.js';
import type { ChalkInstance } from 'chalk';
import type { PagerRunner } from './pager.js';
import { markColour, safeJson, terminalSafe, unmarkColour, visible, visibleLines } from './safe-text.js';

export type Mode = 'table' | 'plain' | 'json';

export interface Stream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface OutputOptions {
  stdout: Stream;
  stderr: Stream;
  env: NodeJS.ProcessEnv;
  json: boolean;
  /** commander's `--no-color` sets color=false. */
  color: boolean;
  quiet: boolean;
  /** Starts a pager; only the launcher passes one (see src/render/pager.ts). */
  pager?: PagerRunner | undefined;
  /** commander's `--no-pager` sets pager=false. */
  paging?: boolean;
}

/** Colour only on a terminal, never with NO_COLOR (any value), TERM=dumb or --no-color. FORCE_COLOR wins for demos. */
export function useColor(options: Pick<OutputOptions, 'stdout' | 'env' | 'color'>): boolean {
  if (!options.color) return false;
  const { env } = options;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return Boolean(options.stdout.isTTY);
}

export class Output {
  readonly mode: Mode;
  readonly color: boolean;
  readonly chalk: ChalkInstance;
  readonly isTTY: boolean;

  constructor(private readonly options: OutputOptions) {
    this.isTTY = Boolean(options.stdout.isTTY);
    this.mode = options.json ? 'json' : this.isTTY ? 'table' : 'plain';
    this.color = useColor(options);
    this.chalk = this.color ? markedChalk(new (chalkLibrary().Chalk)({ level: 2 })) : PLAIN_STYLES;
  }

  /** The terminal's width: the stream's, else $COLUMNS, else 80. Tables and blocks fit it. */
  get width(): number {
    return positive(this.options.stdout.columns) ?? positive(Number(this.options.env.COLUMNS)) ?? 80;
  }

  /** The terminal's height: the stream's, else $LINES, else 24. Longer output goes through the pager. */
  get height(): number {
    return positive(this.options.stdout.rows) ?? positive(Number(this.options.env.LINES)) ?? 24;
  }

  /**
   * Rendered data for stdout, plus a newline. Renderers make values visible
   * before colouring them (src/render/safe-text.ts); this last guard escapes
   * any control a renderer let through, keeping acct's own colour codes.
   */
  data(text: string): void {
    const safe = terminalSafe(this.fit ? this.fit(text, this.width) : text);
    const line = safe.endsWith('\n') ? safe : `${safe}\n`;
    if (this.held) this.held.push(line);
    else this.options.stdout.write(line);
  }

  /** Wraps prose lines wider than the terminal; loaded by `prepare`, only for a terminal. */
  private fit: ((text: string, width: number) => string) | null = null;

  /** Loads what a terminal needs before the command writes (the width guard), so `data` stays synchronous. */
  async prepare(): Promise<void> {
    if (this.mode === 'table' && !this.fit) this.fit = (await import('./table.js')).fitToWidth;
  }

  /** Data held back for the pager (see `page`), or null when data is written as it comes. */
  private held: string[] | null = null;

  /**
   * For reading commands: hold the data until `flush`, which sends it through
   * the pager when it is longer than the terminal. Only for a person: on a
   * terminal, in table mode, with a pager to run and without --no-pager.
   */
  page(): void {
    if (this.options.pager && this.options.paging !== false && this.mode === 'table') this.held ??= [];
  }

  /** Writes held data: through the pager when it does not fit on one screen, else directly. */
  async flush(): Promise<void> {
    const held = this.held;
    this.held = null;
    if (!held || held.length === 0) return;
    const text = held.join('');
    const { pagerCommand } = await import('./pager.js');
    const command = pagerCommand(this.options.env);
    const lines = text.split('\n').length - 1;
    if (
      command &&
      this.options.pager &&
      lines >= this.height &&
      (await this.options.pager(command, text, this.options.env))
    )
      return;
    this.options.stdout.write(text);
  }

  /**
   * Machine formats (a CSV export, a report as CSV or JSON) byte for byte when
   * piped or redirected. On a terminal, where only a person reads them, their
   * controls are shown as escapes like everything else. Written as given:
   * no newline is added, so a file can be streamed in chunks.
   */
  exact(text: string): void {
    this.options.stdout.write(this.isTTY ? visibleLines(text) : text);
  }

  /** JSON that parses to the data exactly; DEL, C1 and bidi controls travel as \u escapes. */
  json(value: unknown): void {
    this.options.stdout.write(`${safeJson(value, 2)}\n`);
  }

  /**
   * A confirmation or hint for people: stderr, silenced by --quiet. Messages
   * interpolate names, values and file names, so the whole line is made
   * visible here (acct's own messages hold no controls); one call, one line.
   */
  info(text: string): void {
    if (!this.options.quiet) this.options.stderr.write(`${this.fitMessage(visible(text))}\n`);
  }

  /** A message on a terminal wraps at its spaces rather than at the edge (once `prepare` loaded the guard). */
  private fitMessage(text: string): string {
    // acct's colour in it is still marked (markedChalk); it becomes ESC here, after the wrapping.
    return unmarkColour(this.fit && this.options.stderr.isTTY ? this.fit(text, this.width) : text);
  }

  /** A success line: "✓ Added Acme" on a colour terminal, plain otherwise. */
  success(text: string): void {
    if (this.options.quiet) return;
    this.options.stderr.write(
      `${this.fitMessage(this.color ? `${this.chalk.green('✓')} ${visible(text)}` : visible(text))}\n`,
    );
  }

  warn(text: string): void {
    this.options.stderr.write(
      `${this.fitMessage(`${this.color ? this.chalk.yellow('warning:') : 'warning:'} ${visible(text)}`)}\n`,
    );
  }

  error(text: string): void {
    this.options.stderr.write(`${visible(text)}\n`);
  }

  /** Progress on stderr, only on a terminal; `done` clears the line. */
  progress(text: string): void {
    if (this.options.stderr.isTTY && !this.options.quiet) this.options.stderr.write(`\r\x1b[2K${visible(text)}`);
  }

  progressDone(): void {
    if (this.options.stderr.isTTY && !this.options.quiet) this.options.stderr.write('\r\x1b[2K');
  }
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * chalk, loaded only for colour: without it every style is the text as it is, which
 * PLAIN_STYLES gives without the library (start-up, issue 10: each package Node resolves
 * through an "exports" map costs a pattern compilation, src/cli/commander.ts). require()
 * loads the ES module synchronously, as an Output is made; a Node without it loads it here.
 */
let chalk: typeof import('chalk') | undefined = REQUIRE_ESM ? undefined : await import('chalk');

function chalkLibrary(): typeof import('chalk') {
  chalk ??= createRequire(import.meta.url)('chalk') as typeof import('chalk');
  return chalk;
}

/**
 * What markedChalk over chalk at level 0 gives, without chalk: every style, chained or
 * not, returns its text made visible (lines kept), several texts joined by a space, as
 * chalk joins them (test/unit/output-styles.test.ts compares the two).
 */
const PLAIN_STYLES: ChalkInstance = (() => {
  const styles: unknown = new Proxy(() => undefined, {
    apply(_standIn, _thisArg, args: unknown[]) {
      const texts = args.map((arg) => (typeof arg === 'string' ? visibleLines(arg) : arg));
      return texts.length === 1 ? '' + (texts[0] as string) : texts.join(' ');
    },
    get(_standIn, property) {
      return property === 'level' ? 0 : styles;
    },
  });
  return styles as ChalkInstance;
})();

/**
 * Chalk whose colour codes carry the mark in place of ESC (src/render/safe-text.ts),
 * so the last guard in Output.data can escape every ESC from data and still keep
 * acct's colour. Text given to it is made visible first (lines kept): data cannot
 * smuggle a control through a style either. Nested styles work as in chalk: a
 * marked code in the text is turned back into ESC for chalk to see, then marked again.
 */
function markedChalk(chalk: ChalkInstance): ChalkInstance {
  // The proxy's target is a stand-in: chalk caches styles as read-only properties, which a
  // proxy over chalk itself would have to return unwrapped.
  const wrap = (real: (...args: unknown[]) => unknown): unknown =>
    new Proxy(() => undefined, {
      apply(_standIn, thisArg, args: unknown[]) {
        const safeArgs = args.map((arg) => (typeof arg === 'string' ? unmarkColour(visibleLines(arg)) : arg));
        const result: unknown = Reflect.apply(real, thisArg, safeArgs);
        if (typeof result === 'string') return markColour(result);
        return typeof result === 'function' ? wrap(result as (...a: unknown[]) => unknown) : result;
      },
      get(_standIn, property) {
        const value: unknown = Reflect.get(real, property);
        return typeof value === 'function' ? wrap(value as (...a: unknown[]) => unknown) : value;
      },
    });
  return wrap(chalk as unknown as (...args: unknown[]) => unknown) as ChalkInstance;
}
