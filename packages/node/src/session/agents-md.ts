/**
 * For agents without session hooks (Cursor, Aider, a plain shell, …): a short block in AGENTS.md,
 * between markers, that says where the ledger is, how to record into it and when it is
 * regenerated. `install --for agents-md` adds it, `uninstall --for agents-md` removes exactly it;
 * everything else in AGENTS.md is the person's and stays byte for byte.
 */
export const AGENTS_MD_FILE = 'AGENTS.md';
/** Where `install --for agents-md` copies the CLI, relative to the repository root. */
export const AGENTS_CLI_DIR = '.agents/ledger-synth';
export const AGENTS_MD_BEGIN = '<!-- BEGIN ledger-synth (managed by cc-synthesize install --for agents-md) -->';
export const AGENTS_MD_END = '<!-- END ledger-synth -->';

export interface AgentsBlockInput {
  /** The CLI bundle, relative to the repository root, with `/` separators. */
  readonly cliPath: string;
  /** The events directory and the generated ledger, relative to the root. */
  readonly eventsDir: string;
  readonly outputPath: string;
}

/** The block, markers included. Pure: the same input gives the same text. */
export function agentsMdBlock(input: AgentsBlockInput): string {
  const cli = `node ${input.cliPath}`;
  return [
    AGENTS_MD_BEGIN,
    '## Continuity ledger (ledger-synth)',
    '',
    `Parallel sessions (Claude Code, Codex, Gemini and tools without hooks) share one ledger: \`${input.outputPath}\`,`,
    `generated from the event files in \`${input.eventsDir}/\`. Never edit the generated file by hand.`,
    '',
    '- **If your session start context gave you a `record` command** (Claude Code, Codex or Gemini with the ledger-synth',
    '  hooks), use that one: it stages entries for the one event your session publishes when it ends. Otherwise:',
    `- **Before you start:** read \`${input.outputPath}\` (Now, decisions, open questions, what other agents did).`,
    '- **Before you stop** (or after a meaningful step), record what you did as one event, from the repository root:',
    '',
    '  ```sh',
    `  ${cli} record --publish --agent <tool>-<your name> --now "what is in progress" --done "what you finished" --decision key=value --question "open question"`,
    '  ```',
    '',
    `  Every flag is optional and repeatable (see \`${cli} record --help\`). The event file it prints is part of your`,
    '  change: commit it with your work. Never edit or delete existing event files.',
    `- **Regenerated:** at every Claude Code, Codex or Gemini session start in this checkout (their hooks), and whenever`,
    `  someone runs \`${cli}\`. Run it yourself to refresh \`${input.outputPath}\` after recording.`,
    AGENTS_MD_END,
  ].join('\n');
}

/**
 * Put `block` in place of our marked block (or append it, after a blank line); `undefined`
 * removes the block and the blank line install put before it. Text outside the markers is kept.
 */
export function replaceAgentsBlock(text: string, block: string | undefined): string {
  // Keep the file's own line endings: the person's bytes outside the block never change.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const start = lines.indexOf(AGENTS_MD_BEGIN);
  const end = start === -1 ? -1 : lines.indexOf(AGENTS_MD_END, start);
  const blockLines = block?.split('\n');
  if (start !== -1 && end !== -1) {
    const before = lines.slice(0, start);
    const after = lines.slice(end + 1);
    if (blockLines === undefined) {
      if (before.length > 1 && before[before.length - 1] === '') before.pop();
      const joined = [...before, ...after].join(eol);
      return joined.trim() === '' ? '' : joined;
    }
    const replaced = [...before, ...blockLines, ...after].join(eol);
    return replaced === text ? text : replaced;
  }
  if (blockLines === undefined) return text;
  if (text.trim() === '') return `${blockLines.join(eol)}${eol}`;
  const base = text.endsWith('\n') ? text : `${text}${eol}`;
  return `${base}${eol}${blockLines.join(eol)}${eol}`;
}
