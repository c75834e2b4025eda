/** workspace.*: the open workspace file, opening, creating, saving as, restoring and backing up. */
import { z } from 'zod';
import { WorkspaceInfoSchema } from '../model/workspace.ts';
import { SAMPLE_IDS } from '../sample/sample-ids.ts';
import { filePath, noArgs, replace } from './common.ts';

export const workspaceChannels = {
  'workspace.info': { args: noArgs, result: WorkspaceInfoSchema },
  /** `handle`: desktop app only, what to open the file by (the renderer never sends a path there). */
  'workspace.recent': {
    args: noArgs,
    result: z.object({
      files: z.array(z.object({ file: z.string(), exists: z.boolean(), handle: z.string().optional() })),
    }),
  },
  'workspace.open': { args: z.object({ file: filePath }).strict(), result: WorkspaceInfoSchema },
  'workspace.create': {
    args: z
      .object({
        file: filePath,
        /** true: the Hậu Giang 2023 sample; or a sample's id. */
        sample: z.union([z.boolean(), z.enum(SAMPLE_IDS)], { error: 'err.sampleId' }).optional(),
        provinceName: z.string().max(120).optional(),
        baseYear: z.number({ error: 'err.baseYear' }).int({ error: 'err.baseYear' }).optional(),
        provinceClass: z.string().optional(),
      })
      .strict(),
    result: WorkspaceInfoSchema,
  },
  /** A deterministic illustrative workspace of `units` units and `people` people (training, benchmarks). */
  'workspace.generate': {
    args: z
      .object({
        file: filePath,
        units: z.number().int().min(1).max(2_000_000),
        people: z.number().int().min(0).max(5_000_000).optional(),
        seed: z.number().int().optional(),
      })
      .strict(),
    result: WorkspaceInfoSchema,
  },
  'workspace.saveAs': { args: z.object({ file: filePath, replace }).strict(), result: WorkspaceInfoSchema },
  'workspace.restore': {
    args: z.object({ backupFile: filePath, file: filePath }).strict(),
    result: WorkspaceInfoSchema,
  },
  'workspace.backup': {
    args: z.object({ file: filePath.optional(), withoutPeople: z.boolean().optional(), replace }).strict(),
    result: z.object({ file: z.string() }),
  },
} as const;
