#!/usr/bin/env node
// Launcher: keep it tiny. The compile cache (Node >= 22.1) speeds up later starts.
import module from 'node:module';

module.enableCompileCache?.();

// Output that cannot be written: a closed pipe (`acct list | head -1`) means the reader has
// enough, so stop quietly; anything else (a full disk) is one line, never a stack trace.
// Both lines come from the CLI in the run's language once it is loaded (launcherLine), else English.
let cli;
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') {
    const reason = error.code ?? error.message;
    const line =
      cli?.launcherLine('outputFailed', reason) ?? `acct: cannot write the output: ${reason} (check where it goes)`;
    process.stderr.write(`${line}\n`);
  }
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? 1));

// Ctrl-C outside a prompt (prompts catch it themselves): one line and 130. Every write is a
// transaction, so what was not committed is discarded, as after a crash.
process.on('SIGINT', () => {
  const line = cli?.launcherLine('interrupted') ?? 'acct: interrupted; writes not yet committed were discarded';
  process.stderr.write(`\n${line}\n`);
  process.exit(130);
});

cli = await import('../dist/cli.js');
process.exitCode = await cli.main(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made on first use: creating process.stdin loads stream and readline internals that most runs never need.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  // Long output on a terminal goes through a pager; loaded only when one is started.
  pager: async (...args) => (await import('../dist/render/pager.js')).runPager(...args),
});
