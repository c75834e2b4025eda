import { describe, expect, it } from 'vitest';
import { toggleScope, withoutUnder } from './cut-scope.ts';

describe('toggleScope', () => {
  it('ticks a value once, keeps the other conditions, and leaves out a list emptied by unticking', () => {
    const a = toggleScope({ under: 'SGD' }, 'kind', 'psu', true);
    expect(a).toEqual({ under: 'SGD', kind: ['psu'] });
    expect(toggleScope(a, 'kind', 'psu', true)).toEqual(a);
    const b = toggleScope(a, 'kind', 'division', true);
    expect(b).toEqual({ under: 'SGD', kind: ['psu', 'division'] });
    expect(toggleScope(toggleScope(b, 'kind', 'psu', false), 'kind', 'division', false)).toEqual({ under: 'SGD' });
  });

  it('drops the unit only when cleared', () => {
    expect(withoutUnder({ under: 'SGD', level: ['commune'] })).toEqual({ level: ['commune'] });
  });
});
