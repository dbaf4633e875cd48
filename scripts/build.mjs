// Bundle each entry point into one self-contained ESM file: the CLI and the hooks start fast and
// need nothing resolved at run time (no npx, no node_modules lookups on the hot path). Every
// dependency (gray-matter, yaml, fast-glob and the workspace packages) is inside.
//
// The bundles are committed (the Claude Code plugin runs them straight from a clone):
//   node scripts/build.mjs            build them
//   node scripts/build.mjs --check    build in memory and exit 1 if a committed bundle differs (CI)
//   node scripts/build.mjs --pack     build, then stage the hooks and skill inside packages/cli
//                                     for `npm pack` (the CLI package's prepack runs this)
//   node scripts/build.mjs --unpack   remove those staged copies again (postpack): a stale copy
//                                     beside the CLI bundle would be what `install` copies
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Files `npm pack` needs inside packages/cli besides its own bundles: [from, to] (gitignored copies). */
export const PACK_ASSETS = [
  ['hooks/dist/session-start.mjs', 'packages/cli/dist/session-start.mjs'],
  ['hooks/dist/session-end.mjs', 'packages/cli/dist/session-end.mjs'],
  ['hooks/dist/agent-hook.mjs', 'packages/cli/dist/agent-hook.mjs'],
  ['skills/synthesize-ledgers/SKILL.md', 'packages/cli/skills/synthesize-ledgers/SKILL.md'],
];

/**
 * The parser's identity: a hash of the core sources, the yaml version and the file reader. The cache
 * keys on it, so a rebuilt parser never reads an older parser's outcomes, and the CLI and hooks share one.
 */
function parserId() {
  const hash = createHash('sha256');
  const core = join(root, 'packages/core/src');
  for (const name of readdirSync(core, { recursive: true }).map(String).sort()) {
    if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(core, name)));
  }
  hash.update(readFileSync(join(root, 'node_modules/yaml/package.json')));
  // What a file becomes before parsing (links, sizes, NUL bytes, UTF-8, hidden names) is cached too.
  hash.update(readFileSync(join(root, 'packages/node/src/read-events.ts')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * How every bundle of this repository is built (the shipped ones here, the team simulation's in
 * scripts/team-sim.mjs): one self-contained ESM file for Node 20 from the TypeScript sources.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  alias: { 'js-yaml': join(root, 'scripts/unused-js-yaml.cjs') },
  // gray-matter is CommonJS and calls require('fs'); give the ESM bundle a real require.
  banner: { js: "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);" },
};

/** Build every bundle in memory: [outfile (relative to the repository), bytes]. */
export async function buildBundles() {
  const parser = parserId();
  return Promise.all(
    ENTRIES.map(async ([entry, outfile]) => {
      const result = await build({
        entryPoints: [join(root, entry)],
        outfile: join(root, outfile),
        // Paths in the bundle's comments are relative to this: the same bytes in every clone.
        absWorkingDir: root,
        ...BUNDLE_OPTIONS,
        define: { __LEDGER_SYNTH_VERSION__: JSON.stringify(version), __LEDGER_SYNTH_PARSER_ID__: JSON.stringify(parser) },
        legalComments: 'none',
        logLevel: 'warning',
        write: false,
      });
      if (result.outputFiles.length !== 1) throw new Error(`${entry}: expected one output file, got ${result.outputFiles.length}`);
      return [outfile, result.outputFiles[0].contents];
    }),
  );
}

export async function buildAll() {
  for (const [outfile, contents] of await buildBundles()) {
    // Write via temp + rename: tests in other processes may be running the previous bundle.
    const path = join(root, outfile);
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, contents);
    renameSync(temp, path);
  }
}

/** The committed bundles that differ from a fresh build (empty: they match). */
export async function staleBundles() {
  const stale = [];
  for (const [outfile, contents] of await buildBundles()) {
    let committed;
    try {
      committed = readFileSync(join(root, outfile));
    } catch {
      stale.push(`${outfile} (missing)`);
      continue;
    }
    if (!Buffer.from(contents).equals(committed)) stale.push(outfile);
  }
  return stale;
}

export function stagePackAssets() {
  for (const [from, to] of PACK_ASSETS) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    copyFileSync(join(root, from), join(root, to));
  }
}

export function unstagePackAssets() {
  for (const [, to] of PACK_ASSETS) rmSync(join(root, to), { force: true });
  rmSync(join(root, 'packages/cli/skills'), { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mode = process.argv[2];
  if (mode === '--check') {
    const stale = await staleBundles();
    if (stale.length > 0) {
      console.error(`The committed bundles differ from a fresh build:\n${stale.map((f) => `  ${f}`).join('\n')}`);
      console.error('Run `npm run build` and commit hooks/dist/ and packages/cli/dist/.');
      process.exitCode = 1;
    } else console.log(`The committed bundles match a fresh build (${ENTRIES.length} files).`);
  } else if (mode === '--pack') {
    await buildAll();
    stagePackAssets();
  } else if (mode === '--unpack') {
    unstagePackAssets();
  } else if (mode === undefined) {
    await buildAll();
  } else {
    console.error(`build.mjs: unknown option "${mode}"; expected --check, --pack or --unpack`);
    process.exitCode = 2;
  }
}
