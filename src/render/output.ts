/**
 * Decides how output looks, once per run: a coloured table on a terminal,
 * tab-separated rows when piped, JSON when asked. Data goes to stdout,
 * messages to stderr; `--quiet` silences messages, never data.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { safeJson, terminalSafe, visible, visibleLines } from './safe-text.js';

export type Mode = 'table' | 'plain' | 'json';

export interface Stream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface OutputOptions {
  stdout: Stream;
  stderr: Stream;
  env: NodeJS.ProcessEnv;
  json: boolean;
  /** commander's `--no-color` sets color=false. */
  color: boolean;
  quiet: boolean;
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
    this.chalk = new Chalk({ level: this.color ? 2 : 0 });
  }

  get width(): number {
    return this.options.stdout.columns ?? 100;
  }

  /**
   * Rendered data for stdout, plus a newline. Renderers make values visible
   * before colouring them (src/render/safe-text.ts); this last guard escapes
   * any control a renderer let through, keeping acct's own colour codes.
   */
  data(text: string): void {
    const safe = terminalSafe(text);
    this.options.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
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
    if (!this.options.quiet) this.options.stderr.write(`${visible(text)}\n`);
  }

  /** A success line: "✓ Added Acme" on a colour terminal, plain otherwise. */
  success(text: string): void {
    if (this.options.quiet) return;
    this.options.stderr.write(`${this.color ? `${this.chalk.green('✓')} ${visible(text)}` : visible(text)}\n`);
  }

  warn(text: string): void {
    this.options.stderr.write(`${this.color ? this.chalk.yellow('warning:') : 'warning:'} ${visible(text)}\n`);
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
