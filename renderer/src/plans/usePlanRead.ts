/**
 * A plan as read (`scenario.open`) through the query cache, with the version it was read at held
 * for the plan's edits (plan-versions.ts): the moment is taken when the read is sent, so an edit of
 * this tab answered meanwhile is followed from the version read. Every view of a plan reads it here
 * (one key, [scenario.open, {name}]); an edit of the plans makes it stale (topic 'plans') and every
 * view of it reads it again.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Result } from '../../../shared/contract/index.ts';
import { call } from '../api.ts';
import { channelKey } from '../data/useChannel.ts';
import { moment, type HeldVersion } from './plan-versions.ts';

export type PlanRead = Result<'scenario.open'> & { held: HeldVersion };

/** Reads `name` (not when null) and holds its version as read. */
export async function readPlan(name: string): Promise<PlanRead> {
  const at = moment();
  const read = await call('scenario.open', { name });
  return { ...read, held: { version: read.version, at } };
}

export function usePlanRead(name: string | null): UseQueryResult<PlanRead> {
  return useQuery({
    queryKey: channelKey('scenario.open', { name: name ?? '' }),
    queryFn: () => readPlan(name!),
    enabled: name !== null && name !== '',
  });
}
