import { setFlagsFromString } from 'node:v8';

/*
 * One V8 setting for processes that fold events (the CLI and the hooks; worker threads share the
 * process's flags). Called first by each entry point, before any file is read.
 *
 * Why: V8 "pretenures" an allocation site (allocates its objects straight in the old generation)
 * when, at one full collection, nearly every object it made was still alive. A fold makes the
 * same kinds of small objects for the state it keeps and for values it drops a moment later (a
 * register that loses its join, a parsed event). When an early collection happens to catch a
 * site in a phase where all its objects live, the dropped ones from then on are born old: each one
 * keeps its young strings alive through every minor collection, so half of what a read allocates
 * is promoted and waits for a full collection. Measured on a cold 100k-event realistic read on one
 * thread: 1 run in 4 to 6 hit it and peaked at 358–374 MiB in 8.2–9.1 s, against 216–224 MiB in
 * 5.8–6.3 s otherwise; with pretenuring off, 8 runs of 8 peaked at 216–224 MiB, in the same time
 * as the good runs. The setting is read at every collection (it changes a heuristic, not the heap's
 * layout), so setting it after start-up takes effect: no site is pretenured afterwards.
 */
export function tuneHeapForFolding(): void {
  // V8 does not throw for a flag it does not know: it prints "Error: unrecognized flag" to stderr,
  // on every run. So only V8 11–13 (Node 20, 22, 24) get it: measured on Node 20; the flag is in
  // V8's flag definitions from 2015 to its recent releases. A later V8 runs as before, until checked.
  const major = Number(process.versions.v8?.split('.')[0]);
  if (!(major >= 11 && major <= 13)) return;
  try {
    setFlagsFromString('--no-allocation-site-pretenuring');
  } catch {
    // A runtime without V8 flags runs as before.
  }
}
