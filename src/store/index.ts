/**
 * The store: one open database and its repositories. Commands get a Store
 * from the context and never see SQL. Writes that read first run inside
 * `store.write(...)`, an immediate transaction, so two acct processes never
 * interleave a read-then-write.
 */
import { ActionRepository } from './actions.js';
import { AccountRepository } from './accounts.js';
import { ActivityRepository } from './activities.js';
import { AssessmentRepository } from './assessments.js';
import { ContactRepository } from './contacts.js';
import type { Database, OpenResult } from './db.js';

export class Store {
  readonly accounts: AccountRepository;
  readonly contacts: ContactRepository;
  readonly activities: ActivityRepository;
  readonly actions: ActionRepository;
  readonly assessments: AssessmentRepository;

  constructor(
    readonly db: Database,
    readonly opened: Omit<OpenResult, 'db'> = { backup: null, migratedFrom: null },
  ) {
    this.accounts = new AccountRepository(db);
    this.contacts = new ContactRepository(db);
    this.activities = new ActivityRepository(db);
    this.actions = new ActionRepository(db);
    this.assessments = new AssessmentRepository(db);
  }

  /** Runs `work` in an immediate transaction: all of it is written, or none. */
  write<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export async function openStore(path: string, options: { create: boolean }): Promise<Store> {
  const [{ default: driver }, { openDatabase }] = await Promise.all([import('better-sqlite3'), import('./db.js')]);
  const { db, ...opened } = openDatabase({ path, create: options.create, driver });
  return new Store(db, opened);
}
