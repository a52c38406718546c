/**
 * Without colour, Output styles text without loading chalk (start-up, issue 10): every
 * style gives what chalk at level 0 gives for the text made visible, which is what the
 * colour-marking chalk wrapper gave before. With colour, chalk still styles.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/render/output.js';
import { unmarkColour, visibleLines } from '../../src/render/safe-text.js';

function output(color: boolean): Output {
  const sink = Object.assign(new PassThrough(), { isTTY: true });
  return new Output({
    stdout: sink,
    stderr: sink,
    env: color ? { FORCE_COLOR: '1' } : {},
    json: false,
    color,
    quiet: false,
  });
}

/** The chains acct's renderers use (src/render): one style, or two. */
const CHAINS = ['bold', 'red', 'green', 'dim', 'yellow', 'blue', 'cyan', 'bold.underline', 'red.bold'];

function styled(chalk: ChalkInstance, chain: string, args: unknown[]): unknown {
  let style = chalk as unknown as Record<string, unknown>;
  for (const name of chain.split('.')) style = style[name] as Record<string, unknown>;
  return (style as unknown as (...a: unknown[]) => unknown)(...args);
}

describe('Output styles without colour', () => {
  const plain = output(false).chalk;
  const levelZero = new Chalk({ level: 0 });

  it('give what chalk at level 0 gives for the visible text, for any text, chain and number of arguments', () => {
    const arg = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('\x1b[31mred\x1b[39m', 'a\nb', 'tab\there', '\u202eevil', '', ' '),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...CHAINS), fc.array(arg, { maxLength: 3 }), (chain, args) => {
        const visibleArgs = args.map((a) => (typeof a === 'string' ? visibleLines(a) : a));
        expect(styled(plain, chain, args)).toBe(styled(levelZero, chain, visibleArgs));
      }),
    );
    expect(plain.red('\x1b[2Jgone')).toBe('\\x1b[2Jgone');
    expect(plain.bold.underline('Title')).toBe('Title');
    expect(plain.green('a', 'b')).toBe('a b');
    expect(plain.level).toBe(0);
  });

  it('with colour, chalk styles the text', () => {
    const coloured = output(true).chalk;
    expect(unmarkColour(coloured.red('x'))).toBe('\x1b[31mx\x1b[39m');
  });
});
