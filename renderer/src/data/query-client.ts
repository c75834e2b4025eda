/**
 * The renderer's server state: one TanStack Query cache, keyed [channel, args] (useChannel.ts).
 * Answers stay fresh until an edit makes them stale (invalidation.ts): this tab's own calls
 * (api.ts), others' changes over /events and this tab's views announcing a change (app/changes.ts).
 * A failed read is retried when the connection was lost (transport.ts), never when the back end
 * refused it.
 */
import { QueryClient } from '@tanstack/react-query';
import type { ChangeTopic } from '../app/change-event.ts';
import { isStale } from './invalidation.ts';
import { isTransportError } from './transport.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Stale only when an edit says so: the workspace changes through the app, and others' changes arrive as events.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      retry: (failures, err) => isTransportError(err) && failures < 3,
      retryDelay: (failures) => Math.min(500 * 2 ** failures, 3000),
    },
    // A failed edit is not sent again by itself (it may have been done before the answer was lost):
    // the form keeps what was typed and says the connection was lost; the user sends it again.
    mutations: { retry: false },
  },
});

/** Marks stale (and reads again, if shown) every answer that `topics` changed. */
export function invalidateTopics(topics: readonly ChangeTopic[]): void {
  if (topics.length === 0) return;
  void queryClient.invalidateQueries({ predicate: (q) => isStale(topics, q.queryKey) });
}
