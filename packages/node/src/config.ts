import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_WINDOW, LedgerError, parseYaml, quoteInput, type LedgerWindow } from '@ledger-synth/core';

export const CONFIG_FILE_NAME = '.ledger-synth.yaml';

/** Everything resolved to absolute paths; defaults applied after the file and flags are merged. */
export interface LedgerConfig {
  /** Directory holding `.ledger-synth.yaml`, else the git top level, else the working directory. */
  readonly root: string;
  readonly configFile: string | undefined;
  readonly eventsDir: string;
  readonly output: string;
  readonly archiveDir: string;
  readonly retentionDays: number;
  /** Character budget for the SessionStart summary. */
  readonly contextBudget: number;
  readonly lockTimeoutMs: number;
  /** A lock older than this (ms) whose holder cannot be confirmed alive is broken. */
  readonly lockStaleMs: number;
  /** Files larger than this are skipped and reported rather than read. */
  readonly maxEventBytes: number;
  /** Agent id for events written from this checkout (overridden by LEDGER_SYNTH_AGENT). */
  readonly agent: string | undefined;
  /**
   * A session whose process cannot be checked (another host, a marker without a pid) is taken as
   * over, and its draft recovered, once its transcript (or draft) has been idle this long (minutes).
   */
  readonly recoverIdleMinutes: number;
  /** Id prefixes allowed by `ids reserve` (empty = any well-formed prefix). */
  readonly idPrefixes: readonly string[];
  /** What current.md shows (`window_days`, `window_agents`, `window_items_per_agent`; 0 = no bound). */
  readonly window: LedgerWindow;
  /** The raw `ids:` mapping for the id-allocation module to validate. */
  readonly ids: ReadonlyMap<unknown, unknown>;
  /** Events on remote-tracking branches (what the last fetch brought): `remote_events`, `_max`, `_timeout_ms`. */
  readonly remoteEvents: { readonly enabled: boolean; readonly max: number; readonly timeoutMs: number };
}

export const DEFAULTS = {
  eventsDir: 'thoughts/shared/handoffs/events',
  output: 'thoughts/shared/handoffs/current.md',
  archiveDir: 'thoughts/shared/handoffs/archive',
  retentionDays: 7,
  contextBudget: 8000,
  lockTimeoutMs: 10_000,
  lockStaleMs: 30_000,
  maxEventBytes: 1024 * 1024,
  recoverIdleMinutes: 120,
  remoteEventsMax: 200,
  remoteEventsTimeoutMs: 400,
} as const;

const KNOWN_KEYS = new Set([
  'events_dir',
  'output',
  'archive_dir',
  'retention_days',
  'context_budget',
  'lock_timeout_ms',
  'lock_stale_ms',
  'max_event_bytes',
  'agent',
  'ids',
  'window_days',
  'window_agents',
  'window_items_per_agent',
  'recover_idle_minutes',
  'remote_events',
  'remote_events_max',
  'remote_events_timeout_ms',
]);

/** Walk up from `start` to the directory holding the config file or `.git`; fall back to `start`. */
export function findRoot(start: string): { root: string; configFile: string | undefined } {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return { root: dir, configFile: candidate };
    if (existsSync(join(dir, '.git'))) return { root: dir, configFile: undefined };
    const parent = dirname(dir);
    if (parent === dir) return { root: resolve(start), configFile: undefined };
    dir = parent;
  }
}

export interface ConfigOverrides {
  readonly eventsDir?: string | undefined;
  readonly output?: string | undefined;
  readonly archiveDir?: string | undefined;
  readonly retentionDays?: number | undefined;
}

/** Load `.ledger-synth.yaml` (if any) for the checkout containing `cwd`. Throws E_CONFIG on bad input. */
export function loadConfig(cwd: string, env: NodeJS.ProcessEnv = {}, overrides: ConfigOverrides = {}): LedgerConfig {
  const { root, configFile } = findRoot(cwd);
  const raw = configFile ? readConfigFile(configFile) : new Map<unknown, unknown>();
  const fromRoot = (path: string) => (isAbsolute(path) ? path : join(root, path));
  const fromCwd = (path: string) => resolve(cwd, path);

  const eventsDir = overrides.eventsDir ? fromCwd(overrides.eventsDir) : fromRoot(stringKey(raw, 'events_dir', configFile) ?? DEFAULTS.eventsDir);
  const output = overrides.output ? fromCwd(overrides.output) : fromRoot(stringKey(raw, 'output', configFile) ?? DEFAULTS.output);
  const archiveDir = overrides.archiveDir
    ? fromCwd(overrides.archiveDir)
    : fromRoot(stringKey(raw, 'archive_dir', configFile) ?? DEFAULTS.archiveDir);
  const idsValue = raw.get('ids');
  if (idsValue !== undefined && idsValue !== null && !(idsValue instanceof Map)) {
    throw configError(configFile, '"ids" must be a mapping, e.g. "ids:\\n  prefixes: [SEC, UX]"');
  }
  const ids = idsValue instanceof Map ? idsValue : new Map<unknown, unknown>();
  const prefixes = ids.get('prefixes');
  if (prefixes !== undefined && !(Array.isArray(prefixes) && prefixes.every((p) => typeof p === 'string'))) {
    throw configError(configFile, '"ids.prefixes" must be a list of strings, e.g. [SEC, UX, PERF]');
  }
  return {
    root,
    configFile,
    eventsDir,
    output,
    archiveDir,
    retentionDays: overrides.retentionDays ?? numberKey(raw, 'retention_days', configFile, 0) ?? DEFAULTS.retentionDays,
    contextBudget: numberKey(raw, 'context_budget', configFile, 200) ?? DEFAULTS.contextBudget,
    lockTimeoutMs: envNumber(env, 'LEDGER_SYNTH_LOCK_TIMEOUT_MS') ?? numberKey(raw, 'lock_timeout_ms', configFile, 0) ?? DEFAULTS.lockTimeoutMs,
    lockStaleMs: envNumber(env, 'LEDGER_SYNTH_LOCK_STALE_MS') ?? numberKey(raw, 'lock_stale_ms', configFile, 100) ?? DEFAULTS.lockStaleMs,
    maxEventBytes: numberKey(raw, 'max_event_bytes', configFile, 1) ?? DEFAULTS.maxEventBytes,
    recoverIdleMinutes: numberKey(raw, 'recover_idle_minutes', configFile, 1) ?? DEFAULTS.recoverIdleMinutes,
    agent: env.LEDGER_SYNTH_AGENT?.trim() || stringKey(raw, 'agent', configFile),
    window: {
      days: numberKey(raw, 'window_days', configFile, 0) ?? DEFAULT_WINDOW.days,
      agents: numberKey(raw, 'window_agents', configFile, 0) ?? DEFAULT_WINDOW.agents,
      itemsPerAgent: numberKey(raw, 'window_items_per_agent', configFile, 0) ?? DEFAULT_WINDOW.itemsPerAgent,
    },
    idPrefixes: (prefixes as string[] | undefined) ?? [],
    ids,
    remoteEvents: {
      enabled: booleanKey(raw, 'remote_events', configFile) ?? true,
      max: numberKey(raw, 'remote_events_max', configFile, 0) ?? DEFAULTS.remoteEventsMax,
      timeoutMs: numberKey(raw, 'remote_events_timeout_ms', configFile, 1) ?? DEFAULTS.remoteEventsTimeoutMs,
    },
  };
}

function readConfigFile(file: string): Map<unknown, unknown> {
  let text: string;
  try {
    if (statSync(file).size > 256 * 1024) throw configError(file, 'the file is larger than 256 KiB');
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw new LedgerError('E_CONFIG', `cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (text.trim() === '') return new Map();
  const parsed = parseYaml(text);
  if (!parsed.ok) throw configError(file, `not valid YAML: ${parsed.reason}`);
  if (parsed.value === null) return new Map();
  if (!(parsed.value instanceof Map)) throw configError(file, 'expected a mapping such as "events_dir: thoughts/shared/handoffs/events"');
  for (const key of parsed.value.keys()) {
    if (typeof key !== 'string' || !KNOWN_KEYS.has(key)) {
      throw configError(file, `unknown key ${quoteInput(key)}; known keys: ${[...KNOWN_KEYS].join(', ')}`);
    }
  }
  return parsed.value;
}

function stringKey(raw: ReadonlyMap<unknown, unknown>, key: string, file: string | undefined): string | undefined {
  const value = raw.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw configError(file, `"${key}" must be a non-empty string, got ${quoteInput(value)}`);
  return value;
}

function booleanKey(raw: ReadonlyMap<unknown, unknown>, key: string, file: string | undefined): boolean | undefined {
  const value = raw.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw configError(file, `"${key}" must be true or false, got ${quoteInput(value)}`);
  return value;
}

function numberKey(raw: ReadonlyMap<unknown, unknown>, key: string, file: string | undefined, min: number): number | undefined {
  const value = raw.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw configError(file, `"${key}" must be an integer ≥ ${min}, got ${quoteInput(value)}`);
  }
  return value;
}

function envNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new LedgerError('E_CONFIG', `${name} must be a non-negative integer, got ${quoteInput(value)}`);
  return parsed;
}

function configError(file: string | undefined, message: string): LedgerError {
  return new LedgerError('E_CONFIG', `${file ?? CONFIG_FILE_NAME}: ${message}`);
}
