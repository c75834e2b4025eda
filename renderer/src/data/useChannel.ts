/**
 * A channel's answer as server state: cached under [channel, args], read again when an edit makes
 * it stale (invalidation.ts), the latest answer for the latest arguments only (TanStack Query
 * orders the answers of a key; an answer for arguments no longer asked for is never shown).
 */
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ArgsIn, Channel, Result } from '../../../shared/contract/index.ts';
import { call } from '../api.ts';
import { queryClient } from './query-client.ts';

export const channelKey = <C extends Channel>(channel: C, args: ArgsIn<C>) => [channel, args] as const;

export interface ChannelOptions {
  /** False: not asked (yet): the arguments are not known. */
  enabled?: boolean;
  /** Keep showing the previous arguments' answer while the new one comes (a table that follows a choice). */
  keepPrevious?: boolean;
  /** Read again each time it is shown: what no edit of the app announces (files on disk). */
  fresh?: boolean;
}

export function useChannel<C extends Channel>(
  channel: C,
  args: ArgsIn<C>,
  options: ChannelOptions = {},
): UseQueryResult<Result<C>> {
  return useQuery({
    queryKey: channelKey(channel, args),
    queryFn: () => call(channel, args),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    ...(options.fresh ? { staleTime: 0 } : {}),
  });
}

/** Puts an answer an edit came back with in the cache (the view shows it at once; an invalidated read confirms it). */
export function setChannelData<C extends Channel>(channel: C, args: ArgsIn<C>, value: Result<C>): void {
  queryClient.setQueryData(channelKey(channel, args), value);
}
