/**
 * Finding one item of a model list by a field, through an index built once per list and field.
 * Pages look entries up by id thousands of times a build; a scan of the whole list each time
 * made the build grow with the square of the archive.
 */
const indexes = new WeakMap<readonly object[], Map<PropertyKey, Map<unknown, unknown>>>();

/** The first item of `list` whose `key` is `value`. The list must not change after the first lookup. */
export function findBy<T extends object, K extends keyof T>(list: readonly T[], key: K, value: T[K]): T | undefined {
  let byKey = indexes.get(list);
  if (!byKey) indexes.set(list, (byKey = new Map<PropertyKey, Map<unknown, unknown>>()));
  let index = byKey.get(key) as Map<T[K], T> | undefined;
  if (!index) {
    index = new Map();
    for (const item of list) if (!index.has(item[key])) index.set(item[key], item);
    byKey.set(key, index);
  }
  return index.get(value);
}
