import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { eventText, testdir } from '../helpers/testdir.js';

/** The default stream layout (DESIGN §2), relative to the checkout root. */
export const EVENTS = 'thoughts/shared/handoffs/events';
export const OUTPUT = 'thoughts/shared/handoffs/current.md';
export const LOCK = 'thoughts/shared/handoffs/.synth.lock';

/** The four bundled example events, as an inline tree under the default events dir. */
export function exampleEvents(): Record<string, string> {
  const dir = join(REPO_ROOT, 'examples/events');
  return Object.fromEntries(readdirSync(dir).map((name) => [`${EVENTS}/${name}`, readFileSync(join(dir, name), 'utf8')]));
}

/** A checkout (plain directory, no git) holding the example events plus `extra` files. */
export function exampleStream(extra: Record<string, string | Buffer> = {}): string {
  return testdir({ ...exampleEvents(), ...extra });
}

/** `{ 'events/<file>': eventText(...) }` for one event in the default events dir. */
export function event(file: string, options: Parameters<typeof eventText>[0]): Record<string, string> {
  return { [`${EVENTS}/${file}`]: eventText(options) };
}

export function readOutput(dir: string, path = OUTPUT): string {
  return readFileSync(join(dir, path), 'utf8');
}

export function outputExists(dir: string, path = OUTPUT): boolean {
  return existsSync(join(dir, path));
}

/** Every file under `dir` (relative paths), for "nothing else was written" assertions. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** The `## Now` paragraph of a rendered ledger. */
export function nowSection(ledger: string): string {
  return /## Now\n\n([\s\S]*?)\n\n_/.exec(ledger)?.[1] ?? '';
}
