import type { Unit } from './model/unit.ts';
import type { FieldIssue } from './errors.ts';

/** An index over a unit list: lookup by code, children in order, depth and pre-order. */
export interface UnitTree {
  byCode: Map<string, Unit>;
  /** Children codes per parent code; roots are under the key `null`. Order follows the input order. */
  children: Map<string | null, string[]>;
  depth: Map<string, number>;
  /** All codes in depth-first pre-order (parents before children). */
  preorder: string[];
}

/**
 * Builds the tree index. The input must be structurally valid (see `checkTreeIntegrity`);
 * units whose parent is missing are treated as roots, units on a cycle are left out of `preorder`.
 */
export function buildTree(units: readonly Unit[]): UnitTree {
  const byCode = new Map<string, Unit>();
  for (const u of units) byCode.set(u.code, u);
  const children = new Map<string | null, string[]>([[null, []]]);
  for (const u of units) {
    const parent = u.parentCode !== null && byCode.has(u.parentCode) ? u.parentCode : null;
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(u.code);
  }
  const depth = new Map<string, number>();
  const preorder: string[] = [];
  // Two parallel stacks (code, depth): no pair allocated per unit.
  const stack: string[] = [];
  const depths: number[] = [];
  const roots = children.get(null) ?? [];
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push(roots[i]!);
    depths.push(0);
  }
  while (stack.length > 0) {
    const code = stack.pop()!;
    const d = depths.pop()!;
    depth.set(code, d);
    preorder.push(code);
    const kids = children.get(code);
    if (kids) {
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i]!);
        depths.push(d + 1);
      }
    }
  }
  return { byCode, children, depth, preorder };
}

/** Ancestor codes of a unit, nearest first. */
export function ancestorsOf(tree: UnitTree, code: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([code]);
  let parent = tree.byCode.get(code)?.parentCode ?? null;
  while (parent !== null && tree.byCode.has(parent) && !seen.has(parent)) {
    out.push(parent);
    seen.add(parent);
    parent = tree.byCode.get(parent)!.parentCode;
  }
  return out;
}

/** Duplicate codes, unknown parents and cycles, each as a field issue at `index.field`. */
export function checkTreeIntegrity(units: ReadonlyArray<Pick<Unit, 'code' | 'parentCode'>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const firstIndex = new Map<string, number>();
  units.forEach((u, i) => {
    if (firstIndex.has(u.code)) issues.push({ field: `${i}.code`, key: 'err.duplicateCode', params: { code: u.code } });
    else firstIndex.set(u.code, i);
  });
  const parentOf = new Map<string, string | null>();
  units.forEach((u, i) => {
    if (firstIndex.get(u.code) !== i) return;
    if (u.parentCode !== null && !firstIndex.has(u.parentCode)) {
      issues.push({ field: `${i}.parentCode`, key: 'err.unknownParent', params: { code: u.parentCode } });
      parentOf.set(u.code, null);
    } else parentOf.set(u.code, u.parentCode);
  });
  // Walk up from each unit; a walk that meets itself is a cycle. `state` memoises finished walks.
  const state = new Map<string, 'ok' | 'cycle'>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let code: string | null = start;
    let verdict: 'ok' | 'cycle' = 'ok';
    while (code !== null) {
      const known = state.get(code);
      if (known) {
        verdict = known;
        break;
      }
      if (onPath.has(code)) {
        verdict = 'cycle';
        break;
      }
      onPath.add(code);
      path.push(code);
      code = parentOf.get(code) ?? null;
    }
    for (const c of path) state.set(c, verdict);
  }
  units.forEach((u, i) => {
    if (firstIndex.get(u.code) === i && state.get(u.code) === 'cycle')
      issues.push({ field: `${i}.parentCode`, key: 'err.cycle', params: { code: u.code } });
  });
  return issues;
}

/** One row of the flattened tree shown by the tree view and the grid. */
export interface VisibleRow {
  code: string;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The rows shown when only the `expanded` units are open: pre-order, skipping closed subtrees. */
export function visibleRows(tree: UnitTree, expanded: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const stack: Array<[string, number]> = [];
  const push = (codes: readonly string[] | undefined, depth: number) => {
    if (codes) for (let i = codes.length - 1; i >= 0; i--) stack.push([codes[i]!, depth]);
  };
  push(tree.children.get(null), 0);
  while (stack.length > 0) {
    const [code, depth] = stack.pop()!;
    const kids = tree.children.get(code);
    const hasChildren = (kids?.length ?? 0) > 0;
    const isOpen = hasChildren && expanded.has(code);
    rows.push({ code, depth, hasChildren, expanded: isOpen });
    if (isOpen) push(kids, depth + 1);
  }
  return rows;
}

/** Codes of all units with children (for "expand all"). */
export function parentCodes(tree: UnitTree): string[] {
  return tree.preorder.filter((c) => (tree.children.get(c)?.length ?? 0) > 0);
}
