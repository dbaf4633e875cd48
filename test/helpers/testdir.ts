import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { parseEvent, type LedgerEvent } from '@ledger-synth/core';

const created: string[] = [];

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temp directory filled from an inline file tree (`{ 'events/a.md': '...' }`), removed after the
 * test. The path is realpath'd so it compares equal to what git and the CLI print.
 */
export function testdir(files: Record<string, string | Buffer> = {}, prefix = 'ledger-synth-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  created.push(dir);
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** The seed's example event, for tests that need "a valid event" with a given stamp. */
export function eventText(options: {
  ts: string;
  agent: string;
  branch?: string;
  body?: string;
}): string {
  const branch = options.branch === undefined ? '' : `branch: ${options.branch}\n`;
  return `---\nts: ${options.ts}\nagent: ${options.agent}\n${branch}type: session_end\n---\n\n${options.body ?? ''}`;
}

/** `eventText` parsed into an event (a test fixture that must be valid: throws with the reason otherwise). */
export function parsedEvent(file: string, ts: string, agent: string, body: string): LedgerEvent {
  const result = parseEvent(eventText({ ts, agent, body }), file);
  if (!result.ok) throw new Error(result.issue.reason);
  return result.event;
}
