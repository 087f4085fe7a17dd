/** Small pieces of house-style English shared by the domain and the pages. */

const AND = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "a", "a and b", "a, b and c": British English, so no comma before the "and". */
export const andList = (items: readonly (string | number)[]): string => AND.format(items.map(String));

const OR = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** "a", "a or b", "a, b or c". */
export const orList = (items: readonly (string | number)[]): string => OR.format(items.map(String));
