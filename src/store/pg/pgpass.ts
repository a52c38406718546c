/**
 * The password from the password file, as libpq looks it up
 * (https://www.postgresql.org/docs/current/libpq-pgpass.html): PGPASSFILE, else
 * ~/.pgpass; lines host:port:database:user:password, `*` matches anything,
 * `\` escapes `:` and `\`; the file is ignored unless only its owner can
 * read it. The first matching line wins.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface PgpassTarget {
  host: string;
  port: number;
  database?: string;
  user?: string;
}

function fields(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) current += line[++i];
    else if (ch === ':') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

export function pgpassLookup(text: string, target: PgpassTarget): string | undefined {
  // A socket directory stands for "localhost" in libpq's matching.
  const host = !target.host || target.host.startsWith('/') ? 'localhost' : target.host;
  const wanted = [host, String(target.port), target.database ?? '', target.user ?? ''];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const parts = fields(line);
    if (parts.length < 5) continue;
    if (wanted.every((value, i) => parts[i] === '*' || parts[i] === value)) return parts.slice(4).join(':');
  }
  return undefined;
}

export async function readPgpass(
  target: PgpassTarget,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const file = env.PGPASSFILE || join(homedir(), '.pgpass');
  try {
    const stat = statSync(file);
    if (!stat.isFile() || (stat.mode & 0o077) !== 0) return undefined;
    return pgpassLookup(readFileSync(file, 'utf8'), target);
  } catch {
    return undefined;
  }
}
