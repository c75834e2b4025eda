/** ui.*: where the user was in a workspace, restored after a restart or a crash. */
import { z } from 'zod';
import { noArgs } from './common.ts';
import { LANGS } from '../i18n/lang.ts';

/** The views of the workbench (tabs of the middle pane). */
export const VIEWS = ['grid', 'chart', 'finance', 'scenarios', 'people'] as const;
/** Where the user was in a workspace, and the interface language: restored after a restart or a crash. */
export const UiStateSchema = z
  .object({
    view: z.enum(VIEWS).optional(),
    scenario: z.string().max(200).nullable().optional(),
    unit: z.string().max(100).nullable().optional(),
    /** The interface language: one for the app (every workspace), kept by the back end so browser mode keeps it whatever its address. */
    lang: z.enum(LANGS).optional(),
  })
  .strict();
export type UiState = z.output<typeof UiStateSchema>;

export const uiChannels = {
  'ui.state.get': { args: noArgs, result: UiStateSchema },
  'ui.state.set': { args: UiStateSchema, result: UiStateSchema },
} as const;
