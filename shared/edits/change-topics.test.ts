// Other browser clients on the workspace reload a plan after any edit of it (the plan commands too).
import { describe, expect, it } from 'vitest';
import { STEP_AGGREGATES } from './steps.ts';
import { topicsOf } from './change-topics.ts';

describe('change topics', () => {
  it('every edit of the plans aggregate tells the other clients the plans changed', () => {
    const plans = Object.entries(STEP_AGGREGATES).flatMap(([c, a]) => (a === 'plans' ? [c] : []));
    expect(plans).toContain('scenario.addOperation');
    expect(plans.filter((c) => !topicsOf(c).includes('plans'))).toEqual([]);
  });
});
