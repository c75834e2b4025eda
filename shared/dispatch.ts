import { AppError, issuesFromZod, storageError } from './errors.ts';
import { contract, isChannel, type Envelope, type HandlerTable } from './contract/index.ts';
import { controlCharsAt } from './model/text.ts';

/**
 * Validates a call against the contract and runs its handler. Every transport calls this and
 * nothing else: no transport parses arguments or catches errors its own way.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: string,
  rawArgs: unknown,
  onInternalError: (err: unknown) => void = () => {},
): Promise<Envelope> {
  try {
    if (!isChannel(channel))
      throw new AppError('bad_request', 'err.unknownChannel', { channel: String(channel).slice(0, 80) });
    const parsed = contract[channel].args.safeParse(rawArgs ?? {});
    if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
    // No text stored or shown may carry control characters, terminal escapes or bidi overrides.
    const unsafe = controlCharsAt(parsed.data);
    if (unsafe !== null) throw AppError.validation([{ field: unsafe, key: 'err.controlChars' }]);
    const handler = handlers[channel] as (args: unknown) => unknown;
    const result = await handler(parsed.data);
    return { ok: true, result };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toJSON() };
    const storage = storageError(err);
    if (storage) return { ok: false, error: storage.toJSON() };
    // The details (paths, SQL) stay in the back end's log; the caller learns only that it failed.
    onInternalError(err);
    return { ok: false, error: new AppError('internal', 'err.internal').toJSON() };
  }
}
