import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitPastChanges } from '../helpers/racy.js';
import { parseFooter } from '@ledger-synth/core';
import { main } from '../../packages/cli/src/main.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir, writeTree } from '../helpers/testdir.js';
import { EVENTS, LOCK, OUTPUT, event, exampleStream, listFiles, nowSection, outputExists, readOutput } from './stream.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' }; // 2026-01-01T00:00:00Z

describe('cc-synthesize --no-confirm', () => {
  it('writes current.md from the events and nothing else', async () => {
    const dir = exampleStream();
    const before = listFiles(dir);
    const result = await runCli(['--no-confirm'], { cwd: dir, env: EPOCH });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Wrote ${OUTPUT}: 4 events from 3 agents.\n`);
    // Besides current.md, only the local parse cache (ignored by git) may appear: files settled for 2 s
    // by the time they are read are stored, so whether it appears depends on the machine's speed.
    expect(listFiles(dir).filter((file) => !file.startsWith('.ledger-synth/cache/'))).toEqual([...before, OUTPUT].sort());
    const ledger = readOutput(dir);
    expect(parseFooter(ledger)).toMatchObject({ eventCount: 4, latestTs: '2026-01-11T09:30:00Z', generatedAt: '2026-01-01T00:00:00Z' });
    expect(nowSection(ledger)).toBe('Document the migration path for legacy current.md files,\nthen ask for review.');
  });

  it('leaves the same bytes when run twice, keeping generated_at while the digest is unchanged', async () => {
    const dir = exampleStream();
    expect((await runCli(['--no-confirm'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1000000000' } })).code).toBe(0);
    const first = readOutput(dir);
    const again = await runCli(['--no-confirm'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '2000000000' } });
    expect(again.stdout).toBe(`${OUTPUT} is already up to date (4 events).\n`);
    expect(readOutput(dir)).toBe(first);
    expect(parseFooter(first)?.generatedAt).toBe('2001-09-09T01:46:40Z');

    writeTree(dir, event('2026-01-12T00-00-00.000Z_waffle_e5.md', { ts: '2026-01-12T00:00:00Z', agent: 'waffle', body: 'now: newer\n' }));
    expect((await runCli(['--no-confirm'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '2000000000' } })).code).toBe(0);
    expect(parseFooter(readOutput(dir))).toMatchObject({ eventCount: 5, generatedAt: '2033-05-18T03:33:20Z' });
  });

  it('uses the wall clock for generated_at without SOURCE_DATE_EPOCH', async () => {
    const dir = exampleStream();
    const before = Date.now();
    await runCli(['--no-confirm'], { cwd: dir });
    const generated = Date.parse(parseFooter(readOutput(dir))!.generatedAt);
    expect(generated).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(generated).toBeLessThanOrEqual(Date.now());
  });

  it('rejects a malformed SOURCE_DATE_EPOCH as a configuration error', async () => {
    const result = await runCli(['--no-confirm'], { cwd: exampleStream(), env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SOURCE_DATE_EPOCH must be whole seconds');
  });

  it('honours --input and --output', async () => {
    const dir = testdir({
      'notes/a.md': '---\nts: 2026-01-10T13:00:00Z\nagent: toast\n---\nnow: from notes\n',
      'notes/ignored.txt': 'not an event',
    });
    const result = await runCli(['--no-confirm', '--input', 'notes/*.md', '--output', 'out/ledger.md'], { cwd: dir, env: EPOCH });
    expect(result.code).toBe(0);
    expect(nowSection(readOutput(dir, 'out/ledger.md'))).toBe('from notes');
    expect(outputExists(dir)).toBe(false);
  });
});

describe('last-writer-wins through the CLI', () => {
  it('treats 14:00+01:00 as earlier than 13:30Z', async () => {
    const dir = testdir({
      ...event('a_zed.md', { ts: '2026-01-10T14:00:00+01:00', agent: 'zed', body: 'now: written at 13:00Z\ndecisions:\n  k: zed\n' }),
      ...event('b_amy.md', { ts: '2026-01-10T13:30:00Z', agent: 'amy', body: 'now: written at 13:30Z\ndecisions:\n  k: amy\n' }),
    });
    const result = await runCli(['--no-confirm', '--json'], { cwd: dir, env: EPOCH });
    const ledger = readOutput(dir);
    expect(nowSection(ledger)).toBe('written at 13:30Z');
    expect(ledger).toContain('- **k**: amy');
    const json = JSON.parse(result.stdout);
    expect(json.range).toEqual({ from: '2026-01-10T13:00:00Z', to: '2026-01-10T13:30:00Z' });
    expect(json.resolved[0]).toMatchObject({ section: 'now', winner: { agent: 'amy', ts: '2026-01-10T13:30:00Z' }, losers: [{ agent: 'zed', ts: '2026-01-10T13:00:00Z' }] });
  });

  it('breaks a tie at the same instant by agent, then by file name', async () => {
    const dir = testdir({
      ...event('z_amy.md', { ts: '2026-01-10T13:00:00Z', agent: 'amy', body: 'now: amy\n' }),
      ...event('a_bob.md', { ts: '2026-01-10T14:00:00+01:00', agent: 'bob', body: 'now: bob (file a)\n' }),
      ...event('b_bob.md', { ts: '2026-01-10T12:00:00-01:00', agent: 'bob', body: 'now: bob (file b)\n' }),
    });
    await runCli(['--no-confirm'], { cwd: dir, env: EPOCH });
    expect(nowSection(readOutput(dir))).toBe('bob (file b)');
  });
});

describe('--dry-run and --json', () => {
  it('--dry-run shows the preview and writes nothing (no output, no lock, no directories)', async () => {
    const dir = exampleStream();
    const before = listFiles(dir);
    const result = await runCli(['--dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 events from 3 agents on 3 branches');
    expect(result.stdout).toContain(`${OUTPUT} (will be created)`);
    expect(result.stdout).toContain('Dry run: nothing written.');
    expect(listFiles(dir)).toEqual(before);
  });

  it('--json prints one parseable document with events, agents, branches, range, skipped and resolved', async () => {
    const dir = exampleStream({ [`${EVENTS}/broken.md`]: 'no frontmatter\n' });
    const result = await runCli(['--no-confirm', '--json'], { cwd: dir, env: EPOCH });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      output: OUTPUT,
      events: 4,
      written: true,
      dryRun: false,
      agents: [
        { agent: 'crisp', events: 1, branches: ['fix/bug-b'] },
        { agent: 'toast', events: 2, branches: ['feat/fix-hooks-path-spaces'] },
        { agent: 'waffle', events: 1, branches: ['main'] },
      ],
      branches: [
        { branch: 'feat/fix-hooks-path-spaces', events: 2 },
        { branch: 'fix/bug-b', events: 1 },
        { branch: 'main', events: 1 },
      ],
      range: { from: '2026-01-10T13:03:52Z', to: '2026-01-11T09:30:00Z' },
      skipped: [{ file: `${EVENTS}/broken.md`, reason: expect.stringContaining('no YAML frontmatter') }],
    });
    expect(json.resolved.map((r: { section: string; key: string | null }) => [r.section, r.key])).toEqual([
      ['now', null],
      ['decision', 'bash_c_wrapper'],
    ]);
    expect(json.digest).toBe(parseFooter(readOutput(dir))?.digest);
  });

  it('--json range compares sub-millisecond instants, whatever order the files are read in', async () => {
    const dir = testdir({
      ...event('a.md', { ts: '2026-01-10T13:00:00.0000009Z', agent: 'toast' }),
      ...event('b.md', { ts: '2026-01-10T13:00:00.0000001Z', agent: 'toast' }),
      ...event('c.md', { ts: '2026-01-10T13:00:00.0000005Z', agent: 'toast' }),
    });
    const json = JSON.parse((await runCli(['--dry-run', '--json'], { cwd: dir })).stdout);
    expect(json.range).toEqual({ from: '2026-01-10T13:00:00.0000001Z', to: '2026-01-10T13:00:00.0000009Z' });
  });

  it('--dry-run --json is the preview, and writes nothing', async () => {
    const dir = exampleStream();
    const json = JSON.parse((await runCli(['--dry-run', '--json'], { cwd: dir })).stdout);
    expect(json).toMatchObject({ events: 4, dryRun: true, written: false, status: 'missing' });
    expect(outputExists(dir)).toBe(false);
  });
});

describe('malformed event files', () => {
  const MALFORMED: [string, string | Buffer, RegExp][] = [
    ['no-frontmatter.md', 'now: just a body\n', /no YAML frontmatter/],
    ['unclosed.md', '---\nts: 2026-01-10T13:00:00Z\nagent: toast\nnow: x\n', /frontmatter is not closed/],
    ['ts-no-offset.md', '---\nts: 2026-01-10T13:00:00\nagent: toast\n---\n', /"ts" must be an ISO-8601 date-time with an offset/],
    ['ts-feb-30.md', '---\nts: 2026-02-30T13:00:00Z\nagent: toast\n---\n', /"ts" must be an ISO-8601.*2026-02-30/],
    ['ts-garbage.md', '---\nts: soon-ish\nagent: toast\n---\n', /"ts" must be an ISO-8601.*soon-ish/],
    ['agent-number.md', '---\nts: 2026-01-10T13:00:00Z\nagent: 42\n---\n', /"agent" must be a string, got number/],
    ['decisions-list.md', '---\nts: 2026-01-10T13:00:00Z\nagent: toast\n---\ndecisions:\n- a\n', /"decisions" must be a mapping/],
    ['checkpoint-no-phase.md', '---\nts: 2026-01-10T13:00:00Z\nagent: toast\n---\ncheckpoints:\n- status: done\n', /"checkpoints" item 1 needs a "phase"/],
    ['binary.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x0a]), /binary file \(contains NUL bytes\)/],
    ['latin1.md', Buffer.from('---\nts: 2026-01-10T13:00:00Z\nagent: caf\xe9\n---\n', 'latin1'), /not valid UTF-8/],
    ['empty.md', '', /empty file/],
    ['js-frontmatter.md', '---js\n{ ts: require("fs").writeFileSync("PWNED", "x") || "2026-01-10T13:00:00Z", agent: "x" }\n---\n', /frontmatter language "js" is not allowed/],
  ];

  const stream = () => exampleStream(Object.fromEntries(MALFORMED.map(([name, content]) => [`${EVENTS}/${name}`, content])));

  it('skips each one, reports its file and reason, and still synthesizes the rest', async () => {
    const dir = stream();
    const result = await runCli(['--no-confirm'], { cwd: dir, env: EPOCH });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Skipped ${MALFORMED.length} malformed event files:`);
    for (const [name, , reason] of MALFORMED) {
      const line = result.stderr.split('\n').find((l) => l.includes(`${EVENTS}/${name}:`));
      expect(line, `${name} is reported`).toMatch(reason);
    }
    expect(parseFooter(readOutput(dir))?.eventCount).toBe(4);
    expect(outputExists(dir, 'PWNED')).toBe(false);
  });

  it('lists them in --json `skipped`', async () => {
    const result = await runCli(['--no-confirm', '--json'], { cwd: stream(), env: EPOCH });
    const skipped: { file: string; reason: string }[] = JSON.parse(result.stdout).skipped;
    expect(skipped.map((s) => s.file)).toEqual(MALFORMED.map(([name]) => `${EVENTS}/${name}`).sort());
    for (const [name, , reason] of MALFORMED) expect(skipped.find((s) => s.file.endsWith(`/${name}`))?.reason).toMatch(reason);
  });

  it('--strict exits 1, names them, and writes nothing (not even the cache of settled files)', async () => {
    const dir = stream();
    await waitPastChanges([join(dir, EVENTS)]);
    const before = listFiles(dir);
    const result = await runCli(['--no-confirm', '--strict'], { cwd: dir, env: { ...EPOCH, LEDGER_SYNTH_CACHE_RACY_MS: '0' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--strict: ${MALFORMED.length} malformed event file(s); nothing written`);
    expect(result.stderr).toContain(`${EVENTS}/ts-feb-30.md`);
    expect(listFiles(dir)).toEqual(before);
  });

  it('--strict passes when every event is well-formed', async () => {
    expect((await runCli(['--no-confirm', '--strict'], { cwd: exampleStream(), env: EPOCH })).code).toBe(0);
  });

  it('a stream of only malformed files still writes an (empty) ledger and reports them', async () => {
    const dir = testdir({ [`${EVENTS}/bad.md`]: 'nope\n' });
    const result = await runCli(['--no-confirm'], { cwd: dir, env: EPOCH });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${EVENTS}/bad.md: no YAML frontmatter`);
    expect(parseFooter(readOutput(dir))?.eventCount).toBe(0);
  });
});

describe('prototype-ish keys', () => {
  it('__proto__, constructor, toString, hasOwnProperty are ordinary keys end to end', async () => {
    const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const frontmatterExtra = keys.map((key) => `${key}: front\n`).join('');
    const dir = testdir({
      [`${EVENTS}/a.md`]: `---\nts: 2026-01-10T13:00:00Z\nagent: toast\n${frontmatterExtra}---\n${keys.map((k) => `${k}: body\n`).join('')}decisions:\n${keys.map((k) => `  ${k}: old\n`).join('')}`,
      [`${EVENTS}/b.md`]: `---\nts: 2026-01-10T14:00:00Z\nagent: __proto__\n---\ndecisions:\n${keys.map((k) => `  ${k}: new\n`).join('')}`,
    });
    const result = await runCli(['--no-confirm', '--json'], { cwd: dir, env: EPOCH });
    expect(result.code).toBe(0);
    const ledger = readOutput(dir);
    for (const key of keys) expect(ledger).toContain(`- **${key}**: new`);
    expect(ledger).toContain('| __proto__ | 1 |');
    const json = JSON.parse(result.stdout);
    expect(json.skipped).toEqual([]);
    expect(json.resolved.map((r: { key: string }) => r.key)).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    expect(json.agents.map((a: { agent: string }) => a.agent)).toEqual(['__proto__', 'toast']);
  });
});

describe('prototype pollution', () => {
  it('a whole in-process run over hostile keys leaves Object.prototype untouched', async () => {
    const dir = testdir({
      [`${EVENTS}/a.md`]: `---
ts: 2026-01-10T13:00:00Z
agent: toast
__proto__: { polluted: frontmatter }
constructor: { prototype: { polluted: frontmatter } }
---
__proto__: { polluted: body }
constructor: { prototype: { polluted: body } }
decisions:
  __proto__: { polluted: decision }
`,
      [`${EVENTS}/b.md`]: `---\nts: 2026-01-10T13:00:00Z\nagent: toast\n---\ndecisions:\n  __proto__: plain\n  constructor: plain\n  toString: plain\n  hasOwnProperty: plain\n`,
    });
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk));
    stderr.on('data', (chunk: Buffer) => (err += chunk));
    const code = await main(['--no-confirm', '--json'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' }, stdin: new PassThrough(), stdout, stderr });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    // a.md's decision value is a mapping, so a.md is skipped with a reason; b.md's keys are ordinary.
    const json = JSON.parse(out);
    expect(json.skipped).toEqual([{ file: `${EVENTS}/a.md`, reason: 'decision "__proto__" must be text, got a mapping' }]);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(readOutput(dir)).toContain(`- **${key}**: plain`);
  });
});

describe('the lock', () => {
  it('is released after a run', async () => {
    const dir = exampleStream();
    await runCli(['--no-confirm'], { cwd: dir });
    expect(outputExists(dir, LOCK)).toBe(false);
  });
});
