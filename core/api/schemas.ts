// Argument pieces more than one domain of the contract uses.
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../limits';

export const id = z.number().int().positive();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const shortText = (max: number) => z.string().max(max);
/** 24 MiB of file, as base64, under the HTTP host's 32 MiB request limit. */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
