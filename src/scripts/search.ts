/**
 * Small additions to Pagefind's Component UI: a search can be linked to (?q=words), results
 * can be ordered by date as well as by best match, and the box has focus on arrival (unless the
 * reader has already moved focus, for example to the skip link), so typing searches at once.
 */
interface Instance {
  searchTerm: string;
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager(): { getInstance(name?: string): Instance };
      configureInstance(name: string, options: { mergeIndex: { bundlePath: string }[] }): void;
    };
  }
}

/** The indexes after the first, which every search merges in (see splitSearch). */
function mergedBundles(): { bundlePath: string }[] {
  const list = document.getElementById('search-bundles')?.textContent;
  const bundles = list ? (JSON.parse(list) as { path: string }[]) : [];
  const base = document.querySelector('pagefind-config')?.getAttribute('base-url') ?? '/';
  return bundles.slice(1).map((b) => ({ bundlePath: `${base}${b.path}` }));
}

export async function enhanceSearch(): Promise<void> {
  await customElements.whenDefined('pagefind-input');
  const merged = mergedBundles();
  if (merged.length) window.PagefindComponents?.configureInstance('default', { mergeIndex: merged });
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

  const input = document.querySelector<HTMLInputElement>('pagefind-input input');
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (q) {
    if (input) input.value = q;
    instance.triggerSearch(q);
  }
  if (input && (document.activeElement === null || document.activeElement === document.body)) input.focus();
}
