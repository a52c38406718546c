/** Registration of the report commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import type { Kit } from './kit.js';

export function registerReport(program: Command, kit: Kit): void {
  void program;
  void kit;
}
