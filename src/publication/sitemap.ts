/** The sitemap: every page the model publishes, as absolute addresses, and nothing else. */
import type { PublicModel } from './model.ts';
import { absoluteUrl } from './urls.ts';
import { escapeXml } from './xml.ts';
import { fundYearPages } from './views/budgets.ts';
import { transparencyByYear } from './views/transparency.ts';

export function sitemapPaths(m: PublicModel): string[] {
  const b = m.site.base;
  const registers = [
    m.urls.home,
    m.urls.decisions,
    m.urls.meetings,
    m.urls.forwardPlan,
    m.urls.budgets,
    m.urls.bodies,
    m.urls.people,
    `${b}call-in/`,
    m.urls.transparency,
    m.urls.officerDecisions,
    m.urls.registers,
    `${b}data/`,
    `${b}calendar/`,
    `${b}search/`,
    m.urls.accessibility,
  ];
  return [
    ...registers,
    ...m.decisions.map((d) => d.href),
    ...m.meetings.map((x) => x.href),
    ...m.forwardPlan.map((f) => f.href),
    ...m.funds.flatMap((f) => [f.href, ...fundYearPages(f).map((y) => y.href)]),
    ...m.bodies.map((x) => x.href),
    ...m.people.map((p) => p.href),
    ...m.pages.map((p) => p.href),
    ...m.papers.map((p) => p.href),
    ...transparencyByYear(m).map((y) => m.urls.transparencyYear(y.year)),
  ];
}

const escape = escapeXml;

export function sitemapXml(m: PublicModel): string {
  const urls = [...new Set(sitemapPaths(m))].map((p) => `<url><loc>${escape(absoluteUrl(m.site.url, p))}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
