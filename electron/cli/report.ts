import { AppError, describeError } from '../../shared/errors.ts';
import { isMessageKey, translate } from '../../shared/i18n/index.ts';
import { printable } from '../../shared/model/text.ts';

/** Exit code of a user mistake (bad arguments, invalid data) as opposed to an internal failure. */
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export class UsageError extends Error {}

/** One line on stderr, in Vietnamese, never a stack trace for a user mistake; returns the exit code. */
export function reportError(err: unknown): number {
  if (err instanceof AppError) {
    process.stderr.write(`Lỗi: ${describeError(err.toJSON(), 'vi')}\n`);
    return err.kind === 'internal' ? EXIT_INTERNAL : EXIT_USER_ERROR;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`Lỗi: ${err.message}\nXem "tinhgon help".\n`);
    return EXIT_USAGE;
  }
  const detail =
    process.env.TINHGON_DEBUG && err instanceof Error ? err.stack : err instanceof Error ? err.message : String(err);
  process.stderr.write(`Lỗi: ${detail}\n`);
  return EXIT_INTERNAL;
}

/**
 * A refused import file (err.importInvalid): every bad row on stderr as "row N, column "…" (value): reason",
 * then the total; returns the exit code. Anything else is thrown on.
 */
export function reportImportInvalid(err: unknown): number {
  if (!(err instanceof AppError) || err.key !== 'err.importInvalid') throw err;
  for (const issue of err.issues) {
    const p = issue.params ?? {};
    process.stderr.write(
      `${printable(`row ${p.row}, column "${p.column}"${p.value ? ` (${p.value})` : ''}: ${isMessageKey(issue.key) ? translate('vi', issue.key, p) : issue.key}`, true)}\n`,
    );
  }
  process.stderr.write(`Lỗi: ${translate('vi', err.key, err.params)}\n`);
  return EXIT_USER_ERROR;
}

/** For entry points: report and exit. */
export function reportFatal(err: unknown): never {
  process.exit(reportError(err));
}
