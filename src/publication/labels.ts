/** Words and tag colours for the model's values: one place, so every page says the same; one module per part of the site under labels/. */
export * from './labels/general.ts';
export * from './labels/forward-plan.ts';
export * from './labels/bodies-and-people.ts';
export * from './labels/duties.ts';
export * from './labels/sections.ts';
