/**
 * The `k` smallest items under `compare`, sorted (all of them, sorted, when k is 0). One pass with a
 * small sorted buffer and binary insertion: at 100k events an agent holds tens of thousands of done
 * items of which a window shows ten, and items arrive in any order (oldest first in a fold of
 * time-named files, where every item beats the buffer), so each costs O(log k) comparisons.
 */
export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [...items].sort(compare);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]!) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(item, kept[mid]!) < 0) high = mid;
      else low = mid + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
