import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./packages/cli/package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // As scripts/build.mjs does for the bundles: the CLI run in-process by tests reports the same version.
  define: { __LEDGER_SYNTH_VERSION__: JSON.stringify(version) },
  resolve: { conditions: ['source'] },
  // Vite 6+ resolves server-side (vitest) imports with `ssr.resolve.conditions`, not `resolve.conditions`.
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Builds the bundled CLI and hooks once: end-to-end tests run them as real subprocesses.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Every fast-check property runs with the run's one seed (printed by the global setup).
    setupFiles: ['test/helpers/fast-check-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test time is spent waiting on child processes (git, hooks, the CLI), so two forks pay off
    // even on a 2-core machine, where vitest's default (cores - 1) would run the files one by one
    // (measured: 222 s → 140 s for the suite).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
