/**
 * Registrations of the larger command groups, one file each. Each only
 * wires flags to a lazily imported handler.
 */
import type { Command } from 'commander';
import { registerAssess } from './assess.js';
import { registerConfig } from './config.js';
import { registerDay } from './day.js';
import { registerDb } from './db.js';
import type { Kit } from './kit.js';
import { registerReport } from './report.js';
import { registerTransfer } from './transfer.js';

export function registerMore(program: Command, kit: Kit): void {
  registerAssess(program, kit);
  registerReport(program, kit);
  registerTransfer(program, kit);
  registerConfig(program, kit);
  registerDb(program, kit);
  registerDay(program, kit);
}
