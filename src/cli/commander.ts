/**
 * commander's classes, imported here and nowhere else at run time. Node resolves a package
 * through its "exports" map with a large case-insensitive pattern (invalid path segments)
 * that V8 compiles on its first use and compiles again, to machine code, on its second:
 * each module importing commander, and each other package resolved that way (chalk), was
 * one more use. With one import site, a piped `acct list` runs it once (start-up, issue 10;
 * bench/RESULTS.md). Types may still come from 'commander' (`import type` is erased).
 */
export { Argument, Command, CommanderError, Help, Option } from 'commander';
