/**
 * Loading a module on its first use, synchronously (start-up, issue 10): Node 20.19 and
 * later can require() an ES module. Where it cannot, a module that would load another
 * later loads it at once instead, with a top-level import, as acct always did. A built
 * file may require the built modules beside it; the TypeScript sources the tests run
 * have none beside them, so they load at once too.
 */
export const REQUIRE_ESM = (process.features as { require_module?: boolean }).require_module === true;

/** Whether the module at `moduleUrl` (its import.meta.url) can require the modules beside it on first use. */
export function canRequireSiblings(moduleUrl: string): boolean {
  return REQUIRE_ESM && moduleUrl.endsWith('.js');
}
