/**
 * The one typed contract between the UI and the back end: channel name → zod schemas of its
 * arguments and result. Electron IPC, HTTP (browser mode) and the CLI all serve the same handler
 * table that implements it; arguments are validated at the boundary by every transport (see
 * shared/dispatch.ts), results by the handler tests (tests/handler-harness.ts).
 *
 * Each channel prefix has its file here: `scenario.*` is in ./scenario.ts, and its handlers in
 * electron/handlers/scenario.ts.
 */
import { z } from 'zod';
import { SerializedErrorSchema } from '../errors.ts';
import { backupsChannels } from './backups.ts';
import { baselinesChannels } from './baselines.ts';
import { exportChannels } from './export.ts';
import { financeChannels } from './finance.ts';
import { findingsChannels } from './findings.ts';
import { historyChannels } from './history.ts';
import { importChannels } from './import.ts';
import { peopleChannels } from './people.ts';
import { positionsChannels } from './positions.ts';
import { printChannels } from './print.ts';
import { provinceChannels } from './province.ts';
import { rulesChannels } from './rules.ts';
import { scenarioChannels } from './scenario.ts';
import { targetSetsChannels } from './targetSets.ts';
import { uiChannels } from './ui.ts';
import { unitsChannels } from './units.ts';
import { workspaceChannels } from './workspace.ts';

export type { FinanceSummary } from './finance.ts';
export type { ImportInspection, ImportPreview } from './import.ts';
export type { ProposalView } from './print.ts';
export type { RulesView } from './rules.ts';
export type { AnnexPreview } from './scenario.ts';
export type { HistoryStep, HistoryView, TreeAfterEdit } from './tree-edit.ts';
export { UiStateSchema, VIEWS, type UiState } from './ui.ts';

export const contract = {
  ...workspaceChannels,
  ...uiChannels,
  ...unitsChannels,
  ...historyChannels,
  ...importChannels,
  ...exportChannels,
  ...findingsChannels,
  ...rulesChannels,
  ...financeChannels,
  ...scenarioChannels,
  ...targetSetsChannels,
  ...baselinesChannels,
  ...provinceChannels,
  ...printChannels,
  ...peopleChannels,
  ...positionsChannels,
  ...backupsChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
/** The prefix of a channel: the contract file that declares it and the handler file that serves it. */
export const channelPrefix = (channel: string) => channel.slice(0, channel.indexOf('.'));

/** What a caller may send (numbers may still be Vietnamese-formatted strings). */
export type ArgsIn<C extends Channel> = z.input<Contract[C]['args']>;
/** What a handler receives after validation. */
export type ArgsOut<C extends Channel> = z.output<Contract[C]['args']>;
export type Result<C extends Channel> = z.output<Contract[C]['result']>;

export type Handler<C extends Channel> = (args: ArgsOut<C>) => Result<C> | Promise<Result<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };
/** The handlers of exactly one prefix's channels: what electron/handlers/<prefix>.ts returns. */
export type HandlersOf<P extends string> = { [C in Channel as C extends `${P}.${string}` ? C : never]: Handler<C> };

/** The envelope every transport returns: a result or a serialized user-facing error. */
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: SerializedErrorSchema }),
]);
export type Envelope<T = unknown> =
  { ok: true; result: T } | { ok: false; error: z.infer<typeof SerializedErrorSchema> };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
