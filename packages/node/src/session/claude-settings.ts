import { LedgerError, quoteInput } from '@ledger-synth/core';
// The JSON helpers every hook-config writer shares (Claude Code, Codex and Gemini settings).
import { deepEqual, isObject, matchesEverything } from './hooks-json.js';

/** Where `install` puts the bundled hooks (and a copy of the CLI), relative to the repository root. */
export const HOOKS_INSTALL_DIR = '.claude/hooks/ledger-synth';

export type HookEventName = 'SessionStart' | 'SessionEnd';

export interface HookSpec {
  readonly event: HookEventName;
  readonly script: string;
  /** Seconds (Claude Code's unit). A SessionEnd timeout in settings also raises the 1.5 s session-end budget. */
  readonly timeout: number;
}

export const HOOK_SPECS: readonly HookSpec[] = [
  { event: 'SessionStart', script: 'session-start.mjs', timeout: 10 },
  { event: 'SessionEnd', script: 'session-end.mjs', timeout: 5 },
];

/**
 * The command line for one hook. $CLAUDE_PROJECT_DIR is the root the session started in (the
 * scripts live there); the double quotes keep a path with spaces one argument. No npx: `node`
 * runs a self-contained bundle.
 */
export function hookCommand(script: string): string {
  return `node "$CLAUDE_PROJECT_DIR/${HOOKS_INSTALL_DIR}/${script}"`;
}

export function hookHandler(spec: HookSpec): { type: 'command'; command: string; timeout: number } {
  return { type: 'command', command: hookCommand(spec.script), timeout: spec.timeout };
}

/** One of ours, whatever quoting or path an older install used. */
export function isOurHandler(handler: unknown, script: string): boolean {
  if (!isObject(handler) || handler.type !== 'command' || typeof handler.command !== 'string') return false;
  return handler.command.includes(`ledger-synth/${script}`);
}

/**
 * The permission rule that lets sessions run `record` without a prompt. Claude Code's Bash rules
 * match the command text: `Bash(prefix:*)` allows `prefix` followed by anything, at a word
 * boundary (https://code.claude.com/docs/en/permissions, "Bash"). The prefix is exactly the
 * command the SessionStart context tells the model to run (recordCommandFor, relative to the
 * project directory, where Claude Code's Bash tool starts).
 */
export const RECORD_PERMISSION = `Bash(node ${HOOKS_INSTALL_DIR}/cc-synthesize.mjs record:*)`;

export interface SettingsChange {
  readonly settings: Record<string, unknown>;
  readonly changed: boolean;
  /** Human-readable notes, e.g. "add SessionStart hook". */
  readonly notes: readonly string[];
}

/**
 * Add our SessionStart and SessionEnd hooks to a parsed `.claude/settings.json`, keeping every
 * other key, event and handler. Our handler, once present and current, is left alone, so a second
 * install changes nothing; an outdated one is replaced in place of its group.
 */
export function addOurHooks(input: unknown): SettingsChange {
  const settings = cloneSettings(input);
  const hooks = hooksObject(settings, true)!;
  const notes: string[] = [];
  for (const spec of HOOK_SPECS) {
    const wanted = hookHandler(spec);
    const groups = groupsOf(hooks, spec.event);
    const ours = groups.flatMap((group) => handlersOf(group, spec.event).filter((h) => isOurHandler(h, spec.script)));
    const current =
      ours.length === 1 &&
      deepEqual(ours[0], wanted) &&
      groups.some((group) => handlersOf(group, spec.event).includes(ours[0]) && matchesEverything(group));
    if (current) continue;
    const kept = removeOurs(groups, spec);
    kept.push({ hooks: [wanted] });
    hooks[spec.event] = kept;
    notes.push(ours.length === 0 ? `add ${spec.event} hook` : `update ${spec.event} hook`);
  }
  return { settings, changed: notes.length > 0, notes };
}

/** Remove exactly our handlers (and groups/events/`hooks` they leave empty). */
export function removeOurHooks(input: unknown): SettingsChange {
  const settings = cloneSettings(input);
  const hooks = hooksObject(settings, false);
  const notes: string[] = [];
  if (!hooks) return { settings, changed: false, notes };
  for (const spec of HOOK_SPECS) {
    if (!Object.hasOwn(hooks, spec.event)) continue;
    const groups = groupsOf(hooks, spec.event);
    const kept = removeOurs(groups, spec);
    if (JSON.stringify(kept) === JSON.stringify(groups)) continue;
    notes.push(`remove ${spec.event} hook`);
    if (kept.length === 0) delete hooks[spec.event];
    else hooks[spec.event] = kept;
  }
  if (notes.length > 0 && Object.keys(hooks).length === 0) delete settings.hooks;
  return { settings, changed: notes.length > 0, notes };
}

/** Add RECORD_PERMISSION to `permissions.allow` (created when absent), keeping every other rule and key. */
export function addOurPermission(input: unknown): SettingsChange {
  const settings = cloneSettings(input);
  const permissions = permissionsObject(settings, true)!;
  const allow = allowList(permissions, true)!;
  if (allow.includes(RECORD_PERMISSION)) return { settings, changed: false, notes: [] };
  allow.push(RECORD_PERMISSION);
  return { settings, changed: true, notes: ['allow the record command'] };
}

/** Remove exactly RECORD_PERMISSION (and an `allow`/`permissions` it leaves empty); nothing else. */
export function removeOurPermission(input: unknown): SettingsChange {
  const settings = cloneSettings(input);
  const permissions = permissionsObject(settings, false);
  const allow = permissions ? allowList(permissions, false) : undefined;
  if (!permissions || !allow || !allow.includes(RECORD_PERMISSION)) return { settings, changed: false, notes: [] };
  const kept = allow.filter((rule) => rule !== RECORD_PERMISSION);
  if (kept.length > 0) permissions.allow = kept;
  else delete permissions.allow;
  if (Object.keys(permissions).length === 0) delete settings.permissions;
  return { settings, changed: true, notes: ['remove the record permission'] };
}

/** Chain settings changes (hooks, then permission), collecting their notes. */
export function applySettingsChanges(input: unknown, steps: readonly ((settings: unknown) => SettingsChange)[]): SettingsChange {
  let settings = cloneSettings(input);
  const notes: string[] = [];
  for (const step of steps) {
    const result = step(settings);
    settings = result.settings;
    notes.push(...result.notes);
  }
  return { settings, changed: notes.length > 0, notes };
}

function permissionsObject(settings: Record<string, unknown>, create: boolean): Record<string, unknown> | undefined {
  const permissions = settings.permissions;
  if (permissions === undefined) {
    if (!create) return undefined;
    settings.permissions = {};
    return settings.permissions as Record<string, unknown>;
  }
  if (!isObject(permissions)) throw new LedgerError('E_CONFIG', `.claude/settings.json: "permissions" must be an object, got ${quoteInput(JSON.stringify(permissions))}`);
  return permissions;
}

function allowList(permissions: Record<string, unknown>, create: boolean): unknown[] | undefined {
  const allow = permissions.allow;
  if (allow === undefined) {
    if (!create) return undefined;
    permissions.allow = [];
    return permissions.allow as unknown[];
  }
  if (!Array.isArray(allow)) throw new LedgerError('E_CONFIG', `.claude/settings.json: "permissions.allow" must be a list of rules, got ${quoteInput(JSON.stringify(allow))}`);
  return allow;
}

/** Parse settings text; an empty or absent file is `{}`. Bad JSON is E_CONFIG and nothing is written. */
export function parseSettingsText(text: string | undefined, file: string): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LedgerError('E_CONFIG', `${file} is not valid JSON (${(error as Error).message}); nothing was changed`, {
      hint: 'Fix the file (Claude Code would not read it either), then run install again.',
    });
  }
  if (!isObject(value)) throw new LedgerError('E_CONFIG', `${file} must hold a JSON object, got ${quoteInput(text.trim())}`);
  return value;
}

/** Serialize with the file's own indentation (2 spaces by default) and a trailing newline. */
export function formatSettings(settings: Record<string, unknown>, previousText: string | undefined): string {
  const indent = /\n([ \t]+)"/.exec(previousText ?? '')?.[1] ?? '  ';
  return `${JSON.stringify(settings, null, indent)}\n`;
}

function removeOurs(groups: unknown[], spec: HookSpec): unknown[] {
  const kept: unknown[] = [];
  for (const group of groups) {
    const handlers = handlersOf(group, spec.event);
    const rest = handlers.filter((h) => !isOurHandler(h, spec.script));
    if (rest.length === handlers.length) kept.push(group);
    else if (rest.length > 0) kept.push({ ...(group as Record<string, unknown>), hooks: rest });
  }
  return kept;
}

function cloneSettings(input: unknown): Record<string, unknown> {
  if (!isObject(input)) throw new LedgerError('E_CONFIG', '.claude/settings.json must hold a JSON object');
  return structuredClone(input);
}

function hooksObject(settings: Record<string, unknown>, create: boolean): Record<string, unknown> | undefined {
  const hooks = settings.hooks;
  if (hooks === undefined) {
    if (!create) return undefined;
    settings.hooks = {};
    return settings.hooks as Record<string, unknown>;
  }
  if (!isObject(hooks)) throw new LedgerError('E_CONFIG', `.claude/settings.json: "hooks" must be an object of events, got ${quoteInput(JSON.stringify(hooks))}`);
  return hooks;
}

function groupsOf(hooks: Record<string, unknown>, event: string): unknown[] {
  const groups = hooks[event];
  if (groups === undefined) return [];
  if (!Array.isArray(groups)) {
    throw new LedgerError('E_CONFIG', `.claude/settings.json: "hooks.${event}" must be a list of matcher groups, got ${quoteInput(JSON.stringify(groups))}`);
  }
  return groups;
}

function handlersOf(group: unknown, event: string): unknown[] {
  if (!isObject(group) || !Array.isArray(group.hooks)) {
    throw new LedgerError('E_CONFIG', `.claude/settings.json: each "hooks.${event}" group must look like {"hooks": [{"type": "command", …}]}`);
  }
  return group.hooks;
}
