/** A box's last answer under its buttons: an error (announced as an alert) or what was done (a status). */
export interface Message {
  text: string;
  error: boolean;
}

export function BoxMessage({ message, testId }: { message: Message | null; testId: string }) {
  if (!message) return null;
  return (
    <div
      className={message.error ? 'field-error' : 'muted'}
      role={message.error ? 'alert' : 'status'}
      data-testid={testId}
    >
      {message.text}
    </div>
  );
}
