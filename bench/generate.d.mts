/** One generated event: its file name and text (same i and generator state ⇒ same bytes). */
export function eventBody(i: number, random: () => number): { name: string; text: string };
/** Write N events into dir/events (skipped when already generated). Returns the events dir. */
export function generateEvents(dir: string, count: number): string;
