import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '@ledger-synth/core';
import { git, initRepo } from '../helpers/git.js';
// install copies the bundles from beside the running CLI: it runs as the real bundle.
import { REPO_ROOT, cleanEnv, spawnCli as runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const EXISTING_SETTINGS = {
  permissions: { allow: ['Bash(npm test)'], deny: ['Read(.env)'] },
  hooks: {
    SessionStart: [{ matcher: 'startup', hooks: [{ type: 'command', command: 'echo "team banner"' }] }],
    PostToolUse: [{ matcher: 'Write|Edit', hooks: [{ type: 'command', command: 'npx prettier --write "$FILE"', timeout: 30 }] }],
  },
  env: { FOO: 'bar' },
};

/** Every file under dir (except .git) with its content: a before/after snapshot. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (name === '.git') continue;
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function repoWithSettings(prefix = 'ledger-install-'): string {
  const dir = testdir(
    {
      '.claude/settings.json': `${JSON.stringify(EXISTING_SETTINGS, null, 4)}\n`,
      '.gitignore': 'node_modules/\n',
      'README.md': '# project\n',
    },
    prefix,
  );
  initRepo(dir);
  return dir;
}

describe('cc-synthesize install', () => {
  it('installs hooks, skill, events dir and gitignore entries, keeping unrelated settings; a second run changes nothing', async () => {
    const dir = repoWithSettings();
    const first = await runCli(['install'], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('update    .claude/settings.json  (add SessionStart hook, add SessionEnd hook, allow the record command)');

    const settings = JSON.parse(readFileSync(join(dir, '.claude/settings.json'), 'utf8'));
    // The record permission joins the team's rules (kept, in order); deny is untouched.
    expect(settings.permissions).toEqual({
      allow: ['Bash(npm test)', 'Bash(node .claude/hooks/ledger-synth/cc-synthesize.mjs record:*)'],
      deny: EXISTING_SETTINGS.permissions.deny,
    });
    expect(settings.env).toEqual(EXISTING_SETTINGS.env);
    expect(settings.hooks.PostToolUse).toEqual(EXISTING_SETTINGS.hooks.PostToolUse);
    expect(settings.hooks.SessionStart[0]).toEqual(EXISTING_SETTINGS.hooks.SessionStart[0]);
    expect(settings.hooks.SessionStart[1]).toEqual({
      hooks: [{ type: 'command', command: 'node "$CLAUDE_PROJECT_DIR/.claude/hooks/ledger-synth/session-start.mjs"', timeout: 10 }],
    });
    expect(settings.hooks.SessionEnd).toEqual([
      { hooks: [{ type: 'command', command: 'node "$CLAUDE_PROJECT_DIR/.claude/hooks/ledger-synth/session-end.mjs"', timeout: 5 }] },
    ]);
    // The file keeps its 4-space indentation.
    expect(readFileSync(join(dir, '.claude/settings.json'), 'utf8')).toContain('\n    "permissions"');

    for (const name of ['session-start.mjs', 'session-end.mjs', 'cc-synthesize.mjs']) {
      expect(statSync(join(dir, '.claude/hooks/ledger-synth', name)).size).toBeGreaterThan(10_000);
    }
    expect(readFileSync(join(dir, '.claude/hooks/ledger-synth/session-end.mjs'))).toEqual(readFileSync(join(REPO_ROOT, 'hooks/dist/session-end.mjs')));
    expect(readFileSync(join(dir, 'thoughts/shared/handoffs/events/.gitkeep'), 'utf8')).toBe('');
    const gitignore = readFileSync(join(dir, '.gitignore'), 'utf8');
    expect(gitignore.startsWith('node_modules/\n\n# BEGIN ledger-synth')).toBe(true);
    for (const pattern of ['.ledger-synth/', '.synth.lock', '.*.tmp']) expect(gitignore.split('\n')).toContain(pattern);

    // git really ignores local state, locks and temp files, and not the ledger itself.
    mkdirSync(join(dir, '.ledger-synth/drafts'), { recursive: true });
    writeFileSync(join(dir, '.ledger-synth/drafts/x.md'), 'x');
    writeFileSync(join(dir, 'thoughts/shared/handoffs/.synth.lock'), '{}');
    writeFileSync(join(dir, 'thoughts/shared/handoffs/.current.md.123.abcdef012345.tmp'), 'x');
    writeFileSync(join(dir, 'thoughts/shared/handoffs/current.md'), 'ledger');
    const status = git(dir, 'status', '--porcelain', '--untracked-files=all');
    expect(status).not.toContain('.ledger-synth');
    expect(status).not.toContain('.synth.lock');
    expect(status).not.toContain('.tmp');
    expect(status).toContain('thoughts/shared/handoffs/current.md');

    const before = snapshot(dir);
    const second = await runCli(['install'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Nothing to change.');
    expect(second.stdout).not.toMatch(/^\s+(create|update|remove)\s/m);
    expect(snapshot(dir)).toEqual(before);
  });

  it('installs a valid skill (frontmatter per the skills docs)', async () => {
    const dir = testdir();
    initRepo(dir);
    expect((await runCli(['install'], { cwd: dir })).code).toBe(0);
    const skill = readFileSync(join(dir, '.claude/skills/synthesize-ledgers/SKILL.md'), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(skill)?.[1];
    const parsed = parseYaml(front ?? '');
    expect(parsed.ok).toBe(true);
    const map = (parsed as { value: Map<string, unknown> }).value;
    expect(map.get('name')).toBe('synthesize-ledgers');
    const description = String(map.get('description'));
    expect(description.length).toBeGreaterThan(50);
    expect(description.length).toBeLessThanOrEqual(1024);
    for (const trigger of ['/synthesize-ledgers', 'synthesize ledgers', 'merge ledgers']) expect(description).toContain(trigger);
    expect(skill).toContain('--dry-run --json');
    expect(skill).toContain('--no-confirm');
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const dir = repoWithSettings();
    const before = snapshot(dir);
    const result = await runCli(['install', '--dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('create    .claude/hooks/ledger-synth/session-start.mjs');
    expect(result.stdout).toContain('update    .claude/settings.json');
    expect(result.stdout).toContain('Dry run: 8 change(s) planned, nothing written.');
    expect(snapshot(dir)).toEqual(before);
  });

  it('works in a repository whose path has spaces: the installed commands run through a real shell', async () => {
    const parent = testdir();
    const dir = join(parent, 'my repo with spaces');
    mkdirSync(dir);
    initRepo(dir);
    expect((await runCli(['install'], { cwd: dir })).code).toBe(0);
    const settings = JSON.parse(readFileSync(join(dir, '.claude/settings.json'), 'utf8'));
    const startCommand: string = settings.hooks.SessionStart[0].hooks[0].command;
    const endCommand: string = settings.hooks.SessionEnd[0].hooks[0].command;
    // As Claude Code runs them: `sh -c <command>` with CLAUDE_PROJECT_DIR set and JSON on stdin.
    const sh = (command: string, input: object, env: NodeJS.ProcessEnv = {}) =>
      execFileSync('sh', ['-c', command], { cwd: dir, env: { ...cleanEnv(), CLAUDE_PROJECT_DIR: dir, ...env }, input: JSON.stringify(input), encoding: 'utf8' });
    const envFile = join(parent, 'claude env');
    writeFileSync(envFile, '');
    const started = JSON.parse(sh(startCommand, { session_id: 'spaced', cwd: dir, hook_event_name: 'SessionStart', source: 'startup' }, { CLAUDE_ENV_FILE: envFile }));
    expect(started.hookSpecificOutput.additionalContext).toContain('0 events');
    // The model is told to record with the copy installed in the repository, relative to the
    // project directory: exactly the prefix of the permission rule install added, so no prompt.
    const recordCommand = 'node .claude/hooks/ledger-synth/cc-synthesize.mjs record';
    expect(started.hookSpecificOutput.additionalContext).toContain(recordCommand);
    expect(settings.permissions.allow).toEqual([`Bash(${recordCommand}:*)`]);
    // A later Bash command (in the project directory): source the env file, then record as told.
    execFileSync('sh', ['-c', `. "${envFile}" && ${recordCommand} --done "spaces work"`], {
      cwd: dir,
      env: { ...cleanEnv(), CLAUDE_PROJECT_DIR: dir },
    });
    sh(endCommand, { session_id: 'spaced', cwd: dir, hook_event_name: 'SessionEnd', reason: 'other' });
    const events = readdirSync(join(dir, 'thoughts/shared/handoffs/events')).filter((n) => n.endsWith('.md'));
    expect(events).toHaveLength(1);
    expect(readFileSync(join(dir, 'thoughts/shared/handoffs/events', events[0]!), 'utf8')).toContain('- spaces work');
  });

  it('uninstall reverses exactly what install added, and never removes events', async () => {
    const dir = repoWithSettings();
    const before = snapshot(dir);
    expect((await runCli(['install'], { cwd: dir })).code).toBe(0);
    const removed = await runCli(['uninstall'], { cwd: dir });
    expect(removed.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['.claude', '.git', '.gitignore', 'README.md']);

    // From a repository with nothing in it, install then uninstall leaves nothing behind.
    const bare = testdir();
    initRepo(bare);
    await runCli(['install'], { cwd: bare });
    await runCli(['uninstall'], { cwd: bare });
    expect(readdirSync(bare)).toEqual(['.git']);

    // Events recorded in between stay.
    await runCli(['install'], { cwd: dir });
    await runCli(['record', '--publish', '--done', 'keep me', '--agent', 'a'], { cwd: dir });
    await runCli(['uninstall'], { cwd: dir });
    const events = readdirSync(join(dir, 'thoughts/shared/handoffs/events'));
    expect(events.filter((n) => n.endsWith('.md'))).toHaveLength(1);
  });

  it('after install, a real session and uninstall, git sees only the ledger the session produced', async () => {
    // A repository that already keeps events (committed), as a migrating user has.
    const dir = testdir({ 'thoughts/shared/handoffs/events/2026-01-10T13-03-52.000Z_toast_a1.md': '---\nts: 2026-01-10T13:03:52Z\nagent: toast\n---\n\nnow: Old work\n' });
    initRepo(dir);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'events');
    expect((await runCli(['install'], { cwd: dir })).code).toBe(0);
    const hooks = join(dir, '.claude/hooks/ledger-synth');
    const env = { ...cleanEnv(), CLAUDE_PROJECT_DIR: dir, LEDGER_SYNTH_SESSION: 'round-trip' };
    const run = (script: string, input: object) => execFileSync(process.execPath, [join(hooks, script)], { cwd: dir, env, input: JSON.stringify(input), encoding: 'utf8' });
    run('session-start.mjs', { session_id: 'round-trip', cwd: dir, hook_event_name: 'SessionStart', source: 'startup' });
    run('cc-synthesize.mjs', {}); // a no-op synthesis, as the skill would run
    execFileSync(process.execPath, [join(hooks, 'cc-synthesize.mjs'), 'record', '--done', 'round trip'], { cwd: dir, env, encoding: 'utf8' });
    run('session-end.mjs', { session_id: 'round-trip', cwd: dir, hook_event_name: 'SessionEnd', reason: 'other' });
    expect((await runCli(['uninstall'], { cwd: dir })).code).toBe(0);

    const status = git(dir, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort();
    const published = readdirSync(join(dir, 'thoughts/shared/handoffs/events')).filter((n) => n.includes('round-trip') || n.includes('claude-round-tr'));
    expect(published).toHaveLength(1);
    // The new event and the current.md SessionStart generated; no .gitkeep, no local state.
    expect(status).toEqual([`?? thoughts/shared/handoffs/current.md`, `?? thoughts/shared/handoffs/events/${published[0]}`]);
  });

  it('local session state is invisible to git even without install (plugin users): nothing to commit by mistake', async () => {
    const dir = testdir();
    initRepo(dir);
    const env = { LEDGER_SYNTH_SESSION: 'plugin' };
    await runCli(['record', '--done', 'via the plugin'], { cwd: dir, env });
    const start = execFileSync(process.execPath, [join(REPO_ROOT, 'hooks/dist/session-start.mjs')], {
      cwd: dir,
      env: cleanEnv(),
      input: JSON.stringify({ session_id: 'plugin-2', cwd: dir, hook_event_name: 'SessionStart', source: 'startup' }),
      encoding: 'utf8',
    });
    expect(start).toContain('additionalContext');
    // A draft, a start marker and their locks exist; git lists none of them.
    expect(readdirSync(join(dir, '.ledger-synth')).length).toBeGreaterThan(0);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('the copy installed into the repository can reinstall and uninstall by itself', async () => {
    const dir = testdir();
    initRepo(dir);
    expect((await runCli(['install'], { cwd: dir })).code).toBe(0);
    const copy = join(dir, '.claude/hooks/ledger-synth/cc-synthesize.mjs');
    const again = execFileSync(process.execPath, [copy, 'install'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(again).toContain('Nothing to change.');
    execFileSync(process.execPath, [copy, 'uninstall'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(readdirSync(dir)).toEqual(['.git']);
  });

  it('leaves a SKILL.md it did not write alone, on install and uninstall', async () => {
    const dir = testdir({ '.claude/skills/synthesize-ledgers/SKILL.md': '---\nname: synthesize-ledgers\ndescription: mine\n---\nMine.\n' });
    initRepo(dir);
    const result = await runCli(['install'], { cwd: dir });
    expect(result.stdout).toContain('exists and was not written by install; left alone');
    await runCli(['uninstall'], { cwd: dir });
    expect(readFileSync(join(dir, '.claude/skills/synthesize-ledgers/SKILL.md'), 'utf8')).toContain('Mine.');
  });

  it('refuses a malformed settings.json with exit 2 and changes nothing', async () => {
    const dir = testdir({ '.claude/settings.json': '{ "hooks": ' });
    initRepo(dir);
    const before = snapshot(dir);
    const result = await runCli(['install'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.claude/settings.json is not valid JSON');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--merge-driver delegates to the merge-driver command, and uninstall --merge-driver undoes it', async () => {
    const dir = testdir();
    initRepo(dir);
    const installed = await runCli(['install', '--merge-driver'], { cwd: dir });
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    expect(git(dir, 'config', '--get-regexp', '^merge\\..*\\.driver$')).toMatch(/ledger-synth: kept our side/);
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toContain('current.md merge=');
    const removed = await runCli(['uninstall', '--merge-driver'], { cwd: dir });
    expect(removed.code).toBe(0);
    expect(() => git(dir, 'config', '--get-regexp', '^merge\\..*\\.driver$')).toThrow();
    // Our part is gone; whatever merge-driver leaves of .gitattributes is its own business.
    expect(readdirSync(dir).filter((name) => name !== '.gitattributes')).toEqual(['.git']);
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).not.toContain('merge=');
  });
});

describe('the record permission rule in .claude/settings.json', () => {
  it('is added once, next to the rules already there, and removed exactly (a rule a person wrote stays)', async () => {
    const { addOurPermission, removeOurPermission, RECORD_PERMISSION } = await import('../../packages/node/src/session/claude-settings.js');
    const team = { permissions: { allow: ['Bash(npm test)'], defaultMode: 'default' }, env: { A: '1' } };
    const added = addOurPermission(team);
    expect(added.settings.permissions).toEqual({ allow: ['Bash(npm test)', RECORD_PERMISSION], defaultMode: 'default' });
    expect(addOurPermission(added.settings).changed).toBe(false);
    expect(removeOurPermission(added.settings).settings).toEqual(team);
    // Nothing there before: install creates permissions.allow, uninstall removes what it created.
    const fresh = addOurPermission({});
    expect(fresh.settings).toEqual({ permissions: { allow: [RECORD_PERMISSION] } });
    expect(removeOurPermission(fresh.settings).settings).toEqual({});
    // Only the exact rule is ours: a broader or different one is left alone.
    const other = { permissions: { allow: ['Bash(node .claude/hooks/ledger-synth/cc-synthesize.mjs:*)'] } };
    expect(removeOurPermission(other)).toMatchObject({ changed: false, settings: other });
    expect(() => addOurPermission({ permissions: { allow: 'Bash' } })).toThrow(/"permissions.allow" must be a list/);
  });
});
