/**
 * The entry of a lookup table for a word read from a document. Plain objects inherit `constructor`,
 * `toString`, `__proto__`…, so `table[word]` would hand back Object's own members for such words;
 * only the table's own entries count.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
