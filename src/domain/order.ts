/** The one order for records that have no date to sort by: their ids, compared as text. */
export function byId<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.id.localeCompare(b.id));
}
