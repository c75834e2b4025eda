/**
 * Whether the back end can be reached. A call that failed on the way (TransportError) marks the
 * connection lost: a banner says so (ConnectionBanner), the query cache pauses (TanStack's
 * onlineManager) and the back end is asked again and again, a little less often each time, until
 * it answers; then everything shown is read again (others may have changed it meanwhile) and the
 * waiting edits (whenConnected) go on.
 */
import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { announce, type ChangeTopic } from '../app/change-event.ts';
import { isTransportError } from './transport.ts';

let lost = false;
let probing = false;
const listeners = new Set<() => void>();
let waiting: Array<() => void> = [];

const emit = () => listeners.forEach((l) => l());

/** Every topic: after a lost connection nothing shown is known to be current. */
const EVERYTHING: ChangeTopic[] = ['units', 'plans', 'figures', 'people', 'history', 'rules'];

/** A call failed on the way: the connection is lost until `probe` (a cheap call) answers. */
export function connectionLost(probe: () => Promise<unknown>): void {
  if (!lost) {
    lost = true;
    onlineManager.setOnline(false);
    emit();
  }
  if (probing) return;
  probing = true;
  const attempt = (n: number) =>
    setTimeout(
      () => {
        probe().then(
          () => {
            probing = false;
            connectionBack();
          },
          (err: unknown) => {
            // An answer, even a refusal, means the back end is there again.
            if (isTransportError(err)) attempt(n + 1);
            else {
              probing = false;
              connectionBack();
            }
          },
        );
      },
      Math.min(300 * 2 ** n, 2000),
    );
  attempt(0);
}

/** A call came back: the connection is there; if it was lost, what is shown is read again. */
export function connectionBack(): void {
  if (!lost) return;
  lost = false;
  onlineManager.setOnline(true);
  emit();
  announce(EVERYTHING);
  const go = waiting;
  waiting = [];
  go.forEach((resolve) => resolve());
}

export const isConnectionLost = (): boolean => lost;

/** Resolves at once when connected, else when the connection comes back. */
export function whenConnected(): Promise<void> {
  return lost ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the back end cannot be reached (re-renders when that changes). */
export function useConnectionLost(): boolean {
  return useSyncExternalStore(subscribe, isConnectionLost);
}
