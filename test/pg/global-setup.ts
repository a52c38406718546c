/**
 * vitest globalSetup: a broker that starts the throwaway PostgreSQL (test/pg/server.ts) only when a test
 * first asks for it, shares the one server with every test file, and stops and removes it at the end.
 * A run with no PostgreSQL test starts nothing. Test files ask through test/pg/database.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPgServer, type PgServer } from './server.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'acct-pg-broker-'));
  const socketPath = join(dir, 'broker.sock');
  let started: Promise<PgServer> | undefined;
  const broker = createServer((socket) => {
    socket.on('error', () => {});
    started ??= startPgServer();
    started.then(
      (server) => socket.end(JSON.stringify({ url: server.url, kind: server.kind })),
      (error: unknown) => socket.end(JSON.stringify({ error: String(error) })),
    );
  });
  await new Promise<void>((resolve) => broker.listen(socketPath, resolve));
  project.provide('acctPgBroker', socketPath);
  return async () => {
    broker.close();
    if (started) await started.then((server) => server.stop()).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
}
