/**
 * Small additions to Pagefind's Component UI: a search can be linked to (?q=words), and
 * results can be ordered by date as well as by best match.
 */
interface Instance {
  searchTerm: string;
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): Instance } };
  }
}

export async function enhanceSearch(): Promise<void> {
  await customElements.whenDefined('pagefind-input');
  const instance = window.PagefindComponents?.getInstanceManager().getInstance();
  if (!instance) return;

  const controls = document.querySelector<HTMLElement>('[data-search-controls]');
  const sort = document.querySelector<HTMLSelectElement>('[data-search-sort]');
  if (controls && sort) {
    controls.hidden = false;
    sort.addEventListener('change', () => {
      instance.searchSort = sort.value ? { date: sort.value as 'asc' | 'desc' } : {};
      if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
    });
  }

  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (q) {
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = q;
    instance.triggerSearch(q);
  }
}
