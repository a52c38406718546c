/**
 * Everything a command needs from the outside world, made once per run and
 * passed in: streams, environment, the clock, output decisions, the prompter
 * and a lazily opened store. Tests build one with fake streams; nothing reads process.*
 * directly below this line.
 */
import { existsSync } from 'node:fs';
import { localDate, resolveNow } from './domain/dates.js';
import type { Prompter } from './prompt/prompter.js';
import { storageError, UsageError, type UserError } from './errors.js';
import { Output, type Stream } from './render/output.js';
import type { PagerRunner } from './render/pager.js';
import type { Store } from './store/index.js';
import { Settings } from './config/settings.js';
import type { Lang } from './domain/language.js';
import { currentLanguage, t } from './i18n/index.js';

export interface GlobalOptions {
  db?: string;
  /** Read before the command tree is built (src/config/language.ts); here so commander accepts it. */
  lang?: string;
  json?: boolean;
  color?: boolean;
  quiet?: boolean;
  /** commander's `--no-pager` sets pager=false. */
  pager?: boolean;
}

export interface ContextInit {
  stdout: Stream;
  stderr: Stream;
  stdin: { isTTY?: boolean } & NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  options: GlobalOptions;
  /** Who answers prompts; the terminal (inquirer) unless a test passes a scripted one. */
  prompter?: Prompter;
  /** Runs a pager for long output; only the launcher passes one (src/render/pager.ts). */
  pager?: PagerRunner;
}

export class Context {
  readonly out: Output;
  readonly now: Date;
  readonly env: NodeJS.ProcessEnv;
  readonly options: GlobalOptions;
  readonly prompter: Prompter;
  private opened: Store | undefined;
  private loadedSettings: Settings | undefined;
  private openedPath: string | undefined;

  constructor(private readonly init: ContextInit) {
    this.env = init.env;
    this.options = init.options;
    this.prompter = init.prompter ?? terminalPrompter();
    this.now = resolveNow(init.env.ACCT_NOW);
    this.out = new Output({
      stdout: init.stdout,
      stderr: init.stderr,
      env: init.env,
      json: Boolean(init.options.json),
      color: init.options.color !== false,
      quiet: Boolean(init.options.quiet),
      pager: init.pager,
      paging: init.options.pager !== false,
    });
  }

  /** Standard input, made on first use (the launcher passes a getter: start-up, issue 10). */
  get stdin(): ContextInit['stdin'] {
    return this.init.stdin;
  }

  /** The settings (`acct config`), read from the config file on first use. */
  get settings(): Settings {
    this.loadedSettings ??= new Settings(this.env);
    return this.loadedSettings;
  }

  /** The language this run prints in (chosen at start-up, docs/i18n.md). */
  get lang(): Lang {
    return currentLanguage();
  }

  get today(): string {
    return localDate(this.now);
  }

  get nowIso(): string {
    return this.now.toISOString();
  }

  /** Prompts only when a person is at both ends (clig.dev, gh). */
  get interactive(): boolean {
    // stdout first: piped output is never interactive, and standard input need not be made to know it.
    return Boolean(this.init.stdout.isTTY && this.init.stdin.isTTY) && this.env.ACCT_NO_INPUT === undefined;
  }

  async dbPath(): Promise<string> {
    const { resolveDbPath } = await import('./store/db.js');
    // --db, else ACCT_DB, else the config file's `db` (a path or a postgres URL), else the default.
    return resolveDbPath(this.options.db ?? this.settings.get('db'), this.env);
  }

  /**
   * Opens the database on first use. Reading commands pass `create: false`:
   * on a fresh machine they see an empty portfolio without creating files,
   * and an existing file is opened read-only (so reading works in a folder
   * or on a file the user cannot write) until the command's first write.
   */
  async store(options: { create: boolean } = { create: true }): Promise<Store> {
    if (!this.opened) {
      const [{ openStore, isPostgresUrl }, { maskUrl }] = await Promise.all([
        import('./store/index.js'),
        import('./store/pg/url.js'),
      ]);
      const path = await this.dbPath();
      // A path the user named that does not exist is more likely a typo than a new portfolio.
      if (!options.create && (this.options.db || this.env.ACCT_DB) && !isPostgresUrl(path) && !existsSync(path)) {
        this.out.warn(t('command.context.noDatabase', { path }));
      }
      // Storage errors name the location: a URL's password masked (docs/postgres.md, "Connecting and secrets").
      this.openedPath = maskUrl(path);
      this.opened = await openStore(path, {
        create: options.create,
        readOnly: !options.create,
        busyTimeoutMs: busyTimeout(this.env.ACCT_BUSY_TIMEOUT_MS),
      });
      if (this.opened.opened.backup)
        this.out.info(t('command.context.upgraded', { backup: this.opened.opened.backup }));
    }
    return this.opened;
  }

  /** A failure of the open database (full disk, lock, damage…) in words, or null. */
  storageError(error: unknown): UserError | null {
    return this.openedPath ? storageError(error, this.openedPath) : null;
  }

  /** Writes data held for the pager (Output.page); call once the command is done, before any error line. */
  async flush(): Promise<void> {
    await this.out.flush();
  }

  close(): void {
    this.opened?.close();
  }
}

/** ACCT_BUSY_TIMEOUT_MS: how long to wait for another writer (milliseconds); unset means the store's default. */
function busyTimeout(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new UsageError(t('error.cmd.busyTimeout', { value }));
  }
  return ms;
}

/** The terminal prompter (inquirer), its module loaded on the first question: most runs never ask one (start-up, issue 10). */
function terminalPrompter(): Prompter {
  let loaded: Promise<Prompter> | undefined;
  const prompter = () => (loaded ??= import('./prompt/prompter.js').then((module) => module.inquirerPrompter()));
  return {
    async select(options) {
      return (await prompter()).select(options);
    },
    async checkbox(options) {
      return (await prompter()).checkbox(options);
    },
    async input(options) {
      return (await prompter()).input(options);
    },
    async confirm(options) {
      return (await prompter()).confirm(options);
    },
    async choose(options) {
      return (await prompter()).choose(options);
    },
  };
}
