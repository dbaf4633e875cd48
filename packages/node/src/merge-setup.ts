import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { hooksDirectory, getLocalConfig, openRepo, repoPath, setLocalConfig, unsetLocalConfig, type GitRepo } from './git.js';
import { HOOKS_INSTALL_DIR } from './session/claude-settings.js';

/**
 * Pattern B, "never conflicted": `current.md` is a pure function of the events, so a merge should
 * never stop on it. Three pieces, all per clone except the attribute:
 *
 * 1. `.gitattributes`: `/<output> merge=ledger-synth` (committed, shared).
 * 2. `git config merge.ledger-synth.driver`: a driver that keeps our side and exits 0. It never
 *    synthesizes: git runs it mid-merge, holding the index lock, with the rest of the tree only
 *    half merged, so the events it would read are not yet the union. Git looks the driver up in
 *    each clone's config; a clone without it silently falls back to a text merge (and conflicts —
 *    `cc-synthesize resolve` settles that).
 * 3. Hooks that regenerate once git has finished: `post-merge` (merge, pull), `post-rewrite`
 *    (rebase), and `post-commit` for cherry-picks and for merges concluded by `git commit` (git runs
 *    no post-merge for a merge that stopped on a conflict, and none at all for cherry-pick).
 */
export const DRIVER_NAME = 'ledger-synth';
export const HOOK_NAMES = ['post-merge', 'post-rewrite', 'post-commit'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

const BLOCK_BEGIN = '# >>> ledger-synth >>> (managed by `cc-synthesize merge-driver install`; `… uninstall` removes it)';
const BLOCK_END = '# <<< ledger-synth <<<';
const ATTRIBUTE_COMMENT = '# ledger-synth: current.md is generated; merges keep one side and hooks regenerate it';

export interface MergeSetupOptions {
  readonly repo: GitRepo;
  /** The stream's generated output (absolute). */
  readonly output: string;
  /** argv that runs this CLI, e.g. [process.execPath, '/…/cc-synthesize.mjs']. */
  readonly command: readonly string[];
}

/** One line per thing looked at: what was done, or that it was already right. */
export interface SetupChange {
  readonly target: string;
  readonly action: 'added' | 'updated' | 'unchanged' | 'removed' | 'absent' | 'skipped';
  readonly detail: string;
}

/** Single-quote for /bin/sh: git runs the driver line and our hook lines through a shell. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The attribute line for the output, quoted C-style when the path needs it. */
export function attributeLine(outputInRepo: string): string {
  const pattern = `/${outputInRepo}`;
  const needsQuotes = /[\s"\\#!*?[\]]/.test(pattern);
  const quoted = needsQuotes ? `"${pattern.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/([*?[\]])/g, '\\$1')}"` : pattern;
  return `${quoted} merge=${DRIVER_NAME}`;
}

/**
 * Keeping our side needs no program at all: `%A` already holds it and exit 0 means "merged". So the
 * driver is a shell `echo` (git single-quotes `%P`), never Node: it costs nothing per merge and
 * cannot break when Node moves (nvm, upgrades) — a failing driver would stop every merge on the file.
 */
export function driverCommand(): string {
  return 'echo ledger-synth: kept our side of %P, it is regenerated from the events once git finishes >&2';
}

/** The committed copy of the CLI, relative to the repository top (git runs hooks there). */
export const COMMITTED_CLI = `${HOOKS_INSTALL_DIR}/cc-synthesize.mjs`;

/**
 * argv the git hooks run: the committed copy (`node .claude/hooks/ledger-synth/cc-synthesize.mjs`,
 * relative: git runs hooks at the top of the working tree, so it moves with the clone and with
 * checkouts) when the repository has one, else `fallback` (the running CLI).
 */
export function hookCliCommand(top: string, fallback: readonly string[]): readonly string[] {
  return existsSync(join(top, COMMITTED_CLI)) ? ['node', COMMITTED_CLI] : fallback;
}

function hookBlock(command: readonly string[], hook: HookName): string {
  // </dev/null: post-rewrite's stdin (the rewritten commits) stays for the user's part of the hook.
  // A ledger problem must never make git report a failed hook, but it is never silent either: a
  // missing CLI (a branch without it, node not on PATH) prints one line saying what to run.
  const cli = command.map(shellQuote).join(' ');
  const guard = command[0] === 'node' && command[1] === COMMITTED_CLI ? `[ -f ${shellQuote(COMMITTED_CLI)} ] && ` : '';
  const call = `${guard}${cli} merge-driver regenerate --hook ${hook} "$@" </dev/null || echo "ledger-synth: current.md was not regenerated after ${hook}; run: ${cli.replace(/["\\$`]/g, '\\$&')} resolve" >&2`;
  return `${BLOCK_BEGIN}\n${call}\n${BLOCK_END}\n`;
}

/**
 * A clone of a repository that uses the driver (its `.gitattributes` names it) but lacks the
 * per-clone part (git config and hooks are never cloned): set it up, with the committed CLI copy.
 * Called by SessionStart and `install`; cheap when there is nothing to do (one file read, no git
 * process unless the attribute is there). Returns a line for the person, or undefined.
 */
export async function ensureMergeSetup(root: string, output: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const attributes = readText(join(root, '.gitattributes'));
  if (attributes === undefined || !attributes.includes(`merge=${DRIVER_NAME}`)) return undefined;
  const repo = await openRepo(root, env);
  if (!repo) return undefined;
  const configured = await getLocalConfig(repo, `merge.${DRIVER_NAME}.driver`);
  if (configured !== undefined) return undefined;
  if (!existsSync(join(repo.top, COMMITTED_CLI))) {
    return `ledger-synth: this clone has no merge driver config for current.md (git config is not cloned); run \`cc-synthesize merge-driver install\``;
  }
  const changes = await installMergeSetup({ repo, output, command: ['node', COMMITTED_CLI] });
  const skipped = changes.filter((c) => c.action === 'skipped');
  return skipped.length > 0
    ? `ledger-synth: set up the merge driver for current.md in this clone; ${skipped.map((c) => `${c.target}: ${c.detail}`).join('; ')}`
    : 'ledger-synth: set up the merge driver for current.md in this clone (git config and hooks are per clone)';
}

export async function installMergeSetup(options: MergeSetupOptions): Promise<SetupChange[]> {
  const { repo } = options;
  const changes: SetupChange[] = [];
  changes.push(installAttribute(repo, repoPath(repo, options.output)));

  const driver = driverCommand();
  const current = await getLocalConfig(repo, `merge.${DRIVER_NAME}.driver`);
  await setLocalConfig(repo, `merge.${DRIVER_NAME}.name`, 'ledger-synth: keep one side of the generated ledger; hooks regenerate it');
  if (current !== driver) await setLocalConfig(repo, `merge.${DRIVER_NAME}.driver`, driver);
  changes.push({
    target: `git config merge.${DRIVER_NAME}.driver`,
    action: current === driver ? 'unchanged' : current === undefined ? 'added' : 'updated',
    detail: driver,
  });

  const dir = await hooksDirectory(repo);
  mkdirSync(dir, { recursive: true });
  for (const hook of HOOK_NAMES) changes.push(installHook(join(dir, hook), hookBlock(options.command, hook)));
  return changes;
}

export async function uninstallMergeSetup(options: Pick<MergeSetupOptions, 'repo' | 'output'>): Promise<SetupChange[]> {
  const { repo } = options;
  const changes: SetupChange[] = [];
  changes.push(uninstallAttribute(repo, repoPath(repo, options.output)));
  const had = await getLocalConfig(repo, `merge.${DRIVER_NAME}.driver`);
  await unsetLocalConfig(repo, `merge.${DRIVER_NAME}.driver`);
  await unsetLocalConfig(repo, `merge.${DRIVER_NAME}.name`);
  changes.push({ target: `git config merge.${DRIVER_NAME}.driver`, action: had === undefined ? 'absent' : 'removed', detail: had ?? '' });
  const dir = await hooksDirectory(repo);
  for (const hook of HOOK_NAMES) changes.push(uninstallHook(join(dir, hook)));
  return changes;
}

/** Whether git would use our driver for the output (attribute present and driver configured). */
export async function mergeSetupStatus(options: Pick<MergeSetupOptions, 'repo' | 'output'>): Promise<{ attribute: boolean; driver: string | undefined; hooks: Record<HookName, boolean> }> {
  const { repo } = options;
  const path = repoPath(repo, options.output);
  const attr = (await repo.run(['check-attr', 'merge', '--', path])).trim();
  const dir = await hooksDirectory(repo);
  const hooks = Object.fromEntries(
    HOOK_NAMES.map((hook) => [hook, readText(join(dir, hook))?.includes(BLOCK_BEGIN) ?? false]),
  ) as Record<HookName, boolean>;
  return { attribute: attr.endsWith(`: merge: ${DRIVER_NAME}`), driver: await getLocalConfig(repo, `merge.${DRIVER_NAME}.driver`), hooks };
}

function installAttribute(repo: GitRepo, outputInRepo: string): SetupChange {
  const file = join(repo.top, '.gitattributes');
  const line = attributeLine(outputInRepo);
  const text = readText(file) ?? '';
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.includes(line)) return { target: '.gitattributes', action: 'unchanged', detail: line };
  const prefix = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  writeFileAtomic(file, `${prefix}${ATTRIBUTE_COMMENT}\n${line}\n`);
  return { target: '.gitattributes', action: 'added', detail: `${line}  (commit .gitattributes so every clone uses it)` };
}

function uninstallAttribute(repo: GitRepo, outputInRepo: string): SetupChange {
  const file = join(repo.top, '.gitattributes');
  const text = readText(file);
  const line = attributeLine(outputInRepo);
  const bare = (l: string) => l.replace(/\r$/, '');
  if (text === undefined || !text.split('\n').map(bare).includes(line)) return { target: '.gitattributes', action: 'absent', detail: line };
  const kept = text.split('\n').filter((l) => bare(l) !== line && bare(l) !== ATTRIBUTE_COMMENT);
  writeFileAtomic(file, kept.join('\n'));
  return { target: '.gitattributes', action: 'removed', detail: line };
}

/**
 * Add our block to a hook without clobbering anyone's: a new hook file is created; an existing
 * shell hook gets the block right after its `#!` line (so a later `exit` in the user's script
 * cannot skip it) and keeps everything else byte for byte; a hook in another language is left alone
 * and reported, with the line to add by hand.
 */
function installHook(path: string, block: string): SetupChange {
  const text = readText(path);
  if (text === undefined) {
    writeFileAtomic(path, `#!/bin/sh\n${block}`);
    chmodSync(path, 0o755);
    return { target: path, action: 'added', detail: 'new hook' };
  }
  const existing = extractBlock(text);
  if (existing !== undefined) {
    if (existing === block) {
      ensureExecutable(path);
      return { target: path, action: 'unchanged', detail: 'already calls cc-synthesize' };
    }
    rewriteHook(path, text.replace(existing, block));
    return { target: path, action: 'updated', detail: 'refreshed the ledger-synth block' };
  }
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (!/^#!.*\b(sh|bash|dash|zsh|ksh)\b/.test(firstLine)) {
    const call = block.split('\n')[1];
    return { target: path, action: 'skipped', detail: `existing hook is not a shell script; add this line to it yourself:\n    ${call}` };
  }
  rewriteHook(path, `${firstLine}\n${block}${text.slice(firstLine.length + 1)}`);
  return { target: path, action: 'updated', detail: 'added a ledger-synth block to your existing hook (the rest is untouched)' };
}

function uninstallHook(path: string): SetupChange {
  const text = readText(path);
  const block = text === undefined ? undefined : extractBlock(text);
  if (text === undefined || block === undefined) return { target: path, action: 'absent', detail: 'no ledger-synth block' };
  const rest = text.replace(block, '');
  if (/^#!\/bin\/sh\n?$/.test(rest)) {
    unlinkSync(path);
    return { target: path, action: 'removed', detail: 'deleted the hook (it only ran cc-synthesize)' };
  }
  rewriteHook(path, rest);
  return { target: path, action: 'removed', detail: 'removed the ledger-synth block; your hook is otherwise unchanged' };
}

function extractBlock(text: string): string | undefined {
  const start = text.indexOf(BLOCK_BEGIN);
  if (start === -1) return undefined;
  const end = text.indexOf(BLOCK_END, start);
  if (end === -1) return undefined;
  const stop = end + BLOCK_END.length;
  return text.slice(start, text[stop] === '\n' ? stop + 1 : stop);
}

/** Rewrite a hook in place atomically, keeping its permission bits (the temp file starts as 0644). */
function rewriteHook(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  writeFileAtomic(path, text);
  chmodSync(path, mode | 0o111);
}

function ensureExecutable(path: string): void {
  const mode = statSync(path).mode & 0o7777;
  if ((mode & 0o111) !== 0o111) chmodSync(path, mode | 0o111);
}

function readText(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8');
}
