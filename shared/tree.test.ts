import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildTree, checkTreeIntegrity, parentCodes, visibleRows } from './tree.ts';
import { unit } from '../tests/fixtures.ts';

const units = [unit('A', null), unit('B', 'A'), unit('C', 'B'), unit('D', 'A'), unit('E', null)];

describe('tree', () => {
  it('indexes children in input order, depth and pre-order', () => {
    const t = buildTree(units);
    expect(t.children.get(null)).toEqual(['A', 'E']);
    expect(t.children.get('A')).toEqual(['B', 'D']);
    expect(t.preorder).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(t.depth.get('C')).toBe(2);
    expect(ancestorsOf(t, 'C')).toEqual(['B', 'A']);
    expect(parentCodes(t)).toEqual(['A', 'B']);
  });

  it('shows only the rows under expanded units', () => {
    const t = buildTree(units);
    expect(visibleRows(t, new Set()).map((r) => r.code)).toEqual(['A', 'E']);
    expect(visibleRows(t, new Set(['A'])).map((r) => `${r.code}${r.depth}`)).toEqual(['A0', 'B1', 'D1', 'E0']);
    expect(visibleRows(t, new Set(['A', 'B']))).toContainEqual({
      code: 'C',
      depth: 2,
      hasChildren: false,
      expanded: false,
    });
    // An expanded unit under a collapsed one stays hidden.
    expect(visibleRows(t, new Set(['B'])).map((r) => r.code)).toEqual(['A', 'E']);
  });

  it('reports duplicate codes, unknown parents and cycles', () => {
    expect(checkTreeIntegrity(units)).toEqual([]);
    expect(checkTreeIntegrity([...units, unit('B', null)])).toEqual([
      { field: '5.code', key: 'err.duplicateCode', params: { code: 'B' } },
    ]);
    expect(checkTreeIntegrity([...units, unit('F', 'ZZ')])).toEqual([
      { field: '5.parentCode', key: 'err.unknownParent', params: { code: 'ZZ' } },
    ]);
    const cyclic = [unit('A', null), unit('X', 'Y'), unit('Y', 'X')];
    expect(checkTreeIntegrity(cyclic).map((i) => i.key)).toEqual(['err.cycle', 'err.cycle']);
  });
});
