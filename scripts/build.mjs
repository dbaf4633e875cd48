// Bundle each entry point into one self-contained ESM file: the CLI and the hooks start fast and
// need nothing resolved at run time (no npx, no node_modules lookups on the hot path).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));

/** [entry, outfile] pairs; add new bundles here. */
export const ENTRIES = [
  ['packages/cli/src/bin.ts', 'packages/cli/dist/cc-synthesize.mjs'],
  ['hooks/src/session-start.ts', 'hooks/dist/session-start.mjs'],
  ['hooks/src/session-end.ts', 'hooks/dist/session-end.mjs'],
  ['hooks/src/agent-hook.ts', 'hooks/dist/agent-hook.mjs'],
  // Worker threads for large cold reads, found beside the bundle that starts them (read-workers.ts).
  ['packages/node/src/read-worker.ts', 'packages/cli/dist/read-worker.mjs'],
  ['packages/node/src/read-worker.ts', 'hooks/dist/read-worker.mjs'],
];

/**
 * The parser's identity: a hash of the core sources and the yaml version. The parse cache keys on
 * it, so a rebuilt parser never reads an older parser's outcomes, and the CLI and hooks share one.
 */
function parserId() {
  const hash = createHash('sha256');
  const core = join(root, 'packages/core/src');
  for (const name of readdirSync(core, { recursive: true }).map(String).sort()) {
    if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(core, name)));
  }
  hash.update(readFileSync(join(root, 'node_modules/yaml/package.json')));
  return hash.digest('hex').slice(0, 16);
}

// gray-matter is CommonJS and calls require('fs'); give the ESM bundle a real require.
const banner = "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);";

export async function buildAll() {
  const parser = parserId();
  await Promise.all(
    ENTRIES.map(async ([entry, outfile]) => {
      const result = await build({
        entryPoints: [join(root, entry)],
        outfile: join(root, outfile),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        conditions: ['source'],
        alias: { 'js-yaml': join(root, 'scripts/unused-js-yaml.cjs') },
        banner: { js: banner },
        define: { __LEDGER_SYNTH_VERSION__: JSON.stringify(version), __LEDGER_SYNTH_PARSER_ID__: JSON.stringify(parser) },
        legalComments: 'none',
        logLevel: 'warning',
        write: false,
      });
      // Write via temp + rename: tests in other processes may be running the previous bundle.
      for (const file of result.outputFiles) {
        mkdirSync(dirname(file.path), { recursive: true });
        const temp = `${file.path}.${process.pid}.tmp`;
        writeFileSync(temp, file.contents);
        renameSync(temp, file.path);
      }
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAll();
}
