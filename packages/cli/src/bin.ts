import { tuneHeapForFolding } from '@ledger-synth/node';
import { main } from './main.js';
import { processWorld } from './world.js';

// A reader that went away (`cc-synthesize --dry-run | head -1`) is not an error: stop writing to
// it, quietly, and let the run finish with its own exit code. Anything else still surfaces.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}

tuneHeapForFolding();
process.exitCode = await main(process.argv.slice(2), processWorld());
