import { LedgerError, compareCodePoints, quoteInput } from '@ledger-synth/core';

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

/** No matcher, "" or "*" all mean "every source/reason" for session events. */
function matchesEverything(group: unknown): boolean {
  if (!isObject(group)) return false;
  return group.matcher === undefined || group.matcher === '' || group.matcher === '*';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort(compareCodePoints).map((key) => [key, sortKeys(value[key])]));
}
