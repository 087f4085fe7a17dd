/** The anchor of an agenda item on its meeting's page: item-3. */
export function itemAnchor(item: string | number): string {
  return `item-${item}`;
}

/** Every internal address, built from the site's base path (which ends in '/'). */
export function urls(base: string) {
  const b = base.endsWith('/') ? base : `${base}/`;
  return {
    home: b,
    decisions: `${b}decisions/`,
    decision: (id: string) => `${b}decisions/${id}/`,
    meetings: `${b}meetings/`,
    meeting: (id: string) => `${b}meetings/${id}/`,
    /** An agenda item on its meeting's page. */
    meetingItem: (id: string, item: string | number) => `${b}meetings/${id}/#${itemAnchor(item)}`,
    forwardPlan: `${b}forward-plan/`,
    forwardPlanEntry: (id: string) => `${b}forward-plan/${id}/`,
    bodies: `${b}bodies/`,
    body: (id: string) => `${b}bodies/${id}/`,
    people: `${b}people/`,
    person: (id: string) => `${b}people/${id}/`,
    budgets: `${b}budgets/`,
    fund: (id: string) => `${b}budgets/${id}/`,
    /** A fund year's own page; the year the fund's page shows has none (see PublicFund.shownYear). */
    fundYear: (id: string, year: string) => `${b}budgets/${id}/${year}/`,
    fundYearCsv: (id: string, year: string) => `${b}budgets/${id}/${year}.csv`,
    page: (slug: string) => `${b}${slug}/`,
    /** A file under documents/ in the content root keeps its path. */
    document: (file: string) => `${b}${file.split('/').map(encodeURIComponent).join('/')}`,
    /**
     * A paper's own page: its path under papers/, the dot before its extension a hyphen
     * (documents/2026-11-12/report.pdf gives papers/2026-11-12/report-pdf/).
     */
    paper: (file: string) => `${b}papers/${paperPath(file).split('/').map(encodeURIComponent).join('/')}/`,
    /** Decisions taken by officers under delegated powers. */
    officerDecisions: `${b}officer-decisions/`,
    /** The registers of members and of delegated powers (s.100G). */
    registers: `${b}registers/`,
    transparency: `${b}transparency/`,
    accessibility: `${b}accessibility/`,
    /** A year's notice and record figures, with the decisions and meetings they count. */
    transparencyYear: (year: string) => `${b}transparency/${year}/`,
    data: (name: string) => `${b}data/${name}`,
    asset: (path: string) => `${b}${path.replace(/^\//, '')}`,
  };
}

export type Urls = ReturnType<typeof urls>;

/** A paper's page path under papers/: documents/2026-11-12/report.pdf gives 2026-11-12/report-pdf. */
export const paperPath = (file: string) => file.replace(/^documents\//, '').replace(/\.([^./]+)$/, '-$1');

/** The base path of a canonical site address: https://example.org/jcb/ gives /jcb/. */
export function basePath(siteUrl: string): string {
  const path = new URL(siteUrl).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** The absolute address of a path on the site, e.g. for feeds, calendars and open data. */
export function absoluteUrl(siteUrl: string, href: string): string {
  return new URL(href, siteUrl).href;
}
