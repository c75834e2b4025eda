/**
 * How a command reaches the back end: a session over the workspace FILE (or over none, for the
 * channels that create one or need none) and the handler table, called through the same
 * `dispatch` as the UI. A failed call becomes the AppError it carried.
 */
import { openWorkspace } from '../../db/workspace.ts';
import { createHandlers } from '../handlers/index.ts';
import { Session } from '../session.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { AppError } from '../../shared/errors.ts';
import type { ArgsIn, Channel, HandlerTable, Result } from '../../shared/contract/index.ts';

export type Call = <C extends Channel>(channel: C, args: ArgsIn<C>) => Promise<Result<C>>;

/** Runs `fn` with calls over the workspace `file` (null: none open), closed afterwards whatever happens. */
export async function withHandlers<T>(
  file: string | null,
  fn: (call: Call) => Promise<T>,
  print: Parameters<typeof createHandlers>[1] = {},
): Promise<T> {
  const session = new Session(file === null ? null : openWorkspace(file));
  try {
    const handlers = createHandlers(session, print);
    return await fn((channel, args) => callHandler(handlers, channel, args));
  } finally {
    session.close();
  }
}

/** Calls a channel through the same dispatch as the UI; errors become AppErrors (internal ones logged on stderr). */
async function callHandler<C extends Channel>(handlers: HandlerTable, channel: C, args: ArgsIn<C>): Promise<Result<C>> {
  const envelope = await dispatch(handlers, channel, args, (err) =>
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`),
  );
  if (!envelope.ok)
    throw new AppError(
      envelope.error.kind,
      envelope.error.key as never,
      envelope.error.params,
      envelope.error.issues as never,
    );
  return envelope.result as Result<C>;
}
