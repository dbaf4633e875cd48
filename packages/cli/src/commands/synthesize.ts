import {
  describeStaleness,
  loadConfig,
  planSynthesis,
  synthesizeStream,
  type LedgerConfig,
  type Synthesis,
} from '@ledger-synth/node';
import { parseCommandArgs, usageError } from '../args.js';
import { confirm, isInteractive } from '../confirm.js';
import { HELP } from '../help.js';
import { EXIT } from '../exit-codes.js';
import { buildPreview, formatPreview, formatSkipped, type Preview } from '../preview.js';
import { VERSION } from '../version.js';
import { print, type World } from '../world.js';

const OPTIONS = {
  'no-confirm': { type: 'boolean' },
  input: { type: 'string' },
  output: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  check: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The default command: read → pure fold/render → (confirm) → write. */
export async function synthesizeCommand(args: string[], world: World): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
  if (values.help) {
    world.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    print(world.stdout, VERSION);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw usageError(`unknown command "${positionals[0]}"`);
  if (values.check && values['dry-run']) throw usageError('--check never writes; drop --dry-run');
  if (values.input !== undefined && values.input.trim() === '') throw usageError('--input needs a glob, e.g. --input "events/*.md"');

  const config = loadConfig(world.cwd, world.env, { output: values.output });
  const inputs = { config, inputGlob: values.input, cwd: world.cwd, env: world.env };

  if (values.check) return check(await planSynthesis(inputs), config, world, values);

  const planned = await planSynthesis(inputs);
  const preview = buildPreview(planned, config.root);
  if (values.strict && planned.issues.length > 0) return strictFailure(preview, world, Boolean(values.json));

  if (values['dry-run']) {
    if (values.json) print(world.stdout, JSON.stringify({ ...preview, dryRun: true, written: false }, null, 2));
    else {
      printLines(world.stdout, formatPreview(preview));
      printLines(world.stderr, formatSkipped(preview));
      print(world.stdout, 'Dry run: nothing written.');
    }
    return EXIT.ok;
  }

  if (!values['no-confirm'] && !values.json) {
    printLines(world.stdout, formatPreview(preview));
    printLines(world.stderr, formatSkipped(preview));
    if (isInteractive(world)) {
      if (planned.status === 'fresh') {
        print(world.stdout, `${preview.output} is already up to date.`);
        return EXIT.ok;
      }
      if (!(await confirm(world, `Write ${preview.output}?`))) {
        print(world.stdout, 'Nothing written.');
        return EXIT.ok;
      }
    } else {
      // Never wait for an answer that cannot come (CI, pipes, agents).
      print(world.stderr, 'stdin is not a terminal: writing without confirmation (pass --no-confirm to silence this note)');
    }
  }

  // Re-read under the lock: what is written reflects every event present at write time.
  const { synthesis, written } = await synthesizeStream(inputs);
  const final = buildPreview(synthesis, config.root);
  if (values.json) {
    print(world.stdout, JSON.stringify({ ...final, dryRun: false, written }, null, 2));
  } else {
    if (values['no-confirm']) printLines(world.stderr, formatSkipped(final));
    print(world.stdout, outcomeLine(final, written, planned));
  }
  return EXIT.ok;
}

function check(synthesis: Synthesis, config: LedgerConfig, world: World, values: { json?: boolean; strict?: boolean }): number {
  const preview = buildPreview(synthesis, config.root);
  const differences = describeStaleness(synthesis, config.root);
  const strictFailed = Boolean(values.strict) && synthesis.issues.length > 0;
  const ok = synthesis.status === 'fresh' && !strictFailed;
  if (values.json) {
    print(world.stdout, JSON.stringify({ ...preview, fresh: synthesis.status === 'fresh', differences }, null, 2));
  } else if (synthesis.status === 'fresh') {
    print(world.stdout, `${preview.output} is up to date (${preview.events} events).`);
  } else {
    print(world.stderr, `${preview.output} is ${synthesis.status === 'missing' ? 'missing' : 'stale'}:`);
    printLines(world.stderr, differences.map((line) => `  ${line}`));
    print(world.stderr, 'Run `cc-synthesize --no-confirm` and commit the result.');
  }
  if (!values.json) printLines(world.stderr, formatSkipped(preview));
  if (strictFailed) print(world.stderr, `--strict: ${synthesis.issues.length} malformed event file(s)`);
  return ok ? EXIT.ok : EXIT.failed;
}

function strictFailure(preview: Preview, world: World, json: boolean): number {
  if (json) print(world.stdout, JSON.stringify({ ...preview, written: false, error: 'E_STRICT' }, null, 2));
  printLines(world.stderr, formatSkipped(preview));
  print(world.stderr, `--strict: ${preview.skipped.length} malformed event file(s); nothing written`);
  return EXIT.failed;
}

function outcomeLine(preview: Preview, written: boolean, planned: Synthesis): string {
  const arrived = preview.events - planned.state.events.size;
  const extra = arrived > 0 ? ` (${arrived} more arrived since the preview)` : '';
  return written
    ? `Wrote ${preview.output}: ${preview.events} events from ${preview.agents.length} agents${extra}.`
    : `${preview.output} is already up to date (${preview.events} events).`;
}

function printLines(stream: World['stdout'] | World['stderr'], lines: string[]): void {
  for (const line of lines) print(stream, line);
}

