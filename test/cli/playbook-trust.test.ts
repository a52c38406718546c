/**
 * What acct refuses to read as a playbook (docs/playbooks.md §Where acct
 * looks): folders and files that are not the user's own, anything but a
 * regular file, files over 1 MiB, alias bombs, runaway nesting and 1 MB
 * conditions. Each is one line naming the file, exit 1, nothing stored, and
 * nothing of the file's content quoted beyond 80 characters.
 */
import { chmodSync, chownSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaybookError, loadPlaybooks } from '../../src/playbooks/load.js';
import { ROOT, run, setup, tempDb, tempDir } from '../helpers.js';

const isRoot = process.getuid?.() === 0;
const OTHER_UID = 65534; // "nobody": a user that is neither root nor the test runner
const onPosix = process.platform !== 'win32';

/** A valid one-play playbook; `when` is YAML for the play's condition. */
function playbookYaml(id: string, when = '{ fact: singleThreaded, op: "true" }', extra = ''): string {
  return [
    `id: ${id}`,
    'title: Team plays',
    "version: '1'",
    'description: ours',
    'plays:',
    `  - id: ${id}-one`,
    '    title: Exfiltrate the customer file',
    '    why: because',
    `    when: ${when}`,
    '    priority: 1',
    '    due_in_days: 3',
    '    owner_role: rep',
    '    source: team',
    extra,
  ].join('\n');
}

/** A playbook folder of our own (0700) in a fresh temp dir, with one valid file. */
function ownFolder(): string {
  const dir = join(tempDir(), 'team');
  mkdirSync(dir, { mode: 0o700 });
  writeFileSync(join(dir, 'team.yaml'), playbookYaml('team'), { mode: 0o600 });
  return dir;
}

/**
 * Runs `acct assess` with the folder and expects exactly one line on stderr,
 * exit 1, no output and nothing stored. Returns that line.
 */
async function refused(dir: string, env: Record<string, string> = {}): Promise<string> {
  const db = tempDb();
  await setup(db, ['add', 'Acme', '--position', 'secondary']);
  const result = await run(db, ['assess', 'Acme', '--defaults', '--accept', 'all', '--playbooks', dir], { env });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^acct: \//);
  const actions = await run(db, ['action', 'list', '--json']);
  expect(JSON.parse(actions.stdout)).toEqual([]);
  const history = await run(db, ['history', 'Acme', '--json']);
  expect(JSON.parse(history.stdout).assessments).toEqual([]);
  return lines[0]!;
}

describe.runIf(onPosix)('playbook folders acct trusts', () => {
  it('a folder of your own, with your own files, loads', () => {
    const loaded = loadPlaybooks({ userDir: ownFolder() });
    expect(loaded.playbooks.map((book) => book.id)).toContain('team');
  });

  it.runIf(isRoot)('refuses a playbooks/ beside a shared database that another user made', async () => {
    // The issue's case: a database in a shared folder, and someone else's playbooks/ beside it.
    const shared = tempDir();
    chmodSync(shared, 0o1777);
    const db = join(shared, 'acct.db');
    await setup(db, ['add', 'Acme', '--position', 'secondary']);
    const dir = join(shared, 'playbooks');
    mkdirSync(dir);
    writeFileSync(join(dir, 'team.yaml'), playbookYaml('team'));
    chownSync(dir, OTHER_UID, OTHER_UID);
    chownSync(join(dir, 'team.yaml'), OTHER_UID, OTHER_UID);
    const result = await run(db, ['assess', 'Acme', '--defaults', '--accept', 'all']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `acct: ${dir}: refused: the folder belongs to another user (uid ${OTHER_UID}), so its plays could be anyone's (use a folder of your own; see docs/playbooks.md); nothing was done (fix the files named, then check them with \`acct playbook validate\`)\n`,
    );
    expect(JSON.parse((await run(db, ['action', 'list', '--json'])).stdout)).toEqual([]);
  });

  it.runIf(isRoot)('refuses a file that belongs to another user, in a folder of your own', async () => {
    const dir = ownFolder();
    chownSync(join(dir, 'team.yaml'), OTHER_UID, OTHER_UID);
    expect(await refused(dir)).toMatch(/team\.yaml: refused: the file belongs to another user \(uid 65534\)/);
  });

  it('refuses a folder or file that others may write to', async () => {
    const open = ownFolder();
    chmodSync(open, 0o777);
    expect(await refused(open)).toMatch(
      /team: refused: the folder is writable by every user \(mode 0777\).*chmod go-w/,
    );
    const groupFile = ownFolder();
    chmodSync(join(groupFile, 'team.yaml'), 0o664);
    expect(await refused(groupFile)).toMatch(/team\.yaml: refused: the file is writable by its group \(mode 0664\)/);
  });

  it('refuses a folder inside a folder others may write to, unless that one is sticky like /tmp', async () => {
    const base = tempDir();
    const shared = join(base, 'shared');
    mkdirSync(shared);
    const dir = join(shared, 'team');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'team.yaml'), playbookYaml('team'), { mode: 0o600 });
    chmodSync(shared, 0o777);
    expect(await refused(dir)).toMatch(
      new RegExp(`team: refused: the folder above it, ${shared},.*writable by every user`),
    );
    chmodSync(shared, 0o1777);
    expect(loadPlaybooks({ userDir: dir }).playbooks.map((book) => book.id)).toContain('team');
  });

  it('reads only regular files: a FIFO is refused at once, not waited on', async () => {
    const dir = ownFolder();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(await refused(dir)).toMatch(/pipe\.yaml: refused: a FIFO \(named pipe\), not a regular file/);
  });

  it('refuses a device linked into the folder, and any link out of it; a link inside is fine', async () => {
    const out = ownFolder();
    symlinkSync('/dev/zero', join(out, 'zero.yaml'));
    expect(await refused(out)).toMatch(/zero\.yaml: refused: a symbolic link to a file outside the folder/);
    const elsewhere = join(tempDir(), 'secret.yaml');
    writeFileSync(elsewhere, playbookYaml('secret'), { mode: 0o600 });
    const outside = ownFolder();
    symlinkSync(elsewhere, join(outside, 'secret.yaml'));
    expect(await refused(outside)).toMatch(/secret\.yaml: refused: a symbolic link to a file outside the folder/);
    const inside = ownFolder();
    mkdirSync(join(inside, 'parts'), { mode: 0o700 });
    writeFileSync(join(inside, 'parts', 'extra.yml'), playbookYaml('extra'), { mode: 0o600 });
    symlinkSync(join(inside, 'parts', 'extra.yml'), join(inside, 'extra.yaml'));
    expect(loadPlaybooks({ userDir: inside }).playbooks.map((book) => book.id)).toContain('extra');
  });

  it('refuses a file over 1 MiB without quoting it', async () => {
    const dir = ownFolder();
    writeFileSync(join(dir, 'big.yaml'), playbookYaml('big', undefined, `# ${'Q'.repeat(1024 * 1024)}`), {
      mode: 0o600,
    });
    const line = await refused(dir);
    expect(line).toMatch(/big\.yaml: refused: larger than 1 MiB; a playbook file is at most 1 MiB/);
    expect(line).not.toContain('QQ');
  });

  it('refuses a YAML alias bomb (billion laughs) in one line naming the file', async () => {
    const dir = ownFolder();
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    writeFileSync(join(dir, 'bomb.yaml'), lines.join('\n'), { mode: 0o600 });
    expect(await refused(dir)).toMatch(/bomb\.yaml: YAML aliases \(\*name\) expand too far; refused/);
  });

  it('a 1 MB condition is refused in under a second, quoting at most 80 characters', async () => {
    for (const when of [`"${' '.repeat(1_000_000)}"`, `"singleThreaded eq ${'Q'.repeat(1_000_000)}"`]) {
      const dir = ownFolder();
      writeFileSync(join(dir, 'team.yaml'), playbookYaml('team', when), { mode: 0o600 });
      // What the 1 MB line adds to loading (the old text form took minutes), measured
      // against loading without it, best of three: the machine's load varies, the work does not.
      const plain = ownFolder();
      const timed = (userDir: string): number => {
        const started = performance.now();
        try {
          loadPlaybooks({ userDir });
        } catch (error) {
          expect(error).toBeInstanceOf(PlaybookError);
        }
        return performance.now() - started;
      };
      const best = (userDir: string): number => Math.min(timed(userDir), timed(userDir), timed(userDir));
      expect(best(dir) - best(plain)).toBeLessThan(1000);
      expect(() => loadPlaybooks({ userDir: dir })).toThrow(PlaybookError);
      const line = await refused(dir);
      expect(line).toMatch(/team\.yaml:9:\d+: plays\[0\]\.when: a condition is not text \(".{80}…"\)/);
      expect(line).not.toContain('Q'.repeat(81));
      expect(line).not.toContain(' '.repeat(81));
    }
  });

  it('nothing else from a file is quoted beyond 80 characters either', async () => {
    const long = 'Q'.repeat(200_000);
    // YAML itself limits an implicit key to 1024 characters.
    for (const extra of [`${'Q'.repeat(1000)}: 1`, `    ${'Q'.repeat(1000)}: 1`]) {
      const dir = ownFolder();
      writeFileSync(join(dir, 'team.yaml'), playbookYaml('team', undefined, extra), { mode: 0o600 });
      const line = await refused(dir);
      expect(line).toMatch(/team\.yaml:\d+:\d+: .*unknown field/);
      expect(line).not.toContain('Q'.repeat(81));
    }
    const dir = ownFolder();
    writeFileSync(join(dir, 'team.yaml'), playbookYaml('team', `{ fact: stage, op: eq, value: ${long} }`), {
      mode: 0o600,
    });
    const line = await refused(dir);
    expect(line).toMatch(/is not a value of "stage"/);
    expect(line).not.toContain('Q'.repeat(81));
  });

  it('refuses nesting a hundred thousand levels deep at once', async () => {
    const dir = ownFolder();
    const deep = `${'{ not: '.repeat(100_000)}{ fact: stage, op: set }${' }'.repeat(100_000)}`;
    writeFileSync(join(dir, 'team.yaml'), playbookYaml('team', deep), { mode: 0o600 });
    expect(await refused(dir)).toMatch(/team\.yaml: nested more than 100 levels deep; refused/);
  });

  it.runIf(isRoot)('the shipped playbooks are trusted as shipped, whoever owns them', () => {
    const shipped = join(tempDir(), 'shipped');
    cpSync(join(ROOT, 'playbooks'), shipped, { recursive: true });
    chownSync(shipped, OTHER_UID, OTHER_UID);
    chmodSync(shipped, 0o777);
    expect(loadPlaybooks({ shippedDir: shipped }).playbooks.length).toBeGreaterThanOrEqual(4);
  });
});
