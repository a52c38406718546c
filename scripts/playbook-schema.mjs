#!/usr/bin/env node
// Writes playbooks/playbook.schema.json, the JSON Schema of a playbook file, from the
// zod schema (src/playbooks/json-schema.ts). test/unit/playbooks/json-schema.test.ts
// fails when the committed file is stale. Run: npm run schema (builds first).
import { writeFileSync } from 'node:fs';
import { playbookJsonSchema } from '../dist/playbooks/json-schema.js';

const file = new URL('../playbooks/playbook.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(playbookJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
