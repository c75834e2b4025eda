/**
 * Browser mode: what other people (or tabs) change in the workspace this tab edits arrives as
 * server-sent events on /events; each view reloads what it shows instead of keeping stale rows.
 */
import { useEffect, useRef } from 'react';
import { clientId, sharedServer } from '../api.ts';
import { announce, CHANGE_EVENT, type ChangeTopic } from './change-event.ts';

export type { ChangeTopic };

let started = false;

/** Starts listening for others' changes (once per page). */
export function listenForChanges(): void {
  if (started || !sharedServer || typeof EventSource === 'undefined') return;
  started = true;
  // Reconnects by itself after a network hiccup; the cookie authenticates it.
  const source = new EventSource(`./events?client=${encodeURIComponent(clientId())}`);
  source.addEventListener('changed', (e) => {
    try {
      const { topics } = JSON.parse((e as MessageEvent<string>).data) as { topics: ChangeTopic[] };
      announce(topics);
    } catch {
      // not one of ours: ignored
    }
  });
}

/** Calls `reload` when someone else (or another view of this tab) changes `topic` in this tab's workspace. */
export function useChanges(topic: ChangeTopic, reload: () => void): void {
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    listenForChanges();
    const on = (e: Event) => {
      if ((e as CustomEvent<ChangeTopic[]>).detail.includes(topic)) latest.current();
    };
    window.addEventListener(CHANGE_EVENT, on);
    return () => window.removeEventListener(CHANGE_EVENT, on);
  }, [topic]);
}
