#!/usr/bin/env node
// Launcher: keep it tiny. The compile cache (Node >= 22.1) speeds up later starts.
import module from 'node:module';

module.enableCompileCache?.();

// Output that cannot be written: a closed pipe (`acct list | head -1`) means the reader has
// enough, so stop quietly; anything else (a full disk) is one line, never a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') {
    process.stderr.write(`acct: cannot write the output: ${error.code ?? error.message} (check where it goes)\n`);
  }
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? 1));

const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
