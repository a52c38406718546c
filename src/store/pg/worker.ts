/**
 * The worker thread that owns the PostgreSQL connection (docs/postgres.md,
 * "The bridge"). acct's thread posts one request at a time on the port and
 * blocks in Atomics.wait; this thread runs it with `pg`, posts the answer
 * and wakes it. Values come back in the shapes better-sqlite3 gives, so the
 * repositories read both backends alike: integers and numerics as numbers,
 * booleans as 1/0, dates as the text PostgreSQL sent.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';
import { readPgpass } from './pgpass.js';
import { readService, serviceConfig } from './service.js';
import { EXITED, READY, type Answer, type Request } from './protocol.js';

const { port, shared } = workerData as { port: MessagePort; shared: SharedArrayBuffer };
const signal = new Int32Array(shared);

const asNumber = (value: string): number => Number(value);
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case 20: // int8: counts and identity ids
      case 1700: // numeric: sums of numbers
        return asNumber;
      case 16: // bool: SQLite has none; comparisons read as 1/0 there
        return (value: string) => (value === 't' ? 1 : 0);
      case 1082: // date, timestamp, timestamptz: keep PostgreSQL's text (acct stores ISO text)
      case 1114:
      case 1184:
        return (value: string) => value;
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
};

let client: pg.Client | undefined;

/**
 * Statements with values are prepared once per connection under a name of their own (docs/postgres.md,
 * "The bridge"): the store asks the same few hundred texts again and again (a report asks one per account
 * shown), and an unnamed statement is parsed and planned on every call. Without values a text goes by the
 * simple protocol, as before (it may hold several statements). At most MAX_NAMED texts get a name.
 */
const named = new Map<string, string>();
const MAX_NAMED = 1000;

function statementName(text: string, values: unknown[]): string | undefined {
  if (values.length === 0) return undefined;
  let name = named.get(text);
  if (name === undefined && named.size < MAX_NAMED) {
    name = `acct_${named.size + 1}`;
    named.set(text, name);
  }
  return name;
}

/**
 * `COPY … FROM STDIN` through pg's own protocol support: pg runs any object
 * with `submit` as a query and hands it the server's messages. The input
 * goes out as one CopyData message and CopyDone when the server asks.
 */
class CopyIn {
  private rows = 0;
  private error: unknown;
  readonly done: Promise<number>;
  private settle!: (error: unknown, rows: number) => void;

  constructor(
    readonly text: string,
    private readonly data: Buffer,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = (error, rows) => (error ? reject(error) : resolve(rows));
    });
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    if (this.data.length > 0) connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(/(\d+)$/.exec(message.text ?? '')?.[1] ?? 0);
  }

  handleError(error: unknown): void {
    this.error = error;
  }

  handleReadyForQuery(): void {
    this.settle(this.error, this.rows);
  }

  // Messages a COPY FROM does not get; pg calls these on any query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

function reply(answer: Answer): void {
  port.postMessage(answer);
  Atomics.store(signal, READY, 1);
  Atomics.notify(signal, READY);
}

function failure(error: unknown): Answer {
  const e = error as { message?: string; code?: string; detail?: string; constraint?: string };
  return {
    ok: false,
    message: String(e.message ?? error),
    code: typeof e.code === 'string' ? e.code : undefined,
    detail: e.detail,
    constraint: e.constraint,
  };
}

async function handle(request: Request): Promise<Answer> {
  switch (request.op) {
    case 'connect': {
      const service = !request.url && process.env.PGSERVICE ? readService(process.env.PGSERVICE) : undefined;
      if (!request.url && process.env.PGSERVICE && !service) {
        throw Object.assign(new Error(`service "${process.env.PGSERVICE}" not found in the service files`), {
          code: 'ACCT_NO_SERVICE',
        });
      }
      const config: pg.ClientConfig = request.url
        ? { connectionString: request.url }
        : service
          ? serviceConfig(service)
          : {};
      // pg reads the URL and the PG* variables; a URL without a password would then send an empty one, so
      // the connection is made from what pg read, with the password looked up as libpq does.
      const target = new pg.Client(config);
      const next: pg.Client = new pg.Client({
        user: target.user,
        host: target.host,
        port: target.port,
        database: target.database,
        ssl: target.ssl,
        types,
        password: target.password
          ? target.password
          : async (): Promise<string> => process.env.PGPASSWORD || (await readPgpass(target)) || '',
      });
      // An error after connecting (the server went away) fails the next query; do not crash the thread.
      next.on('error', () => {});
      await next.connect();
      await next.query(`SET lock_timeout = ${Math.max(0, Math.trunc(request.lockTimeoutMs))}`);
      client = next;
      named.clear();
      return { ok: true };
    }
    case 'query': {
      if (!client) throw new Error('not connected');
      const result = await client.query({
        name: statementName(request.text, request.values),
        text: request.text,
        values: request.values,
        rowMode: 'array',
      });
      // A multi-statement text gives one result per statement: the last one answers.
      const last = Array.isArray(result) ? (result[result.length - 1] as pg.QueryResult) : result;
      return {
        ok: true,
        fields: (last?.fields ?? []).map((field) => field.name),
        rows: (last?.rows ?? []) as unknown[][],
        rowCount: last?.rowCount ?? 0,
        command: last?.command ?? '',
      };
    }
    case 'copy': {
      if (!client) throw new Error('not connected');
      const copy = new CopyIn(request.text, Buffer.from(request.data, 'utf8'));
      void client.query(copy as unknown as pg.Submittable);
      const rowCount = await copy.done;
      return { ok: true, fields: [], rows: [], rowCount, command: 'COPY' };
    }
    case 'end': {
      const ending = client;
      client = undefined;
      await ending?.end().catch(() => {});
      return { ok: true };
    }
  }
}

process.on('exit', () => {
  Atomics.store(signal, EXITED, 1);
  Atomics.notify(signal, READY);
});

port.on('message', (request: Request) => {
  handle(request).then(reply, (error: unknown) => reply(failure(error)));
});
parentPort?.on('message', () => {});
