/**
 * Findings after a headcount edit without sending them all again: a unit's findings depend on its
 * own figures, its subtree's totals (rollups) and its place in the tree, so a headcount change of
 * one unit can change the findings of that unit and its ancestors only — and the province-wide
 * ones (the sở: their number and deputies' average; the communes' organisations), and the edited
 * unit's children (their deputies are compared with their parent's). The back end judges only those
 * (`evaluateFindings` with `only`, equal to `findingsFor` of the full list); the UI puts them in
 * place of the old (`mergeFindings`), in the order a full evaluation gives.
 */
import type { UnitTree } from '../tree.ts';
import type { Finding } from './findings.ts';

const PROVINCE_WIDE = new Set<string>([
  'departmentAverageDeputies',
  'maxDepartments',
  'communeOrganisationsAverage',
  'missingMandatoryDepartments',
  'provincialProjectBoards',
]);
/** Findings judged over the whole province rather than over one unit and its subtree. */
export const isProvinceWide = (f: Finding): boolean => f.parameter !== null && PROVINCE_WIDE.has(f.parameter);

/**
 * The units to judge again after a headcount edit whose changed units are `codes` (the unit
 * first, then its ancestors): those, and the edited unit's children (a unit inside a sở may not
 * have more deputies than its parent, Decree 370/2025).
 */
export function judgedAfterEdit(tree: UnitTree, codes: readonly string[]): Set<string> {
  const out = new Set(codes);
  if (codes.length > 0) for (const c of tree.children.get(codes[0]!) ?? []) out.add(c);
  return out;
}

/** The findings of the given units, and the province-wide ones. */
export function findingsFor(all: readonly Finding[], codes: ReadonlySet<string>): Finding[] {
  return all.filter((f) => codes.has(f.unitCode) || isProvinceWide(f));
}

/**
 * `before` with the findings of `codes` and the province-wide ones replaced by `fresh` (what
 * `findingsFor` gave for the same codes on the changed units), ordered as `evaluateFindings`
 * orders them: units in tree order, each unit's findings in the order judged, the province-wide
 * ones last.
 */
export function mergeFindings(
  before: readonly Finding[],
  fresh: readonly Finding[],
  codes: ReadonlySet<string>,
  tree: UnitTree,
): Finding[] {
  const byUnit = new Map<string, Finding[]>();
  const put = (f: Finding) => {
    const list = byUnit.get(f.unitCode);
    if (list) list.push(f);
    else byUnit.set(f.unitCode, [f]);
  };
  for (const f of before) if (!codes.has(f.unitCode) && !isProvinceWide(f)) put(f);
  for (const f of fresh) if (!isProvinceWide(f)) put(f);
  const units: Finding[] = [];
  for (const code of tree.preorder) {
    const list = byUnit.get(code);
    if (list) units.push(...list);
  }
  return [...units, ...fresh.filter(isProvinceWide)];
}
