#!/usr/bin/env node
// Launcher: keep it tiny. The compile cache (Node >= 22.1) speeds up later starts.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
