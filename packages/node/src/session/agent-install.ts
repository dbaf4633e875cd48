import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LedgerError } from '@ledger-synth/core';
import { AGENTS_CLI_DIR, AGENTS_MD_FILE, agentsMdBlock, replaceAgentsBlock } from './agents-md.js';
import { AGENT_HOOK_BUNDLE, CODEX_HOOKS_DIR, CODEX_HOOKS_FILE, CODEX_NOTES, addCodexHooks, removeCodexHooks } from './codex-config.js';
import { GEMINI_HOOKS_DIR, GEMINI_NOTES, GEMINI_SETTINGS_FILE, addGeminiHooks, removeGeminiHooks } from './gemini-settings.js';
import { formatJsonObject, parseJsonObject, type HooksChange } from './hooks-json.js';

/** The same change shape `install` plans for Claude Code: read → plan → apply, nothing written here. */
export type InstallChange =
  | { kind: 'write'; path: string; content: string; existed: boolean; note: string }
  | { kind: 'remove'; path: string; note: string }
  | { kind: 'keep'; path: string; note: string };

export type AgentTarget = 'codex' | 'gemini' | 'agents-md';
export const AGENT_TARGETS: readonly AgentTarget[] = ['codex', 'gemini', 'agents-md'];

export const AGENT_TARGET_DESCRIPTIONS: Readonly<Record<AgentTarget, string>> = {
  codex: `Codex CLI: ${CODEX_HOOKS_FILE} (SessionStart, SessionEnd), ${CODEX_HOOKS_DIR}/`,
  gemini: `Gemini CLI: ${GEMINI_SETTINGS_FILE} hooks (SessionStart, SessionEnd), ${GEMINI_HOOKS_DIR}/`,
  'agents-md': `tools without hooks (Cursor, Aider, a shell): a block in ${AGENTS_MD_FILE}, ${AGENTS_CLI_DIR}/`,
};

/** What a person must still do in the tool itself (printed with the plan). */
export const AGENT_TARGET_NOTES: Readonly<Record<AgentTarget, readonly string[]>> = {
  codex: CODEX_NOTES,
  gemini: GEMINI_NOTES,
  'agents-md': [],
};

/** Absolute paths of the bundles install copies: the agent hook and the CLI itself. */
export interface AgentSources {
  readonly agentHook: string;
  readonly cli: string;
  /** The CLI's worker for large ledgers, copied beside it when the build has one. */
  readonly readWorker?: string | undefined;
}

export interface LedgerPathsForInstall {
  readonly root: string;
  readonly eventsDir: string;
  readonly output: string;
}

const CLI_COPY = 'cc-synthesize.mjs';
const READ_WORKER = 'read-worker.mjs';

/** Plan one target's install: bundle copies and its configuration merged in (idempotent). */
export function planAgentInstall(target: AgentTarget, paths: LedgerPathsForInstall, sources: AgentSources): InstallChange[] {
  const { root } = paths;
  const cli = readSource(sources.cli);
  if (target === 'agents-md') {
    const cliPath = `${AGENTS_CLI_DIR}/${CLI_COPY}`;
    const block = agentsMdBlock({ cliPath, eventsDir: relPath(root, paths.eventsDir), outputPath: relPath(root, paths.output) });
    const current = readIfExists(join(root, AGENTS_MD_FILE));
    const next = replaceAgentsBlock(current ?? '', block);
    return [
      writeIfDifferent(root, cliPath, cli, 'copy of the CLI, for record'),
      ...workerCopy(root, AGENTS_CLI_DIR, sources),
      next === current
        ? { kind: 'keep', path: AGENTS_MD_FILE, note: 'ledger-synth block present' }
        : { kind: 'write', path: AGENTS_MD_FILE, content: next, existed: current !== undefined, note: 'add the ledger-synth block (how to record)' },
    ];
  }
  const { dir, file, add, tool } = hookConfig(target);
  const hook = readSource(sources.agentHook);
  const changes: InstallChange[] = [
    writeIfDifferent(root, `${dir}/${AGENT_HOOK_BUNDLE}`, hook, `${tool} hook bundle`),
    writeIfDifferent(root, `${dir}/${CLI_COPY}`, cli, 'copy of the CLI, for record'),
    ...workerCopy(root, dir, sources),
  ];
  const previous = readIfExists(join(root, file));
  const merged = add(parseJsonObject(previous, file, tool));
  if (merged.changed) {
    changes.push({ kind: 'write', path: file, content: formatJsonObject(merged.value, previous), existed: previous !== undefined, note: merged.notes.join(', ') });
  } else changes.push({ kind: 'keep', path: file, note: 'hooks already installed' });
  return changes;
}

/** Plan one target's uninstall: exactly what its install wrote, nothing a person wrote. */
export function planAgentUninstall(target: AgentTarget, paths: LedgerPathsForInstall): InstallChange[] {
  const { root } = paths;
  const changes: InstallChange[] = [];
  if (target === 'agents-md') {
    for (const name of [CLI_COPY, READ_WORKER]) {
      const path = `${AGENTS_CLI_DIR}/${name}`;
      if (readIfExists(join(root, path)) !== undefined) changes.push({ kind: 'remove', path, note: name === CLI_COPY ? 'copy of the CLI' : 'read worker' });
    }
    const current = readIfExists(join(root, AGENTS_MD_FILE));
    if (current !== undefined) {
      const without = replaceAgentsBlock(current, undefined);
      if (without !== current) {
        if (without.trim() === '') changes.push({ kind: 'remove', path: AGENTS_MD_FILE, note: 'only held the ledger-synth block' });
        else changes.push({ kind: 'write', path: AGENTS_MD_FILE, content: without, existed: true, note: 'remove the ledger-synth block' });
      }
    }
    return changes;
  }
  const { dir, file, remove, tool } = hookConfig(target);
  for (const name of [AGENT_HOOK_BUNDLE, CLI_COPY, READ_WORKER]) {
    const note = name === CLI_COPY ? 'copy of the CLI' : name === READ_WORKER ? 'read worker' : `${tool} hook bundle`;
    if (readIfExists(join(root, dir, name)) !== undefined) changes.push({ kind: 'remove', path: `${dir}/${name}`, note });
  }
  const previous = readIfExists(join(root, file));
  if (previous !== undefined) {
    const removed = remove(parseJsonObject(previous, file, tool));
    if (removed.changed && Object.keys(removed.value).length === 0) {
      changes.push({ kind: 'remove', path: file, note: `${removed.notes.join(', ')} (nothing else was in it)` });
    } else if (removed.changed) {
      changes.push({ kind: 'write', path: file, content: formatJsonObject(removed.value, previous), existed: true, note: removed.notes.join(', ') });
    }
  }
  return changes;
}

function workerCopy(root: string, dir: string, sources: AgentSources): InstallChange[] {
  if (!sources.readWorker) return [];
  return [writeIfDifferent(root, `${dir}/${READ_WORKER}`, readSource(sources.readWorker), 'read worker for large ledgers')];
}

function hookConfig(target: 'codex' | 'gemini'): { dir: string; file: string; tool: string; add: (v: unknown) => HooksChange; remove: (v: unknown) => HooksChange } {
  return target === 'codex'
    ? { dir: CODEX_HOOKS_DIR, file: CODEX_HOOKS_FILE, tool: 'Codex', add: addCodexHooks, remove: removeCodexHooks }
    : { dir: GEMINI_HOOKS_DIR, file: GEMINI_SETTINGS_FILE, tool: 'Gemini', add: addGeminiHooks, remove: removeGeminiHooks };
}

function writeIfDifferent(root: string, path: string, content: string, note: string): InstallChange {
  const current = readIfExists(join(root, path));
  if (current === content) return { kind: 'keep', path, note: 'up to date' };
  return { kind: 'write', path, content, existed: current !== undefined, note };
}

function readSource(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new LedgerError('E_CONFIG', `cannot read the bundle ${path}; nothing was changed`, {
      hint: 'Run `npm run build` in the ledger-synth checkout first (it writes hooks/dist/ and packages/cli/dist/).',
      cause: error,
    });
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new LedgerError('E_READ', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

function relPath(root: string, path: string): string {
  return (relative(root, path) || '.').split(sep).join('/');
}

