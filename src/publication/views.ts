/** Read-only views over the public model: what each page selects, groups and orders, and the rows it shows; one module per part of the site under views/. */
export * from './views/common.ts';
export * from './views/meetings.ts';
export * from './views/call-in.ts';
export * from './views/transparency.ts';
export * from './views/budgets.ts';
export * from './views/forward-plan.ts';
export * from './views/bodies-and-people.ts';
export * from './views/site.ts';
export * from './views/papers.ts';
export * from './views/duties.ts';
export * from './views/officer-decisions.ts';
export * from './views/accessibility.ts';
