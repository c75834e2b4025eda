/** What the merge wizard and the split form share: the dialog, a unit search, their messages and the save. */
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { call } from '../api.ts';
import { useChannel } from '../data/useChannel.ts';
import { useI18n } from '../i18n.tsx';
import type { FieldIssue } from '../../../shared/errors.ts';
import { errorText } from '../ui/errorText.ts';
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index.ts';
import { HEADCOUNT_FIELDS, type Unit } from '../../../shared/model/unit.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { inTurn, recordEdit } from './plan-versions.ts';
import { sendPlanCommand } from './plan-commands.ts';

/** Appends an operation to a stored plan through the one save path, which simulates the plan and refuses it if it cannot apply. */
export function appendOperation(name: string, op: Operation): Promise<void> {
  // Read and written in this tab's turn (plan-versions.ts): the other views follow the new version.
  return inTurn(async () => {
    const { version } = await call('scenario.open', { name });
    recordEdit(version, (await sendPlanCommand(name, version, { kind: 'add', operation: op })).version);
  });
}

/** A plan form's refusals (its own issues, each naming a field, and the back end's) and the call it is waiting for. */
export function usePlanForm() {
  const { t, lang } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const fail = (err: unknown) => setError(errorText(err, t, lang));
  return {
    error,
    issues,
    setIssues,
    busy,
    fail,
    reset: () => {
      setError(null);
      setIssues([]);
    },
    /** Whether a field has an issue, as aria-invalid wants it. */
    invalid: (field: string) => issues.some((i) => i.field === field) || undefined,
    /** Runs a call to the back end; a refusal is said in the form. */
    work: async (fn: () => Promise<void>) => {
      setBusy(true);
      try {
        await fn();
      } catch (err) {
        fail(err);
      } finally {
        setBusy(false);
      }
    },
  };
}

/** The units of a plan at the end of a year (what an operation added to that year applies to). */
export function usePlanUnits(
  name: string,
  year: number,
  onError: (err: unknown) => void,
): { year: number; units: Unit[] } | null {
  // A year being typed (not yet a plausible year) keeps the units of the last one.
  const plausible = Number.isInteger(year) && year >= 1990 && year <= 2100;
  const { data, error } = useChannel('scenario.state', { name, year }, { enabled: plausible, keepPrevious: true });
  useEffect(() => {
    if (error) onError(error);
  }, [error]); // eslint-disable-line react-hooks/exhaustive-deps -- onError is the caller's inline callback: listing it would say the error again on every render
  return data ?? null;
}

/** A modal form over the page (outside the list it was opened from): Esc or the cancel button closes it, Enter submits it. */
export function PlanDialog(props: {
  title: string;
  testId: string;
  onSubmit(): void;
  onCancel(): void;
  footer: ReactNode;
  children: ReactNode;
}) {
  // On the window: the focus may have left the form (a button that was clicked is disabled while it works).
  const { onCancel } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return createPortal(
    <div className="modal-backdrop" role="presentation">
      <form
        className="modal plan-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <header className="modal-header">
          <h2>{props.title}</h2>
        </header>
        <div className="modal-body">{props.children}</div>
        <footer className="modal-footer">{props.footer}</footer>
      </form>
    </div>,
    document.body,
  );
}

/** An issue as a line: the part and field it is about (when the message does not already say), then the message. */
export function issueText(
  issue: FieldIssue,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  const message = t(issue.key, issue.params);
  const path = issue.field.split('.');
  const last = path[path.length - 1]!;
  const part = path.length === 3 && /^\d+$/.test(path[1]!) ? Number(path[1]) + 1 : null;
  const fieldKey = `field.${last}`;
  if (!isMessageKey(fieldKey) || (path.length === 1 && (HEADCOUNT_FIELDS as readonly string[]).includes(last)))
    return message;
  const where = part === null ? t(fieldKey) : t('split.partField', { n: part, field: fieldKey });
  return t('err.field', { field: where, message });
}

/** The refusals of a form, announced to screen readers; nothing when there are none. */
export function IssueList({ issues, error }: { issues: readonly FieldIssue[]; error: string | null }) {
  const { t } = useI18n();
  if (issues.length === 0 && !error) return null;
  return (
    <div className="form-error plan-issues" role="alert">
      {error && <p>{error}</p>}
      {issues.length > 0 && (
        <ul>
          {issues.map((i) => (
            <li key={`${i.field}:${i.key}`}>{issueText(i, t)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
