/**
 * The suite must pass on a lone clone (docs: README "Development"): nothing in
 * the repository may reach outside it for files, or name a path of one machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tracked = execFileSync(
  'git',
  ['ls-files', '-co', '--exclude-standard', 'src', 'test', 'bench', 'scripts', '.ci'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((f) => f && !f.startsWith('test/fixtures/') && !f.endsWith('lone-clone.test.ts'));

describe('a lone clone', () => {
  it('finds code files to check', () => {
    expect(tracked.length).toBeGreaterThan(50);
  });

  it('no code or test names a folder beside the repository or an absolute path of this machine', () => {
    const outside = /\.\.\/shared\b|\/work\/|\/home\/[a-z]|\/root\//;
    const offenders = tracked.filter((file) => outside.test(readFileSync(resolve(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
