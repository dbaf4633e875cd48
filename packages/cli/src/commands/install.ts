import { existsSync, readdirSync, readFileSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LedgerError } from '@ledger-synth/core';
import {
  AGENT_TARGETS,
  AGENT_TARGET_DESCRIPTIONS,
  AGENT_TARGET_NOTES,
  planAgentInstall,
  planAgentUninstall,
  type AgentTarget,
  HOOKS_INSTALL_DIR,
  addOurHooks,
  addOurPermission,
  applySettingsChanges,
  ensureMergeSetup,
  formatSettings,
  RECORD_PERMISSION,
  loadConfig,
  parseSettingsText,
  removeOurHooks,
  removeOurPermission,
  writeFileAtomic,
  type LedgerConfig,
} from '@ledger-synth/node';
import { didYouMean, parseCommandArgs, usageError } from '../args.js';
import { COMMANDS } from '../commands.js';
import { EXIT } from '../exit-codes.js';
import { print, type World } from '../world.js';

const OPTIONS = {
  for: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  'merge-driver': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * What install can wire up, by `--for` name. Each target plans its own files; the shared parts
 * (events directory, .gitignore block) are planned once whatever the targets. A new agent CLI is
 * one more entry here (plan + unplan), nothing else.
 */
interface Target {
  readonly describe: string;
  readonly plan: (config: LedgerConfig) => Change[];
  readonly unplan: (config: LedgerConfig) => Change[];
  /** What the person must still do in the tool itself, printed after an install. */
  readonly notes?: readonly string[];
}

const TARGETS: Record<string, Target> = {
  claude: { describe: 'Claude Code: hooks, settings, permission rule, skill', plan: planClaude, unplan: unplanClaude },
  // Codex CLI, Gemini CLI and AGENTS.md (docs/agents.md): planned in @ledger-synth/node agent-install.ts.
  ...Object.fromEntries(AGENT_TARGETS.map((target) => [target, agentTarget(target)])),
};

function agentTarget(target: AgentTarget): Target {
  return {
    describe: AGENT_TARGET_DESCRIPTIONS[target],
    plan: (config) => planAgentInstall(target, config, agentSources()),
    unplan: (config) => planAgentUninstall(target, config),
    notes: AGENT_TARGET_NOTES[target],
  };
}

const RECORD_PERMISSION_DOC = RECORD_PERMISSION;

export const INSTALL_HELP = `cc-synthesize install | uninstall — wire ledger-synth into this repository for Claude Code

Usage:
  cc-synthesize install [--for TARGET] [--dry-run] [--merge-driver]
  cc-synthesize uninstall [--for TARGET] [--dry-run] [--merge-driver]

install (idempotent; a second run changes nothing), for Claude Code (--for claude, the default):
  .claude/hooks/ledger-synth/   the bundled SessionStart and SessionEnd hooks and a copy of the CLI
  .claude/settings.json         SessionStart + SessionEnd hooks merged in, and the permission rule
                                ${RECORD_PERMISSION_DOC}
                                so recording never prompts (other settings, hooks and rules kept)
  .claude/skills/synthesize-ledgers/SKILL.md   the /synthesize-ledgers skill
  <events dir>/.gitkeep         the events directory, so it exists in every clone
  .gitignore                    .ledger-synth/ (drafts, markers, caches), .synth.lock, temp files

Other agents (docs/agents.md): --for codex, --for gemini, --for agents-md, or --for all:
  codex       .codex/hooks.json (SessionStart, SessionEnd) and .codex/hooks/ledger-synth/
  gemini      .gemini/settings.json hooks (SessionStart, SessionEnd) and .gemini/hooks/ledger-synth/
  agents-md   a marked block in AGENTS.md (how to record) and .agents/ledger-synth/

uninstall removes exactly those entries (never an event file).

Options:
  --for TARGET     what to wire up (repeatable): ${Object.keys(TARGETS).join(', ')} (default: claude)
  --dry-run        print the planned changes; write nothing
  --merge-driver   also (un)install the git merge driver for current.md (cc-synthesize merge-driver)
  --json           print the plan/result as JSON
`;

/** Marks files and blocks install owns, so uninstall never removes something a person wrote. */
const SKILL_MARKER = 'managed by `cc-synthesize install`';
const GITIGNORE_BEGIN = '# BEGIN ledger-synth (managed by cc-synthesize install)';
const GITIGNORE_END = '# END ledger-synth';
const GITIGNORE_LINES = [
  '# local state: session drafts and markers, caches, id counters',
  '.ledger-synth/',
  '# synthesis lock and its break guard',
  '.synth.lock',
  '.synth.lock.break',
  '# temp files of atomic writes (.<name>.<pid>.<hex>.tmp)',
  '.*.tmp',
];
const BUNDLES = ['session-start.mjs', 'session-end.mjs'] as const;
const CLI_COPY = 'cc-synthesize.mjs';
/** Worker threads for large cold reads, beside the bundles that start them (copied when the build has one). */
const READ_WORKER = 'read-worker.mjs';
const SKILL_PATH = '.claude/skills/synthesize-ledgers/SKILL.md';
const SETTINGS_PATH = '.claude/settings.json';

type Change =
  | { kind: 'write'; path: string; content: string; existed: boolean; note: string }
  | { kind: 'remove'; path: string; note: string }
  | { kind: 'keep'; path: string; note: string };

export async function installCommand(args: string[], world: World): Promise<number> {
  return run('install', args, world);
}

export async function uninstallCommand(args: string[], world: World): Promise<number> {
  return run('uninstall', args, world);
}

async function run(mode: 'install' | 'uninstall', args: string[], world: World): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    world.stdout.write(INSTALL_HELP);
    return EXIT.ok;
  }
  // Resolve the merge driver first: a missing one is an error before anything is written.
  const mergeDriver = values['merge-driver'] ? await loadMergeDriver() : undefined;
  const config = loadConfig(world.cwd, world.env);
  const targets = chosenTargets(values.for);
  const changes = mode === 'install' ? planInstall(config, targets) : planUninstall(config, targets);
  const dryRun = Boolean(values['dry-run']);
  if (!dryRun) applyChanges(config.root, changes);
  report(world, config.root, mode, changes, dryRun, Boolean(values.json), targets.flatMap((target) => target.notes ?? []));
  if (!mergeDriver && !dryRun && mode === 'install') {
    // Run again in a fresh clone of a repository that uses the merge driver: its per-clone part too.
    const note = await ensureMergeSetup(config.root, config.output, world.env);
    if (note) print(world.stdout, note.replace(/^ledger-synth: /, ''));
  }
  if (mergeDriver) {
    // merge-driver has no preview of its own: say what would run instead of running it.
    if (dryRun) print(world.stdout, `Dry run: would also run \`cc-synthesize merge-driver ${mode}\` (git config, .gitattributes, git hooks).`);
    else return mergeDriver([mode], world);
  }
  return EXIT.ok;
}

async function loadMergeDriver() {
  const load = Object.hasOwn(COMMANDS, 'merge-driver') ? COMMANDS['merge-driver'] : undefined;
  if (!load) {
    throw new LedgerError('E_USAGE', '--merge-driver: this build of cc-synthesize has no merge-driver command; nothing was changed', {
      hint: 'Run install without --merge-driver, or update cc-synthesize.',
    });
  }
  return load();
}

// ---------------------------------------------------------------------------------------------
// Planning: read the repository, compute every change, write nothing.

function chosenTargets(names: readonly string[] | undefined): Target[] {
  const wanted = names && names.length > 0 ? names.flatMap((name) => name.split(',')).map((name) => name.trim()) : ['claude'];
  // `all`: every agent CLI and AGENTS.md.
  if (wanted.includes('all')) return Object.values(TARGETS);
  return [...new Set(wanted)].map((name) => {
    if (Object.hasOwn(TARGETS, name)) return TARGETS[name]!;
    throw usageError(`--for ${JSON.stringify(name)}: unknown target${didYouMean(name, [...Object.keys(TARGETS), 'all'])}; expected one of: ${Object.keys(TARGETS).join(', ')}, all`);
  });
}

function planInstall(config: LedgerConfig, targets: readonly Target[]): Change[] {
  return [...targets.flatMap((target) => target.plan(config)), ...planShared(config)];
}

function planUninstall(config: LedgerConfig, targets: readonly Target[]): Change[] {
  // The shared parts stay while another target is still installed (its uninstall would change something).
  const othersInstalled = Object.values(TARGETS).some((other) => !targets.includes(other) && other.unplan(config).some((c) => c.kind !== 'keep'));
  return [...targets.flatMap((target) => target.unplan(config)), ...(othersInstalled ? [] : unplanShared(config))];
}

/** Claude Code: the hook bundles and a CLI copy, settings (hooks + permission rule), the skill. */
function planClaude(config: LedgerConfig): Change[] {
  const { root } = config;
  const sources = locateSources();
  const changes: Change[] = [];
  for (const name of [...BUNDLES, CLI_COPY]) {
    const source = name === CLI_COPY ? sources.cli : join(sources.hooksDir, name);
    changes.push(writeIfDifferent(root, `${HOOKS_INSTALL_DIR}/${name}`, readFileSync(source, 'utf8'), name === CLI_COPY ? 'copy of the CLI, for record' : 'bundled hook'));
  }
  const worker = join(dirname(sources.cli), READ_WORKER);
  if (existsSync(worker)) changes.push(writeIfDifferent(root, `${HOOKS_INSTALL_DIR}/${READ_WORKER}`, readFileSync(worker, 'utf8'), 'read worker for large ledgers'));

  const settingsFile = join(root, SETTINGS_PATH);
  const previous = readIfExists(settingsFile);
  const merged = applySettingsChanges(parseSettingsText(previous, SETTINGS_PATH), [addOurHooks, addOurPermission]);
  if (merged.changed) {
    changes.push({ kind: 'write', path: SETTINGS_PATH, content: formatSettings(merged.settings, previous), existed: previous !== undefined, note: merged.notes.join(', ') });
  } else changes.push({ kind: 'keep', path: SETTINGS_PATH, note: 'hooks and record permission already installed' });

  const skillNow = readIfExists(join(root, SKILL_PATH));
  if (skillNow !== undefined && !skillNow.includes(SKILL_MARKER)) {
    changes.push({ kind: 'keep', path: SKILL_PATH, note: 'exists and was not written by install; left alone' });
  } else changes.push(writeIfDifferent(root, SKILL_PATH, readFileSync(sources.skill, 'utf8'), '/synthesize-ledgers skill'));
  return changes;
}

/** Whatever the targets: the events directory (so it exists in every clone) and the .gitignore block. */
function planShared(config: LedgerConfig): Change[] {
  const { root } = config;
  const changes: Change[] = [];
  const eventsRel = relPath(root, config.eventsDir);
  const gitkeep = join(config.eventsDir, '.gitkeep');
  // A .gitkeep only where the directory would otherwise be empty (uninstall removes it only there).
  if (existsSync(gitkeep)) changes.push({ kind: 'keep', path: `${eventsRel}/.gitkeep`, note: 'events directory exists' });
  else if (listDir(config.eventsDir).length > 0) changes.push({ kind: 'keep', path: `${eventsRel}/`, note: 'events directory exists' });
  else changes.push({ kind: 'write', path: `${eventsRel}/.gitkeep`, content: '', existed: false, note: 'events directory' });

  const gitignore = readIfExists(join(root, '.gitignore'));
  const withBlock = replaceBlock(gitignore ?? '', gitignoreBlock());
  if (withBlock === gitignore) changes.push({ kind: 'keep', path: '.gitignore', note: 'entries present' });
  else changes.push({ kind: 'write', path: '.gitignore', content: withBlock, existed: gitignore !== undefined, note: 'ignore .ledger-synth/, .synth.lock, temp files' });
  return changes;
}

function unplanClaude(config: LedgerConfig): Change[] {
  const { root } = config;
  const changes: Change[] = [];
  for (const name of [...BUNDLES, CLI_COPY, READ_WORKER]) {
    const path = `${HOOKS_INSTALL_DIR}/${name}`;
    if (existsSync(join(root, path))) changes.push({ kind: 'remove', path, note: 'bundled hook' });
  }

  const previous = readIfExists(join(root, SETTINGS_PATH));
  if (previous !== undefined) {
    const removed = applySettingsChanges(parseSettingsText(previous, SETTINGS_PATH), [removeOurHooks, removeOurPermission]);
    if (removed.changed && Object.keys(removed.settings).length === 0) {
      changes.push({ kind: 'remove', path: SETTINGS_PATH, note: `${removed.notes.join(', ')} (nothing else was in it)` });
    } else if (removed.changed) {
      changes.push({ kind: 'write', path: SETTINGS_PATH, content: formatSettings(removed.settings, previous), existed: true, note: removed.notes.join(', ') });
    }
  }

  const skill = readIfExists(join(root, SKILL_PATH));
  if (skill !== undefined) {
    if (skill.includes(SKILL_MARKER)) changes.push({ kind: 'remove', path: SKILL_PATH, note: '/synthesize-ledgers skill' });
    else changes.push({ kind: 'keep', path: SKILL_PATH, note: 'not written by install; left alone' });
  }
  return changes;
}

function unplanShared(config: LedgerConfig): Change[] {
  const { root } = config;
  const changes: Change[] = [];
  // Events are the ledger's data: never removed. Only a .gitkeep in an otherwise empty directory goes.
  const eventsRel = relPath(root, config.eventsDir);
  const entries = listDir(config.eventsDir);
  if (entries.length === 1 && entries[0] === '.gitkeep') changes.push({ kind: 'remove', path: `${eventsRel}/.gitkeep`, note: 'empty events directory' });

  const gitignore = readIfExists(join(root, '.gitignore'));
  if (gitignore !== undefined) {
    const without = replaceBlock(gitignore, undefined);
    if (without !== gitignore) {
      if (without.trim() === '') changes.push({ kind: 'remove', path: '.gitignore', note: 'only held ledger-synth entries' });
      else changes.push({ kind: 'write', path: '.gitignore', content: without, existed: true, note: 'remove ledger-synth entries' });
    }
  }
  return changes;
}

function writeIfDifferent(root: string, path: string, content: string, note: string): Change {
  const current = readIfExists(join(root, path));
  if (current === content) return { kind: 'keep', path, note: 'up to date' };
  return { kind: 'write', path, content, existed: current !== undefined, note };
}

/**
 * The files install copies: the hook bundles and this CLI bundle, and the skill. They are found
 * next to the running CLI — in this repository's layout (packages/cli/dist → hooks/dist, skills/),
 * in an installed copy (.claude/hooks/ledger-synth → .claude/skills/) or in the npm package
 * (dist/ holds all three bundles, skills/ beside it).
 */
function locateSources(): { hooksDir: string; cli: string; skill: string } {
  const self = fileURLToPath(import.meta.url);
  // Run from source (tests call main in-process): the build's bundles in this repository.
  const cli = self.endsWith('.ts') ? resolve(dirname(self), '../../dist/cc-synthesize.mjs') : self;
  const here = dirname(cli);
  const hooksDir = [here, resolve(here, '../../../hooks/dist')].find((dir) => BUNDLES.every((name) => existsSync(join(dir, name))));
  // This repository (packages/cli/dist), an installed copy (.claude/hooks/ledger-synth), the npm package (dist/ → skills/).
  const skill = [
    resolve(here, '../../../skills/synthesize-ledgers/SKILL.md'),
    resolve(here, '../../skills/synthesize-ledgers/SKILL.md'),
    resolve(here, '../skills/synthesize-ledgers/SKILL.md'),
  ].find((p) => existsSync(p));
  if (!cli.endsWith('.mjs') || !hooksDir || !skill) {
    throw new LedgerError('E_CONFIG', `cannot find the bundled hooks next to ${cli}; nothing was changed`, {
      hint: 'Run `npm run build` in the ledger-synth checkout first (it writes hooks/dist/ and packages/cli/dist/).',
    });
  }
  return { hooksDir, cli, skill };
}

/** The agent hook bundle (Codex, Gemini) and the CLI with its read worker, for the other targets. */
function agentSources(): { agentHook: string; cli: string; readWorker: string | undefined } {
  const { hooksDir, cli } = locateSources();
  const worker = join(dirname(cli), READ_WORKER);
  return { agentHook: join(hooksDir, 'agent-hook.mjs'), cli, readWorker: existsSync(worker) ? worker : undefined };
}

// ---------------------------------------------------------------------------------------------
// Applying and reporting.

function applyChanges(root: string, changes: readonly Change[]): void {
  for (const change of changes) {
    const full = join(root, change.path);
    if (change.kind === 'write') writeFileAtomic(full, change.content);
    else if (change.kind === 'remove') {
      try {
        unlinkSync(full);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      pruneEmptyDirs(dirname(full), root);
    }
  }
}

/** Remove directories left empty by uninstall, up to (not including) the repository root. */
function pruneEmptyDirs(dir: string, root: string): void {
  let current = dir;
  while (current.startsWith(root + sep) && current !== root) {
    if (listDir(current).length > 0) return;
    try {
      rmdirSync(current);
    } catch {
      return;
    }
    current = dirname(current);
  }
}

function report(world: World, root: string, mode: string, changes: readonly Change[], dryRun: boolean, json: boolean, notes: readonly string[] = []): void {
  const pending = changes.filter((c) => c.kind !== 'keep');
  if (json) {
    const rows = changes.map((c) => ({ action: label(c), path: c.path, note: c.note }));
    print(world.stdout, JSON.stringify({ mode, root, dryRun, changed: pending.length, changes: rows }, null, 2));
    return;
  }
  print(world.stdout, `${dryRun ? 'Planned' : mode === 'install' ? 'Installed' : 'Uninstalled'} in ${root}:`);
  for (const change of changes) print(world.stdout, `  ${label(change).padEnd(9)} ${change.path}  (${change.note})`);
  if (dryRun) print(world.stdout, `Dry run: ${pending.length} change(s) planned, nothing written.`);
  else if (pending.length === 0) print(world.stdout, 'Nothing to change.');
  else if (mode === 'install') {
    print(world.stdout, `${pending.length} change(s). Commit the files above, .gitignore and the events directory so every clone gets the hooks.`);
  } else print(world.stdout, `${pending.length} change(s). Events and current.md were left in place.`);
  if (mode === 'install') for (const note of notes) print(world.stdout, `Note: ${note}`);
}

function label(change: Change): string {
  if (change.kind === 'keep') return 'unchanged';
  if (change.kind === 'remove') return 'remove';
  return change.existed ? 'update' : 'create';
}

// ---------------------------------------------------------------------------------------------
// Small pure helpers.

function gitignoreBlock(): string {
  return [GITIGNORE_BEGIN, ...GITIGNORE_LINES, GITIGNORE_END].join('\n');
}

/** Put `block` in place of our marked block (or append it); `undefined` removes the block. */
export function replaceBlock(text: string, block: string | undefined): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const start = lines.indexOf(GITIGNORE_BEGIN);
  const end = start === -1 ? -1 : lines.indexOf(GITIGNORE_END, start);
  if (start !== -1 && end !== -1) {
    const before = lines.slice(0, start);
    const after = lines.slice(end + 1);
    if (block === undefined) {
      // Drop the blank line install put before the block.
      if (before.length > 0 && before[before.length - 1] === '' && before.length > 1) before.pop();
      return [...before, ...after].join('\n');
    }
    const replaced = [...before, ...block.split('\n'), ...after].join('\n');
    return replaced === text ? text : replaced;
  }
  if (block === undefined) return text;
  if (text === '') return `${block}\n`;
  const base = text.endsWith('\n') ? text : `${text}\n`;
  return `${base}\n${block}\n`;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LedgerError('E_READ', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function relPath(root: string, path: string): string {
  return (relative(root, path) || '.').split(sep).join('/');
}
