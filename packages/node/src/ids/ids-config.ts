import { isAbsolute, join } from 'node:path';
import {
  compareCodePoints,
  HASH_NAMESPACE,
  isKindName,
  isNamespace,
  isReservePrefix,
  LedgerError,
  quoteInput,
  type FoldMode,
} from '@ledger-synth/core';
import { CONFIG_FILE_NAME, type LedgerConfig } from '../config.js';
import { ensureStateDir } from '../session/paths.js';
import type { LockOptions } from '../lock.js';

/** The `ids:` block of `.ledger-synth.yaml`, validated, with defaults applied and paths resolved. */
export interface IdsSettings {
  readonly root: string;
  /** Prefixes `ids reserve` accepts; empty = any upper-case prefix not owned by a kind. */
  readonly prefixes: readonly string[];
  /** Allocation kind → label namespace (`occ` → `#`). */
  readonly kinds: ReadonlyMap<string, string>;
  /** Where allocation events are published (git-tracked). */
  readonly eventsDir: string;
  /** The generated ledger page (git-tracked). */
  readonly page: string;
  /** Globs (relative to the root) of documents `ids init` scans for existing ids. */
  readonly sources: readonly string[];
  readonly mode: FoldMode;
  /** `ids.integration_branch`: where publication order is read (default: the remote's default branch, else main). */
  readonly integrationBranch: string | undefined;
  /** Local, never committed: counters for `ids reserve` and the locks. */
  readonly countersFile: string;
  readonly countersLock: string;
  readonly allocationLock: string;
  readonly lock: LockOptions;
  readonly maxEventBytes: number;
  readonly agent: string | undefined;
}

export const IDS_DEFAULTS = {
  eventsDir: 'thoughts/shared/ids/events',
  page: 'thoughts/shared/ids/ledger.md',
  sources: ['TASKS.md'],
  kinds: ['occ', 'nm', 'fold', 'meta'],
  mode: 'renumber',
} as const;

/** Local state lives here (gitignored); the same directory for every feature. */
export const LOCAL_STATE_DIR = '.ledger-synth';

const KNOWN_KEYS = ['prefixes', 'kinds', 'events_dir', 'page', 'sources', 'mode', 'integration_branch'];

export function resolveIdsSettings(config: LedgerConfig): IdsSettings {
  const raw = config.ids;
  for (const key of raw.keys()) {
    if (typeof key !== 'string' || !KNOWN_KEYS.includes(key)) {
      throw idsConfigError(config, `unknown key ids.${String(key)}; known keys: ${KNOWN_KEYS.join(', ')}`);
    }
  }
  const prefixes = [...config.idPrefixes];
  for (const prefix of prefixes) {
    if (!isReservePrefix(prefix)) {
      throw idsConfigError(config, `ids.prefixes: ${quoteInput(prefix)} is not a prefix; use upper-case letters and digits starting with a letter, e.g. SEC`);
    }
  }
  const duplicate = prefixes.find((p, i) => prefixes.indexOf(p) !== i);
  if (duplicate) throw idsConfigError(config, `ids.prefixes lists ${duplicate} twice`);

  const kinds = readKinds(config, raw.get('kinds'));
  for (const [kind, namespace] of kinds) {
    if (prefixes.includes(namespace)) {
      throw idsConfigError(
        config,
        `${namespace} is both a reserve prefix (ids.prefixes) and the namespace of kind ${kind} (ids.kinds); one namespace must use one protocol`,
      );
    }
  }
  const mode = raw.get('mode') ?? IDS_DEFAULTS.mode;
  if (mode !== 'renumber' && mode !== 'gapped') throw idsConfigError(config, `ids.mode must be "renumber" or "gapped", got ${quoteInput(mode)}`);

  const fromRoot = (path: string) => (isAbsolute(path) ? path : join(config.root, path));
  const local = join(config.root, LOCAL_STATE_DIR);
  return {
    root: config.root,
    prefixes,
    kinds,
    eventsDir: fromRoot(pathKey(config, raw, 'events_dir') ?? IDS_DEFAULTS.eventsDir),
    page: fromRoot(pathKey(config, raw, 'page') ?? IDS_DEFAULTS.page),
    sources: readSources(config, raw.get('sources')),
    mode,
    integrationBranch: pathKey(config, raw, 'integration_branch'),
    countersFile: join(local, 'id-counters.json'),
    countersLock: join(local, 'id-counters.lock'),
    allocationLock: join(local, 'id-allocations.lock'),
    lock: { timeoutMs: config.lockTimeoutMs, staleMs: config.lockStaleMs },
    maxEventBytes: config.maxEventBytes,
    agent: config.agent,
  };
}

/** `kinds: [occ, nm]` (all `#` labels) or `kinds: {occ: "#", task: TASK}`. */
function readKinds(config: LedgerConfig, value: unknown): Map<string, string> {
  const kinds = new Map<string, string>();
  const example = 'e.g. "kinds: [occ, nm, fold, meta]" or "kinds: {occ: \'#\', task: TASK}"';
  if (value === undefined || value === null) {
    for (const kind of IDS_DEFAULTS.kinds) kinds.set(kind, HASH_NAMESPACE);
    return kinds;
  }
  const entries: [unknown, unknown][] = Array.isArray(value)
    ? value.map((kind) => [kind, HASH_NAMESPACE])
    : value instanceof Map
      ? [...value.entries()]
      : [];
  if (entries.length === 0) throw idsConfigError(config, `ids.kinds must be a non-empty list or mapping, ${example}`);
  for (const [kind, namespace] of entries) {
    if (typeof kind !== 'string' || !isKindName(kind)) throw idsConfigError(config, `ids.kinds: ${quoteInput(kind)} is not a kind name (lower-case, e.g. occ)`);
    if (typeof namespace !== 'string' || !isNamespace(namespace)) {
      throw idsConfigError(config, `ids.kinds.${kind}: ${quoteInput(namespace)} is not a namespace; use "#" (quoted) or an upper-case prefix such as TASK`);
    }
    if (kinds.has(kind)) throw idsConfigError(config, `ids.kinds lists ${kind} twice`);
    kinds.set(kind, namespace);
  }
  return new Map([...kinds.entries()].sort(([a], [b]) => compareCodePoints(a, b)));
}

function readSources(config: LedgerConfig, value: unknown): string[] {
  if (value === undefined || value === null) return [...IDS_DEFAULTS.sources];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === 'string' && s.trim() !== '')) {
    throw idsConfigError(config, 'ids.sources must be a path or a list of paths/globs, e.g. [TASKS.md, "docs/**/*.md"]');
  }
  return list as string[];
}

function pathKey(config: LedgerConfig, raw: ReadonlyMap<unknown, unknown>, key: string): string | undefined {
  const value = raw.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw idsConfigError(config, `ids.${key} must be a non-empty path, got ${quoteInput(value)}`);
  return value;
}

function idsConfigError(config: LedgerConfig, message: string): LedgerError {
  return new LedgerError('E_CONFIG', `${config.configFile ?? CONFIG_FILE_NAME}: ${message}`);
}

/** The namespace for `ids reserve PREFIX`, or a usage error that lists what is valid. */
export function checkReservePrefix(settings: IdsSettings, prefix: string): string {
  const kindOwner = [...settings.kinds.entries()].find(([, namespace]) => namespace === prefix)?.[0];
  if (kindOwner) {
    throw new LedgerError('E_USAGE', `${quoteInput(prefix)} is the namespace of kind ${kindOwner}: allocate it with \`cc-synthesize ids allocate --kind ${kindOwner}\`, not reserve`);
  }
  if (settings.prefixes.length > 0 && !settings.prefixes.includes(prefix)) {
    throw new LedgerError('E_USAGE', `invalid prefix ${quoteInput(prefix)}. Valid: ${settings.prefixes.join(', ')}`, {
      hint: 'Prefixes are configured in .ledger-synth.yaml under ids.prefixes.',
    });
  }
  if (!isReservePrefix(prefix)) {
    const upper = prefix.toUpperCase();
    const suggestion = isReservePrefix(upper) ? ` (did you mean ${upper}?)` : '';
    throw new LedgerError(
      'E_USAGE',
      `invalid prefix ${quoteInput(prefix)}: expected upper-case letters and digits starting with a letter, e.g. SEC${suggestion}`,
    );
  }
  return prefix;
}

/** The namespace of an allocation kind, or a usage error that lists the configured kinds. */
export function namespaceOfKind(settings: IdsSettings, kind: string): string {
  const namespace = settings.kinds.get(kind);
  if (namespace === undefined) {
    throw new LedgerError('E_USAGE', `unknown kind ${quoteInput(kind)}. Valid: ${[...settings.kinds.keys()].join(', ')}`, {
      hint: 'Kinds are configured in .ledger-synth.yaml under ids.kinds.',
    });
  }
  return namespace;
}

/**
 * The local state directory (counters, locks) ignores itself, so the counters stay out of git in a
 * repository that never ran `cc-synthesize install`. One implementation for all local state.
 */
export function ensureLocalStateDir(settings: IdsSettings): void {
  ensureStateDir(settings.root);
}
