/** The examples in docs/playbooks.md are valid: a page that teaches the format must not teach errors. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FACTS, OPS, parseCondition } from '../../../src/domain/assessment/index.js';
import { formatProblem, validatePlaybookFiles } from '../../../src/playbooks/load.js';

const DOC = readFileSync(new URL('../../../docs/playbooks.md', import.meta.url), 'utf8');
const blocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('docs/playbooks.md', () => {
  it('its whole playbook examples pass acct playbook validate', () => {
    const files = blocks.filter((block) => /^id: /m.test(block) && /^plays:/m.test(block));
    expect(files.length).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'acct-docs-'));
    try {
      const written = files.map((text, index) => {
        const file = path.join(dir, `example-${index}.yaml`);
        writeFileSync(file, text, { mode: 0o600 });
        return file;
      });
      expect(validatePlaybookFiles(written).map(formatProblem)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('its condition examples are valid conditions', () => {
    const conditions = blocks.filter((block) => block.startsWith('when:'));
    expect(conditions.length).toBeGreaterThanOrEqual(6);
    for (const block of conditions) {
      const raw = (parse(block) as { when: unknown }).when;
      expect(parseCondition(raw, FACTS).problems, block).toEqual([]);
    }
  });

  it('its operator table names every operator', () => {
    for (const op of OPS) expect(DOC).toMatch(new RegExp(`^\\| \`'?${op}'?\`|\`${op}\``, 'm'));
  });
});
