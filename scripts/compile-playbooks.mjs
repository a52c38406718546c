#!/usr/bin/env node
// Part of `npm run build`, after tsc: compiles the shipped playbooks/*.yaml into
// dist/playbooks/compiled-playbooks.json, each file's parsed data keyed by the SHA-256 of
// its bytes, so commands read them without loading the YAML library (issue 10, point 5;
// see src/playbooks/load.ts). Fails the build when a shipped playbook does not load.
import { renameSync, writeFileSync } from 'node:fs';
import { COMPILED_PLAYBOOKS_FILE, compilePlaybooks, formatProblem } from '../dist/playbooks/load.js';
import { loadLanguage } from '../dist/i18n/index.js';

// Problems are worded from the message catalogue: the build reports them in English.
await loadLanguage('en');

let compiled;
try {
  compiled = compilePlaybooks();
} catch (error) {
  if (!Array.isArray(error.problems)) throw error;
  console.error(
    `compile-playbooks: the shipped playbooks do not load:\n${error.problems.map(formatProblem).join('\n')}`,
  );
  process.exit(1);
}
// Replaced whole (temp file + rename), so a running acct never reads half a file.
const temp = `${COMPILED_PLAYBOOKS_FILE}.${process.pid}.tmp`;
writeFileSync(temp, JSON.stringify(compiled));
renameSync(temp, COMPILED_PLAYBOOKS_FILE);
