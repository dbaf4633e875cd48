import { relative } from 'node:path';
import { LedgerError } from '@ledger-synth/core';
import {
  conflictedPaths,
  continueCommand,
  loadConfig,
  openRepo,
  operationInProgress,
  repoPath,
  stagePaths,
  synthesizeStream,
} from '@ledger-synth/node';
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { print, type World } from '../world.js';

export const RESOLVE_HELP = `cc-synthesize resolve — settle a conflicted current.md by regenerating it

Usage:
  cc-synthesize resolve [--output PATH] [--json]

current.md is a pure function of the events, so regenerating it is always the right resolution. Works
from anywhere: a conflicted \`git merge\` (e.g. merging main after GitHub reported a conflict), the middle
of a rebase or cherry-pick, or no operation at all. It regenerates current.md from the events in the
working tree, \`git add\`s it, and tells you how to continue. Other conflicted files are left to you.
Refuses (exit 1) while an event file itself is conflicted: settle that first.
`;

export async function resolveCommand(args: string[], world: World): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { output: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    world.stdout.write(RESOLVE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw usageError(`resolve takes no arguments, got "${positionals[0]}"`);
  const config = loadConfig(world.cwd, world.env, { output: values.output });
  const repo = await openRepo(world.cwd, world.env);
  const conflicted = repo ? await conflictedPaths(repo) : [];
  const output = repo ? repoPath(repo, config.output) : undefined;
  if (repo) {
    const inStream = (path: string) => [config.eventsDir, config.archiveDir].some((dir) => isInside(repoPath(repo, dir), path));
    const events = conflicted.filter(inStream);
    if (events.length > 0) {
      throw new LedgerError('E_GIT', `event file(s) are conflicted, so the events are not settled yet:\n${events.map((p) => `  ${p}`).join('\n')}`, {
        hint: 'Events are immutable: keep both versions under different file names (or pick one), `git add` them, then run `cc-synthesize resolve` again.',
      });
    }
  }

  // The same locked read-fold-write as a normal synthesis: conflict markers in the old file just make it "stale".
  const { synthesis, written } = await synthesizeStream({ config, cwd: world.cwd, env: world.env }, { warningLimit: 0 });
  if (repo && output) await stagePaths(repo, [output]);
  const operation = repo ? operationInProgress(repo) : undefined;
  const others = conflicted.filter((path) => path !== output);
  const where = output ?? (relative(config.root, config.output) || config.output);

  if (values.json) {
    print(world.stdout, JSON.stringify({ output: where, events: synthesis.eventCount, written, staged: Boolean(repo), operation: operation ?? null, stillConflicted: others }, null, 2));
    return EXIT.ok;
  }
  const freshness = written ? '' : ' (its content was already fresh)';
  const count = synthesis.eventCount;
  const events = `${count} event${count === 1 ? '' : 's'}`;
  if (!repo) {
    print(world.stdout, `Regenerated ${where} from ${events}${freshness}. Not inside a git repository: nothing staged.`);
    return EXIT.ok;
  }
  print(world.stdout, `Regenerated ${where} from ${events}${freshness} and staged it.`);
  if (others.length > 0) {
    print(world.stderr, `Still conflicted (not ledger files; resolve these yourself, then \`git add\` them):`);
    for (const path of others) print(world.stderr, `  ${path}`);
  }
  if (operation) print(world.stdout, `${others.length > 0 ? 'Then continue' : 'Continue'} with: ${continueCommand(operation)}`);
  else print(world.stdout, `Commit it when ready: git commit -m "ledger: regenerate current.md" -- ${where}`);
  return EXIT.ok;
}

function isInside(dir: string, path: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}
