/** import.*: reading a units workbook, previewing what it would change and applying it. */
import { z } from 'zod';
import { ImportMappingSchema } from '../import/mapping.ts';
import { COMPARED_FIELDS, type UnitsDiff } from '../import/diff.ts';
import type { ReadResult, RowIssue, SkippedRow } from '../import/read-units.ts';
import { UnitSchema } from '../model/unit.ts';
import { messageKeySchema, messageParamsSchema, upload } from './common.ts';

export interface ImportInspection {
  sheets: Array<{ name: string; rowCount: number }>;
  /** The first rows of the chosen sheet, for the mapping step. */
  preview: Array<Array<string | number | null>>;
  mapping: z.output<typeof ImportMappingSchema>;
  /** Column labels under the mapping's header row(s). */
  labels: string[];
  remembered: boolean;
  /** Columns whose numbers, read as counts, all read two ways ("1.000"): their decimal mark is asked. */
  ambiguous: Array<{ index: number; row: number; value: string }>;
}

export interface ImportPreview extends ReadResult {
  diff: UnitsDiff;
  workspaceUnitCount: number;
}

const cell = z.union([z.string(), z.number(), z.null()]);
const ImportInspectionSchema: z.ZodType<ImportInspection> = z.object({
  sheets: z.array(z.object({ name: z.string(), rowCount: z.number() })),
  preview: z.array(z.array(cell)),
  mapping: ImportMappingSchema,
  labels: z.array(z.string()),
  remembered: z.boolean(),
  ambiguous: z.array(z.object({ index: z.number(), row: z.number(), value: z.string() })),
});
const skippedRow: z.ZodType<SkippedRow> = z.object({
  row: z.number(),
  reason: z.enum(['subtotal', 'column-numbers']),
  text: z.string(),
});
const rowIssue: z.ZodType<RowIssue> = z.object({
  row: z.number(),
  column: z.string(),
  value: z.string(),
  key: messageKeySchema,
  params: messageParamsSchema.optional(),
});
const fieldValue = z.union([z.string(), z.number(), z.null()]);
const ImportPreviewSchema: z.ZodType<ImportPreview> = z.object({
  units: z.array(UnitSchema),
  rows: z.array(z.number()),
  issues: z.array(rowIssue),
  skipped: z.array(skippedRow),
  fields: z.array(z.enum(COMPARED_FIELDS)),
  diff: z.object({
    added: z.array(UnitSchema),
    changed: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        fieldChanges: z.array(z.object({ field: z.enum(COMPARED_FIELDS), from: fieldValue, to: fieldValue })),
      }),
    ),
    missing: z.array(UnitSchema),
    unchanged: z.number(),
  }),
  workspaceUnitCount: z.number(),
});

const importArgs = z
  .object({ ...upload, mapping: ImportMappingSchema, mode: z.enum(['replace', 'update']).nullable() })
  .strict();

export const importChannels = {
  'import.inspect': {
    args: z.object({ ...upload, sheet: z.string().max(200).optional() }).strict(),
    result: ImportInspectionSchema,
  },
  'import.preview': { args: importArgs, result: ImportPreviewSchema },
  'import.apply': {
    args: importArgs,
    result: z.object({
      added: z.number(),
      changed: z.number(),
      removed: z.number(),
      droppedFigures: z.number(),
      backupFile: z.string(),
      units: z.array(UnitSchema),
      skipped: z.array(skippedRow),
    }),
  },
} as const;
