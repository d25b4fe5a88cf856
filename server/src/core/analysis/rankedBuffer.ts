/**
 * Keeps `best` the `limit` items ranked first (by `before`) of those offered so far, in rank order:
 * a small sorted buffer, so ranking tens of thousands of ports or peers never sorts them all.
 */
export function keepRanked<T>(best: T[], item: T, limit: number, before: (a: T, b: T) => boolean): void {
  if (best.length === limit && !before(item, best[limit - 1])) {
    return;
  }
  let index = best.length;
  while (index > 0 && before(item, best[index - 1])) {
    index--;
  }
  best.splice(index, 0, item);
  if (best.length > limit) {
    best.pop();
  }
}
