/** The query cache for the whole app, and the changes announced by the back end or by a view, which make its answers stale. */
import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { CHANGE_EVENT, type ChangeTopic } from '../app/change-event.ts';
import { listenForChanges } from '../app/changes.ts';
import { invalidateTopics, queryClient } from './query-client.ts';

export function DataProvider({ children }: { children: ReactNode }) {
  useEffect(() => {
    listenForChanges();
    const on = (e: Event) => invalidateTopics((e as CustomEvent<ChangeTopic[]>).detail);
    window.addEventListener(CHANGE_EVENT, on);
    return () => window.removeEventListener(CHANGE_EVENT, on);
  }, []);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
