/**
 * Which fields of a schema hold an entry id: where a number YAML read (a `1241` without quotes)
 * is taken as an id, or refused with the quoted id to type (domain/number-ids.ts).
 */
import type { z } from 'zod';
import { entryId } from './common.ts';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** True when the field at `path` (keys and list indexes, as in the data) of data parsed by `schema` is an entry id. */
export function isIdField(schema: z.ZodType, path: readonly (string | number)[]): boolean {
  if (schema === (entryId as unknown)) return path.length === 0;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return isIdField(def.innerType!, path);
    case 'pipe':
      // A preprocess (transform, then a schema) or a transform after a schema: follow the schema.
      return isIdField(defOf(def.in!).type === 'transform' ? def.out! : def.in!, path);
    case 'union':
      return def.options!.some((o) => isIdField(o, path));
    case 'object': {
      if (!path.length) return false;
      const field = def.shape![String(path[0])];
      return field ? isIdField(field, path.slice(1)) : false;
    }
    case 'array':
      return path.length > 0 && /^\d+$/.test(String(path[0])) && isIdField(def.element!, path.slice(1));
    case 'record':
      return path.length > 0 && isIdField(def.valueType!, path.slice(1));
    default:
      return false;
  }
}
