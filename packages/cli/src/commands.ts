import type { World } from './world.js';

/** A subcommand: parses its own arguments and returns an exit code (or throws a LedgerError). */
export type Command = (args: string[], world: World) => Promise<number>;

/**
 * Subcommands, loaded on demand so `cc-synthesize --check` does not pay for the git or install code.
 * The default (no subcommand) is synthesis.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  synthesize: async () => (await import('./commands/synthesize.js')).synthesizeCommand,
  resolve: async () => (await import('./commands/resolve.js')).resolveCommand,
  'merge-driver': async () => (await import('./commands/merge-driver.js')).mergeDriverCommand,
  ids: async () => (await import('./commands/ids.js')).idsCommand,
  status: async () => (await import('./commands/status.js')).statusCommand,
  record: async () => (await import('./commands/record.js')).recordCommand,
  install: async () => (await import('./commands/install.js')).installCommand,
  uninstall: async () => (await import('./commands/install.js')).uninstallCommand,
};
