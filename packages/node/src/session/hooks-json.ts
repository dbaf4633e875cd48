import { LedgerError, compareCodePoints, quoteInput } from '@ledger-synth/core';

/**
 * The hook configuration shape Claude Code, Codex CLI and Gemini CLI share:
 * `{ "hooks": { "<Event>": [ { "matcher"?: "…", "hooks": [ { "type": "command", "command": "…", … } ] } ] } }`
 * (Codex: `.codex/hooks.json`; Gemini: inside `.gemini/settings.json`). This file merges our
 * handlers into such an object and takes exactly them out again; the per-CLI writers
 * (codex-config.ts, gemini-settings.ts) say which handlers are ours and where the file lives.
 */
export interface OurHook {
  /** Event name as the CLI spells it (`SessionStart`, `SessionEnd`). */
  readonly event: string;
  /** The whole handler object we want in the file, e.g. `{ type: 'command', command, timeout }`. */
  readonly handler: Readonly<Record<string, unknown>>;
  /**
   * Recognizes a handler we wrote, whatever version of us wrote it (older paths or quoting), so an
   * install replaces it in place and an uninstall removes it and nothing else.
   */
  readonly isOurs: (handler: Record<string, unknown>) => boolean;
}

export interface HooksChange {
  readonly value: Record<string, unknown>;
  readonly changed: boolean;
  /** Human-readable notes, e.g. "add SessionStart hook". */
  readonly notes: readonly string[];
}

/**
 * Add our handlers (one matcher group of their own per event, no matcher = every source/reason),
 * keeping every other key, event, group and handler. A current handler of ours is left alone, so a
 * second install changes nothing; an outdated one is replaced.
 */
export function addHooks(input: unknown, ours: readonly OurHook[], file: string): HooksChange {
  const value = cloneObject(input, file);
  const hooks = hooksObject(value, true, file)!;
  const notes: string[] = [];
  for (const spec of ours) {
    const groups = groupsOf(hooks, spec.event, file);
    const found = groups.flatMap((group) => handlersOf(group, spec.event, file).filter((h) => isObject(h) && spec.isOurs(h)));
    const current =
      found.length === 1 &&
      deepEqual(found[0], spec.handler) &&
      groups.some((group) => handlersOf(group, spec.event, file).includes(found[0]) && matchesEverything(group));
    if (current) continue;
    const kept = withoutOurs(groups, spec, file);
    kept.push({ hooks: [{ ...spec.handler }] });
    hooks[spec.event] = kept;
    notes.push(found.length === 0 ? `add ${spec.event} hook` : `update ${spec.event} hook`);
  }
  return { value, changed: notes.length > 0, notes };
}

/** Remove exactly our handlers, and the groups, events and `hooks` object they leave empty. */
export function removeHooks(input: unknown, ours: readonly OurHook[], file: string): HooksChange {
  const value = cloneObject(input, file);
  const hooks = hooksObject(value, false, file);
  const notes: string[] = [];
  if (!hooks) return { value, changed: false, notes };
  for (const spec of ours) {
    if (!Object.hasOwn(hooks, spec.event)) continue;
    const groups = groupsOf(hooks, spec.event, file);
    const kept = withoutOurs(groups, spec, file);
    if (kept.length === groups.length && kept.every((group, i) => group === groups[i])) continue;
    notes.push(`remove ${spec.event} hook`);
    if (kept.length === 0) delete hooks[spec.event];
    else hooks[spec.event] = kept;
  }
  if (notes.length > 0 && Object.keys(hooks).length === 0) delete value.hooks;
  return { value, changed: notes.length > 0, notes };
}

/** Parse a JSON config file's text; absent or blank is `{}`. Bad JSON is E_CONFIG and nothing is written. */
export function parseJsonObject(text: string | undefined, file: string, tool: string): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LedgerError('E_CONFIG', `${file} is not valid JSON (${(error as Error).message}); nothing was changed`, {
      hint: `Fix the file (${tool} would not read it either), then run install again.`,
    });
  }
  if (!isObject(value)) throw new LedgerError('E_CONFIG', `${file} must hold a JSON object, got ${quoteInput(text.trim())}`);
  return value;
}

/** Serialize with the file's own indentation (2 spaces by default) and a trailing newline. */
export function formatJsonObject(value: Record<string, unknown>, previousText: string | undefined): string {
  const indent = /\n([ \t]+)"/.exec(previousText ?? '')?.[1] ?? '  ';
  return `${JSON.stringify(value, null, indent)}\n`;
}

function withoutOurs(groups: unknown[], spec: OurHook, file: string): unknown[] {
  const kept: unknown[] = [];
  for (const group of groups) {
    const handlers = handlersOf(group, spec.event, file);
    const rest = handlers.filter((h) => !(isObject(h) && spec.isOurs(h)));
    if (rest.length === handlers.length) kept.push(group);
    else if (rest.length > 0) kept.push({ ...(group as Record<string, unknown>), hooks: rest });
  }
  return kept;
}

function cloneObject(input: unknown, file: string): Record<string, unknown> {
  if (!isObject(input)) throw new LedgerError('E_CONFIG', `${file} must hold a JSON object`);
  return structuredClone(input);
}

function hooksObject(value: Record<string, unknown>, create: boolean, file: string): Record<string, unknown> | undefined {
  const hooks = value.hooks;
  if (hooks === undefined) {
    if (!create) return undefined;
    value.hooks = {};
    return value.hooks as Record<string, unknown>;
  }
  if (!isObject(hooks)) throw new LedgerError('E_CONFIG', `${file}: "hooks" must be an object of events, got ${quoteInput(JSON.stringify(hooks))}`);
  return hooks;
}

function groupsOf(hooks: Record<string, unknown>, event: string, file: string): unknown[] {
  const groups = hooks[event];
  if (groups === undefined) return [];
  if (!Array.isArray(groups)) {
    throw new LedgerError('E_CONFIG', `${file}: "hooks.${event}" must be a list of matcher groups, got ${quoteInput(JSON.stringify(groups))}`);
  }
  return groups;
}

function handlersOf(group: unknown, event: string, file: string): unknown[] {
  if (!isObject(group) || !Array.isArray(group.hooks)) {
    throw new LedgerError('E_CONFIG', `${file}: each "hooks.${event}" group must look like {"hooks": [{"type": "command", …}]}`);
  }
  return group.hooks;
}

/** No matcher, "" or "*" all mean "every source/reason" for session events (in all three CLIs). */
export function matchesEverything(group: unknown): boolean {
  if (!isObject(group)) return false;
  return group.matcher === undefined || group.matcher === '' || group.matcher === '*';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort(compareCodePoints).map((key) => [key, sortKeys(value[key])]));
}
