/** One generated event: its file name and text (same i and generator state ⇒ same bytes). */
export function eventBody(i: number, random: () => number): { name: string; text: string };
/** An event shaped like hand-written session notes (issue refs after ` #`, quotes, repeated keys, multi-line values). */
export function realisticEventBody(i: number, random: () => number, count: number): { name: string; text: string };
/** The bench corpora by name. */
export const CORPORA: {
  readonly seed: (i: number, random: () => number) => { name: string; text: string };
  readonly realistic: (i: number, random: () => number, count: number) => { name: string; text: string };
};
/** Write N events into dir/events (skipped when already generated). Returns the events dir. */
export function generateEvents(dir: string, count: number, corpus?: 'seed' | 'realistic'): string;
