// Run a script in this process and report its peak RSS on exit: `node measure.mjs OUT script args…`.
// The wrapper costs nothing measurable, and works on machines without /usr/bin/time.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [, , outFile, script, ...args] = process.argv;
process.on('exit', () => writeFileSync(outFile, String(process.resourceUsage().maxRSS)));
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
