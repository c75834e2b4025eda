/**
 * The one typed contract between the UI and the back end: channel name → zod schemas of its
 * arguments and result. Electron IPC, HTTP (browser mode) and the CLI all serve the same handler
 * table that implements it; arguments are validated here, at the boundary, by every transport.
 */
import { z } from 'zod';
import { UnitPatchSchema, UnitSchema, codeSchema } from './model/unit.ts';
import { WorkspaceInfoSchema } from './model/workspace.ts';
import { SerializedErrorSchema } from './errors.ts';

const noArgs = z.object({}).strict();

export const contract = {
  'workspace.info': { args: noArgs, result: WorkspaceInfoSchema },
  'units.list': { args: noArgs, result: z.object({ units: z.array(UnitSchema) }) },
  'units.update': {
    args: z.object({ code: codeSchema, changes: UnitPatchSchema }).strict(),
    result: z.object({ unit: UnitSchema }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller may send (numbers may still be Vietnamese-formatted strings). */
export type ArgsIn<C extends Channel> = z.input<Contract[C]['args']>;
/** What a handler receives after validation. */
export type ArgsOut<C extends Channel> = z.output<Contract[C]['args']>;
export type Result<C extends Channel> = z.output<Contract[C]['result']>;

export type Handler<C extends Channel> = (args: ArgsOut<C>) => Result<C> | Promise<Result<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

/** The envelope every transport returns: a result or a serialized user-facing error. */
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: SerializedErrorSchema }),
]);
export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: z.infer<typeof SerializedErrorSchema> };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
