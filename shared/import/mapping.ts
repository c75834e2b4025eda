import { z } from 'zod';
import { LEVELS, SECTORS, UNIT_KINDS } from '../model/unit.ts';
import { IMPORT_FIELDS } from './vocab.ts';
import { DECIMAL_MARKS } from './numbers.ts';

/**
 * How a sheet is read: which row holds the header (one row, or two with merged cells above), which
 * column holds which field, and the kind/level/sector to use where the file says nothing.
 */
export const ImportMappingSchema = z
  .object({
    sheet: z.string().max(200),
    /** 1-based row number of the (first) header row. */
    headerRow: z.number().int().min(1).max(1000),
    headerRows: z.union([z.literal(1), z.literal(2)]),
    /** 0-based column index per field; a field left out is not in the file. */
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(1000)),
    defaults: z.object({ kind: z.enum(UNIT_KINDS), level: z.enum(LEVELS), sector: z.enum(SECTORS) }).strict(),
    /** The decimal mark chosen for a count column whose values all read two ways ("1.000"): asked, never guessed. */
    decimals: z.partialRecord(z.enum(IMPORT_FIELDS), z.enum(DECIMAL_MARKS)).optional(),
  })
  .strict();
export type ImportMapping = z.output<typeof ImportMappingSchema>;

export const DEFAULT_VALUES: ImportMapping['defaults'] = { kind: 'other', level: 'province', sector: 'other' };
