import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventFileName, isLedgerError, parseEvent, parseFooter, sanitizeAgentId } from '@ledger-synth/core';
import { writeEventFile } from '@ledger-synth/node';
import { listEvents, readAndFold } from '../helpers/read-fold.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { eventText, testdir } from '../helpers/testdir.js';
import { runCliMeasured } from './measure.js';

const CONFIG = 'events_dir: events\noutput: current.md\n';
const VALID = eventText({ ts: '2026-04-01T10:00:00Z', agent: 'steady', body: 'now: still standing\nthis_session:\n- survived the hostile input\n' });

/** Run the CLI on `files` (plus one valid event) and return the JSON result and the skipped files. */
async function synthesize(files: Record<string, string | Buffer>, env: NodeJS.ProcessEnv = {}) {
  const dir = testdir({ '.ledger-synth.yaml': CONFIG, 'events/0-valid.md': VALID, ...files });
  const result = await runCliMeasured(['--no-confirm', '--json'], { cwd: dir, env, killAfterMs: 60_000 });
  expect(result.signal).toBeNull();
  expect(result.stderr).not.toContain('unexpected error');
  expect(result.code).toBe(0);
  const json = JSON.parse(result.stdout) as { events: number; skipped: { file: string; reason: string }[] };
  const skipped = new Map(json.skipped.map((s) => [s.file, s.reason]));
  return { dir, json, skipped, peakMiB: result.peakMiB, current: readFileSync(join(dir, 'current.md'), 'utf8') };
}

describe('hostile agent ids', () => {
  const hostile = ['../../etc/passwd', '..', '/', 'a\u0000b', 'x'.repeat(10_000), '\u202Eevil\u202C', 'con', ' ', '../'.repeat(50), 'agent\nwith: newline'];

  it.each(hostile.map((id) => [JSON.stringify(id).slice(0, 40), id]))('%s becomes a safe file-name part', (_label, id) => {
    const safe = sanitizeAgentId(id);
    expect(safe).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
    expect(safe).not.toContain('..');
    const name = eventFileName(Date.UTC(2026, 3, 1), id, 'k3f9');
    expect(name).not.toMatch(/[/\\\u0000]/);
    expect(name.length).toBeLessThan(120);
  });

  it('publishing with a path-traversal agent stays inside the events directory; the id is kept as content', () => {
    const dir = testdir();
    const events = join(dir, 'events');
    const written = writeEventFile(events, { ts: '2026-04-01T10:00:00Z', agent: '../../etc/passwd' }, { now: 'x' }, Date.UTC(2026, 3, 1));
    expect(written.path.startsWith(`${events}/`)).toBe(true);
    expect(readdirSync(events)).toEqual([written.fileName]);
    const parsed = parseEvent(readFileSync(written.path, 'utf8'), written.fileName);
    expect(parsed.ok && parsed.event.agent).toBe('../../etc/passwd');
  });

  it('an agent with NUL or an overlong agent is refused at publish time, and nothing is written', () => {
    const dir = testdir();
    for (const agent of ['a\u0000b', 'y'.repeat(10_000)]) {
      let error: unknown;
      try {
        writeEventFile(join(dir, 'events'), { ts: '2026-04-01T10:00:00Z', agent }, { now: 'x' }, Date.UTC(2026, 3, 1));
      } catch (caught) {
        error = caught;
      }
      expect(isLedgerError(error)).toBe(true);
    }
    expect(() => readdirSync(join(dir, 'events'))).toThrow(); // never even created
  });

  it('hostile agent ids inside event files: rendered safely or skipped with a reason', async () => {
    const { skipped, current, json } = await synthesize({
      'events/traversal.md': eventText({ ts: '2026-04-01T11:00:00Z', agent: '"../../etc/passwd"' }),
      'events/nul.md': eventText({ ts: '2026-04-01T11:00:00Z', agent: '"a\\0b"' }),
      'events/long.md': eventText({ ts: '2026-04-01T11:00:00Z', agent: 'z'.repeat(100_000) }),
      'events/pipe.md': eventText({ ts: '2026-04-01T11:00:00Z', agent: '"a|b"' }),
    });
    expect(json.events).toBe(3);
    expect(current).toContain('| ../../etc/passwd |');
    expect(current).toContain('| a\\|b |');
    expect(skipped.get('events/nul.md')).toMatch(/"agent" must be 1-200 printable characters/);
    expect(skipped.get('events/long.md')).toMatch(/"agent" must be 1-200 printable characters/);
  });
});

describe('hostile YAML', () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const bomb = laughs.join('\n');

  it('alias bombs (billion laughs) in the body and in the frontmatter are skipped, fast and small', async () => {
    const { skipped, peakMiB, json } = await synthesize({
      'events/bomb-body.md': `---\nts: 2026-04-01T10:00:00Z\nagent: bomber\n---\n${bomb}\nnow: boom\n`,
      'events/bomb-front.md': `---\nts: 2026-04-01T10:00:00Z\nagent: bomber\n${bomb}\n---\nnow: boom\n`,
    });
    expect(json.events).toBe(1);
    expect(skipped.get('events/bomb-body.md')).toMatch(/alias|resource/i);
    expect(skipped.get('events/bomb-front.md')).toMatch(/alias|resource/i);
    expect(peakMiB).toBeLessThan(300);
  });

  it('10,000 levels of nesting (flow, block sequence, block mapping) are skipped with a reason', async () => {
    const depth = 10_000;
    const flow = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const blockSeq = `${'- '.repeat(depth)}x`;
    let blockMap = '';
    for (let i = 0; i < 2000; i++) blockMap += `${' '.repeat(i)}k${i}:\n`; // 2k levels: 10k would exceed 1 MiB
    const { skipped, json } = await synthesize({
      'events/flow.md': `---\nts: 2026-04-01T10:00:00Z\nagent: deep\n---\nnow: ${flow}\n`,
      'events/seq.md': `---\nts: 2026-04-01T10:00:00Z\nagent: deep\n---\nthis_session:\n${blockSeq}\n`,
      'events/map.md': `---\nts: 2026-04-01T10:00:00Z\nagent: deep\n---\ndecisions:\n${blockMap}`,
      'events/front.md': `---\nts: 2026-04-01T10:00:00Z\nagent: deep\nx: ${flow}\n---\n`,
    });
    expect(json.events).toBe(1);
    for (const file of ['flow', 'seq', 'map', 'front']) expect(skipped.get(`events/${file}.md`), file).toBeTruthy();
  });

  it('__proto__, constructor and prototype are ordinary keys; nothing is polluted', async () => {
    const files = {
      'events/proto.md': `---\nts: 2026-04-01T12:00:00Z\nagent: proto\n__proto__:\n  polluted: front\n---\n__proto__:\n  polluted: body\ndecisions:\n  __proto__: kept as a decision\n  constructor: also a decision\n  prototype: and this\n`,
      'events/proto-json.md': `---\n{"ts": "2026-04-01T12:30:00Z", "agent": "json", "__proto__": {"polluted": "json"}}\n---\ndecisions: {"__proto__": {"polluted": "flow"}}\n`,
    };
    const { current, skipped } = await synthesize(files);
    expect(current).toContain('**__proto__**: kept as a decision');
    expect(current).toContain('**constructor**: also a decision');
    expect(current).toContain('**prototype**: and this');
    expect(skipped.get('events/proto-json.md')).toMatch(/decision/);
    // The same input folded in this process leaves Object.prototype alone.
    const dir = testdir({ ...files, 'events/0-valid.md': VALID });
    const gathered = await readAndFold(await listEvents(dir), { displayRoot: dir, maxEventBytes: 1 << 20 });
    expect(gathered.state.decisions.get('__proto__')?.value).toBe('kept as a decision');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('hostile files', () => {
  it('a 50 MB event is refused by size before it is read; memory stays small', async () => {
    const { skipped, peakMiB, json } = await synthesize({ 'events/huge.md': `---\nts: 2026-04-01T10:00:00Z\nagent: big\n---\nnow: ${'x'.repeat(50 * 1024 * 1024)}\n` });
    expect(json.events).toBe(1);
    expect(skipped.get('events/huge.md')).toMatch(/file is 50\.0 MiB, over the 1 MiB limit \(max_event_bytes\)/);
    expect(peakMiB).toBeLessThan(200);
  });

  it('binary files and invalid UTF-8 are skipped with a reason', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { skipped } = await synthesize({
      'events/image.md': png,
      'events/latin1.md': Buffer.from('---\nts: 2026-04-01T10:00:00Z\nagent: caf\xe9\n---\n', 'latin1'),
      'events/random.md': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    });
    expect(skipped.get('events/image.md')).toBe('binary file (contains NUL bytes)');
    expect(skipped.get('events/latin1.md')).toBe('not valid UTF-8 text');
    expect(skipped.get('events/random.md')).toMatch(/binary|UTF-8/);
  });

  it('links in the events directory (loops, outside targets, dangling) and directories are reported, never followed', async () => {
    const dir = testdir({ '.ledger-synth.yaml': CONFIG, 'events/0-valid.md': VALID, 'outside/secret.md': eventText({ ts: '2026-04-01T10:00:00Z', agent: 'secret', body: 'now: the secret\n' }) });
    const events = join(dir, 'events');
    symlinkSync('loop.md', join(events, 'loop.md'));
    symlinkSync('ping.md', join(events, 'pong.md'));
    symlinkSync('pong.md', join(events, 'ping.md'));
    symlinkSync('/etc/passwd', join(events, 'passwd.md'));
    symlinkSync(join(dir, 'outside/secret.md'), join(events, 'secret.md'));
    symlinkSync('/nonexistent/target', join(events, 'dangling.md'));
    mkdirSync(join(events, 'folder.md'));
    // An archive day that links back up: must not be walked into.
    mkdirSync(join(dir, 'thoughts/shared/handoffs/archive'), { recursive: true });
    symlinkSync('..', join(dir, 'thoughts/shared/handoffs/archive/2026-01-01'));
    const result = await runCli(['--no-confirm', '--json'], { cwd: dir, killAfterMs: 30_000 });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { events: number; skipped: { file: string; reason: string }[] };
    expect(json.events).toBe(1);
    const reasons = Object.fromEntries(json.skipped.map((s) => [s.file, s.reason]));
    for (const name of ['loop', 'ping', 'pong', 'passwd', 'secret', 'dangling']) {
      expect(reasons[`events/${name}.md`], name).toBe('symbolic link: not followed (events must be regular files)');
    }
    expect(reasons['events/folder.md']).toBe('a directory, not an event file');
    const current = readFileSync(join(dir, 'current.md'), 'utf8');
    expect(current).not.toContain('the secret');
    expect(current).not.toContain('root:');
  });
});

describe('hostile input does not reach the output as structure', () => {
  it('a value cannot fake the footer or a heading of current.md', async () => {
    const { current } = await synthesize({
      'events/fake.md': `---\nts: 2026-04-02T10:00:00Z\nagent: faker\n---\nnow: |\n  ---\n  _synthesized:\n    event_count: 999\n  ---\n  ## Decisions\n`,
    });
    expect(parseFooter(current)?.eventCount).toBe(2);
    expect(current.match(/^---$/gm)).toHaveLength(2); // only the real footer's fences
    expect(current).toContain('\\---\n_synthesized:');
    expect(current.match(/^## Decisions$/gm)).toHaveLength(1);
  });

  it('a file that grows after it was listed is still bounded', async () => {
    const dir = testdir({ 'events/a.md': VALID });
    writeFileSync(join(dir, 'events/a.md'), `${VALID}${'#'.repeat(2 * 1024 * 1024)}\n`);
    const gathered = await readAndFold([join(dir, 'events/a.md')], { displayRoot: dir, maxEventBytes: 1024 * 1024 });
    expect(gathered.issues[0]?.reason).toMatch(/over the 1 MiB limit/);
  });
});
