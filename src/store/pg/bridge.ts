/**
 * A synchronous call into the worker that owns the `pg` client
 * (docs/postgres.md, "The bridge"): post the request on a MessagePort, block
 * in Atomics.wait on a SharedArrayBuffer until the worker signals, then take
 * the answer off the port with receiveMessageOnPort. The store stays
 * synchronous on both backends; only this file blocks.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { EXITED, READY, type Answer, type Request } from './protocol.js';

/** A failure the worker reported: PostgreSQL's SQLSTATE or Node's errno code in `code`. */
export class PgFailure extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail?: string,
    readonly constraint?: string,
  ) {
    super(message);
    this.name = 'PgFailure';
  }
}

/** The compiled worker beside this file; under vitest (TypeScript sources) the build's copy in dist/. */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = fileURLToPath(here).replace(/([/\\])src([/\\]store[/\\]pg[/\\]worker\.js)$/, '$1dist$2');
  if (existsSync(built)) return pathToFileURL(built);
  throw new Error(`the PostgreSQL worker is missing (${built}): run npm run build`);
}

export class SyncBridge {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private closed = false;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerUrl(), {
      workerData: { port: port2, shared: this.signal.buffer },
      transferList: [port2],
      // The worker's console and warnings are not acct's output.
      stdout: true,
      stderr: true,
    });
    // acct's exit must not wait for the thread; close() ends the connection first.
    this.worker.unref();
    this.port.unref();
  }

  call(request: Request): Answer {
    if (this.closed) throw new PgFailure('the PostgreSQL connection is closed', 'ACCT_CLOSED');
    Atomics.store(this.signal, READY, 0);
    this.port.postMessage(request);
    for (;;) {
      Atomics.wait(this.signal, READY, 0, 1000);
      const message = receiveMessageOnPort(this.port);
      if (message) return message.message as Answer;
      if (Atomics.load(this.signal, EXITED) === 1) {
        this.closed = true;
        throw new PgFailure('the PostgreSQL worker stopped', 'ACCT_WORKER_EXITED');
      }
    }
  }

  /** Sends `request` and throws the worker's failure as a PgFailure. */
  must(request: Request): Answer {
    const answer = this.call(request);
    if (!answer.ok) throw new PgFailure(answer.message, answer.code, answer.detail, answer.constraint);
    return answer;
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'end' });
    } finally {
      this.closed = true;
      void this.worker.terminate();
    }
  }
}

/** A bridge whose worker started before the store was opened (startEarly), not yet taken. */
let started: SyncBridge | undefined;

/**
 * Starts the worker now: booting a thread and loading `pg` take ~150 ms,
 * which then run beside the main thread loading the command instead of
 * after it (docs/postgres.md, "The bridge"). The next PgDriver takes it.
 */
export function startBridge(): void {
  started ??= new SyncBridge();
}

/** The bridge startBridge made, else a new one. */
export function takeBridge(): SyncBridge {
  const bridge = started ?? new SyncBridge();
  started = undefined;
  return bridge;
}
