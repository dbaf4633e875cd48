/**
 * The `k` smallest items under `compare`, sorted (all of them, sorted, when k is 0). One pass with a
 * small sorted buffer: at 100k events an agent holds tens of thousands of done items of which a
 * window shows ten, and nearly every item is rejected by one comparison with the current k-th.
 */
export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [...items].sort(compare);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]!) >= 0) continue;
    let at = kept.length === k ? k - 1 : kept.length;
    // Insertion from the end: k is small.
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
