/** The values open data records are written in: ids, dates, local times and addresses. */
import { z } from 'zod';

export const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
export const date = z.iso.date();
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
export const url = z.url();
