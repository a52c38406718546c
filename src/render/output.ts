/**
 * Decides how output looks, once per run: a coloured table on a terminal,
 * tab-separated rows when piped, JSON when asked. Data goes to stdout,
 * messages to stderr; `--quiet` silences messages, never data.
 */
import { Chalk, type ChalkInstance } from 'chalk';

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

  /** Data for stdout, exactly as given plus a newline. */
  data(text: string): void {
    this.options.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  json(value: unknown): void {
    this.options.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A confirmation or hint for people: stderr, silenced by --quiet. */
  info(text: string): void {
    if (!this.options.quiet) this.options.stderr.write(`${text}\n`);
  }

  /** A success line: "✓ Added Acme" on a colour terminal, plain otherwise. */
  success(text: string): void {
    this.info(this.color ? `${this.chalk.green('✓')} ${text}` : text);
  }

  warn(text: string): void {
    this.options.stderr.write(`${this.color ? this.chalk.yellow('warning:') : 'warning:'} ${text}\n`);
  }

  error(text: string): void {
    this.options.stderr.write(`${text}\n`);
  }

  /** Progress on stderr, only on a terminal; `done` clears the line. */
  progress(text: string): void {
    if (this.options.stderr.isTTY && !this.options.quiet) this.options.stderr.write(`\r\x1b[2K${text}`);
  }

  progressDone(): void {
    if (this.options.stderr.isTTY && !this.options.quiet) this.options.stderr.write('\r\x1b[2K');
  }
}
