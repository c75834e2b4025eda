import { z } from 'zod';
import { isMessageKey, translate, type Lang, type MessageKey, type MessageParams } from './i18n/index.ts';

/** What went wrong, in terms a transport can map to a status (HTTP 4xx/5xx, CLI exit code). */
export const ERROR_KINDS = ['validation', 'not_found', 'conflict', 'bad_request', 'internal'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One problem with one input field; `field` is a dotted path such as `patch.name`. */
export interface FieldIssue {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export const SerializedErrorSchema = z.object({
  kind: z.enum(ERROR_KINDS),
  key: z.string(),
  params: paramsSchema.optional(),
  issues: z.array(z.object({ field: z.string(), key: z.string(), params: paramsSchema.optional() })),
});
export type SerializedError = z.infer<typeof SerializedErrorSchema>;

/**
 * An error meant for the user: a message key (translated where it is shown), its parameters and,
 * for validation errors, the fields at fault. Never carries a stack trace across a transport.
 */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly issues: FieldIssue[];

  constructor(kind: ErrorKind, key: MessageKey, params: MessageParams = {}, issues: FieldIssue[] = []) {
    super(translate('en', key, params));
    this.name = 'AppError';
    this.kind = kind;
    this.key = key;
    this.params = params;
    this.issues = issues;
  }

  static validation(issues: FieldIssue[]): AppError {
    const first = issues[0];
    return new AppError('validation', first?.key ?? 'err.invalid', first?.params ?? {}, issues);
  }

  toJSON(): SerializedError {
    return { kind: this.kind, key: this.key, params: this.params, issues: this.issues };
  }
}

/**
 * A failure of the disk rather than of the program: full (SQLite's SQLITE_FULL, ENOSPC), not
 * writable (a read-only folder or medium), or a damaged file. The transaction that met it was rolled back, so the
 * user is told what to do and nothing already saved is affected. Recognised by the error's code.
 */
export function storageError(err: unknown): AppError | null {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('conflict', 'err.diskFull');
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM'
  )
    return new AppError('conflict', 'err.readOnly');
  // A damaged file (truncated, overwritten): reading stops there, and nothing is written to it.
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
    return new AppError('conflict', 'err.workspaceDamaged');
  return null;
}

/** Field issues from a failed zod parse; messages that are i18n keys are kept, others become err.invalid. */
export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = [...prefix, ...issue.path].map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        field: [field, ...issue.keys].filter(Boolean).join('.'),
        key: 'err.unknownField',
        params: { field: issue.keys.join(', ') },
      };
    }
    if (!isMessageKey(issue.message)) return { field, key: 'err.invalid' };
    // A refinement may give its message's parameters (an upload's limit in MB).
    const params = issue.code === 'custom' && issue.params ? paramsSchema.safeParse(issue.params) : null;
    return params?.success ? { field, key: issue.message, params: params.data } : { field, key: issue.message };
  });
}

/** A serialized error as one line of text in a language, with the fields at fault. */
export function describeError(error: SerializedError, lang: Lang): string {
  const main = isMessageKey(error.key) ? translate(lang, error.key, error.params) : error.key;
  if (error.issues.length <= 1) {
    const issue = error.issues[0];
    return issue && issue.field ? `${fieldLabel(issue.field, lang)}: ${main}` : main;
  }
  return error.issues
    .map((i) => `${fieldLabel(i.field, lang)}: ${isMessageKey(i.key) ? translate(lang, i.key, i.params) : i.key}`)
    .join('; ');
}

function fieldLabel(path: string, lang: Lang): string {
  // A plan's operation: "Thao tác 4, Tỷ lệ cắt giảm (%)" rather than "operations.3.percent"; the
  // one operation of a preview or an edit: "Đơn vị" rather than "operation.unit".
  const op = /^operations\.(\d+)(?:\.(.+))?$/.exec(path) ?? /^operation()(?:\.(.+))?$/.exec(path);
  if (op) {
    const which = op[1] ? translate(lang, 'opField.operation', { n: String(Number(op[1]) + 1) }) : '';
    const last = op[2]
      ?.split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop();
    const own = `opField.${last}`;
    const key = isMessageKey(own) ? own : `field.${last}`;
    const field = last && isMessageKey(key) ? translate(lang, key) : '';
    return [which, field].filter(Boolean).join(', ') || translate(lang, 'opField.unnamed');
  }
  const last = path.split('.').pop() ?? path;
  const key = `field.${last}`;
  return isMessageKey(key) ? translate(lang, key) : path;
}
