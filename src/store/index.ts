/**
 * The store: one open database and its repositories. Commands get a Store
 * from the context and never see SQL. Writes that read first run inside
 * `store.write(...)`, an immediate transaction, so two acct processes never
 * interleave a read-then-write.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { canRequireSiblings } from '../load-later.js';
import { fileURLToPath } from 'node:url';
import type DatabaseConstructor from 'better-sqlite3';
import type { ActionRepository } from './actions.js';
import { AccountRepository } from './accounts.js';
import type { ActivityRepository } from './activities.js';
import type { AssessmentRepository } from './assessments.js';
import type { ContactRepository } from './contacts.js';
import type { OpenResult } from './db.js';
import type { Driver } from './driver.js';
import { isPostgresUrl } from './pg/url.js';

export { isPostgresUrl };

/**
 * The repositories a run may not touch, loaded on first use: `acct list` reads accounts
 * only, and loading every repository (with the assessment decoder) was a measurable part
 * of its start-up (issue 10, bench/RESULTS.md). require() loads the built ES modules
 * synchronously, as the store's getters are; a Node without it, or tests on the sources,
 * load them with this module (as src/i18n/index.ts and src/render/table.ts do).
 */
interface LazyRepositories {
  contacts: typeof import('./contacts.js');
  activities: typeof import('./activities.js');
  actions: typeof import('./actions.js');
  assessments: typeof import('./assessments.js');
}
let modules: Partial<LazyRepositories> = canRequireSiblings(import.meta.url)
  ? {}
  : {
      contacts: await import('./contacts.js'),
      activities: await import('./activities.js'),
      actions: await import('./actions.js'),
      assessments: await import('./assessments.js'),
    };

function repositoryModule<K extends keyof LazyRepositories>(name: K): LazyRepositories[K] {
  const loaded = modules[name] ?? (createRequire(import.meta.url)(`./${name}.js`) as LazyRepositories[K]);
  modules = { ...modules, [name]: loaded };
  return loaded;
}

export class Store {
  private repositories!: {
    db: Driver;
    accounts: AccountRepository;
    contacts?: ContactRepository;
    activities?: ActivityRepository;
    actions?: ActionRepository;
    assessments?: AssessmentRepository;
  };

  /**
   * `reopenForWriting` turns a store opened read-only into a writable one on
   * its first `write`, so a command that mostly reads (remove: look up, ask,
   * then delete) still works on a file it may write.
   */
  constructor(
    db: Driver,
    public opened: Omit<OpenResult, 'db'> = { backup: null, migratedFrom: null },
    private readonly reopenForWriting?: () => OpenResult,
  ) {
    this.attach(db);
  }

  private attach(db: Driver): void {
    this.repositories = { db, accounts: new AccountRepository(db) };
  }

  get db(): Driver {
    return this.repositories.db;
  }
  get accounts(): AccountRepository {
    return this.repositories.accounts;
  }
  get contacts(): ContactRepository {
    return (this.repositories.contacts ??= new (repositoryModule('contacts').ContactRepository)(this.db));
  }
  get activities(): ActivityRepository {
    return (this.repositories.activities ??= new (repositoryModule('activities').ActivityRepository)(this.db));
  }
  get actions(): ActionRepository {
    return (this.repositories.actions ??= new (repositoryModule('actions').ActionRepository)(this.db));
  }
  get assessments(): AssessmentRepository {
    return (this.repositories.assessments ??= new (repositoryModule('assessments').AssessmentRepository)(this.db));
  }

  /** Runs `work` in an immediate transaction: all of it is written, or none. */
  write<T>(work: () => T): T {
    if (this.db.readonly && this.reopenForWriting) {
      const { db, ...opened } = this.reopenForWriting();
      this.db.close();
      this.attach(db);
      this.opened = opened;
    }
    return this.db.transaction(work).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export interface StoreOptions {
  /** Create the file when it is missing (commands that write). */
  create: boolean;
  /** Open read-only until the first write (commands that read, or read before they write). */
  readOnly?: boolean;
  busyTimeoutMs?: number;
}

export async function openStore(path: string, options: StoreOptions): Promise<Store> {
  if (isPostgresUrl(path)) {
    // Loaded only for a postgres location: SQLite runs never load pg (docs/postgres.md).
    const { openPostgres } = await import('./pg/open.js');
    const { db, ...opened } = openPostgres({ location: path, ...options });
    return new Store(db, opened);
  }
  const [driver, { openDatabase }] = await Promise.all([sqliteDriver(), import('./db.js')]);
  const { db, ...opened } = openDatabase({ path, driver, ...options });
  const reopen = () => openDatabase({ path, driver, create: options.create, busyTimeoutMs: options.busyTimeoutMs });
  return new Store(db, opened, reopen);
}

/** Reads every page and reference of the database at `path`, read-only (see checkDatabase). */
export async function checkStore(path: string): Promise<import('./db.js').CheckResult> {
  const [driver, { checkDatabase }] = await Promise.all([sqliteDriver(), import('./db.js')]);
  return checkDatabase(path, driver);
}

/**
 * better-sqlite3, told where its native module is: left to find it, it loads
 * the `bindings` package, which walks the call stack and tries build folders
 * one by one at every start (start-up, issue 10). Where the module is not in
 * the package's build/Release folder (another build layout), or the Node has
 * no import.meta.resolve, the package finds it itself as before.
 */
async function sqliteDriver(): Promise<typeof DatabaseConstructor> {
  // Required, not imported: better-sqlite3 is CommonJS, which import() would read once more
  // and scan for its export names before loading it the same way (start-up, issue 10).
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof DatabaseConstructor;
  let binary: string;
  try {
    binary = fileURLToPath(new URL('../build/Release/better_sqlite3.node', import.meta.resolve('better-sqlite3')));
  } catch {
    return Database;
  }
  if (!existsSync(binary)) return Database;
  return class extends Database {
    constructor(filename?: string | Buffer, options?: DatabaseConstructor.Options) {
      super(filename, { nativeBinding: binary, ...options });
    }
  } as typeof DatabaseConstructor;
}
