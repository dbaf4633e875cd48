// A stress-test writer process: publishes N events through the real `writeEventFile` (exclusive,
// atomic, collision-free) as fast as it can, and prints each file name it published.
// Usage (after bundling): node writer.mjs <eventsDir> <agent> <count>
import { formatInstant } from '@ledger-synth/core';
import { writeEventFile } from '@ledger-synth/node';

const [eventsDir, agent, countText] = process.argv.slice(2);
if (!eventsDir || !agent || !countText) throw new Error('usage: writer.mjs <eventsDir> <agent> <count>');
const names: string[] = [];
for (let i = 0; i < Number(countText); i++) {
  const nowMs = Date.now();
  const written = writeEventFile(
    eventsDir,
    { ts: formatInstant(nowMs), agent, branch: `stress/${agent}`, type: 'checkpoint' },
    {
      now: `${agent} is at step ${i}`,
      this_session: [`${agent} finished step ${i}`],
      decisions: new Map([[`owner-of-${agent}`, `step ${i}`]]),
      checkpoints: [{ phase: String(i % 5), status: i % 2 ? 'in_progress' : 'validated', updated: formatInstant(nowMs) }],
    },
    nowMs,
  );
  names.push(written.fileName);
}
process.stdout.write(`${names.join('\n')}\n`);
