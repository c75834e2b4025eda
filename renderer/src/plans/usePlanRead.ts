/**
 * A plan as read (`scenario.open`) through the query cache, with the version it was read at held
 * for the plan's edits (plan-versions.ts): the moment is taken when the read is sent, so an edit of
 * this tab answered meanwhile is followed from the version read. Every view of a plan reads it here
 * (one key, [scenario.open, {name}]); an edit of the plans makes it stale (topic 'plans') and every
 * view of it reads it again.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Result } from '../../../shared/contract/index.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { call } from '../api.ts';
import { queryClient } from '../data/query-client.ts';
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

const planKey = (name: string) => channelKey('scenario.open', { name });

/** The plan as last read or saved in this tab (what an edit waiting its turn builds on), if read. */
export function heldPlan(name: string): PlanRead | undefined {
  return queryClient.getQueryData<PlanRead>(planKey(name));
}

/** Reads the plan again now (after an edit this tab did not send with its version, or a refusal): every view of it follows. */
export function rereadPlan(name: string): Promise<PlanRead> {
  return queryClient.fetchQuery({ queryKey: planKey(name), queryFn: () => readPlan(name), staleTime: 0 });
}

/** Shows at once the operations this tab's edit stored, with the version its answer gave (the read it made stale confirms them). */
export function showSavedPlan(
  name: string,
  operations: Operation[],
  saved: { version: string; held: HeldVersion },
): void {
  queryClient.setQueryData<PlanRead>(planKey(name), (read) =>
    read ? { ...read, scenario: { ...read.scenario, operations }, version: saved.version, held: saved.held } : read,
  );
}
