import { useCallback, useEffect, useMemo, useState } from 'react';
import { call } from './api.ts';
import type { Unit, UnitPatchInput } from '../../shared/model/unit.ts';
import type { WorkspaceInfo } from '../../shared/model/workspace.ts';
import { ancestorsOf, buildTree, parentCodes, visibleRows, type UnitTree, type VisibleRow } from '../../shared/tree.ts';
import { computeRollups, type Rollup } from '../../shared/rollup.ts';
import type { Finding } from '../../shared/rules/findings.ts';

export interface WorkspaceState {
  info: WorkspaceInfo | null;
  /** Findings of the workspace's rule set, refreshed after every change. */
  findings: Finding[];
  findingsByUnit: Map<string, Finding[]>;
  ruleSetTitle: string;
  /** Re-reads the findings (after the rules changed). */
  refreshFindings(): void;
  loadError: unknown;
  tree: UnitTree;
  rollups: Map<string, Rollup>;
  rows: VisibleRow[];
  selected: string | null;
  select(code: string | null): void;
  toggle(code: string): void;
  expandAll(): void;
  collapseAll(): void;
  /** Saves changes to one unit; throws ApiError (with field issues) when refused. */
  update(code: string, changes: UnitPatchInput): Promise<Unit>;
  /** Takes a whole new unit list from the back end (after an import). */
  replaceUnits(units: Unit[]): void;
}

/** The open workspace as the UI sees it: units from the back end, tree and rollups from shared/. */
export function useWorkspace(): WorkspaceState {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [findingsState, setFindings] = useState<{ findings: Finding[]; ruleSetTitle: string }>({ findings: [], ruleSetTitle: '' });
  const [rulesVersion, setRulesVersion] = useState(0);

  useEffect(() => {
    Promise.all([call('workspace.info', {}), call('units.list', {})])
      .then(([i, list]) => {
        setInfo(i);
        setUnits(list.units);
        // Open the roots so the first level (sở, districts) is visible.
        setExpanded(new Set(list.units.filter((u) => u.parentCode === null).map((u) => u.code)));
      })
      .catch(setLoadError);
  }, []);

  // The back end judges; the UI shows. Findings follow every change of units or rules.
  useEffect(() => {
    if (!info) return;
    let stale = false;
    void call('findings.list', {}).then((r) => !stale && setFindings(r));
    return () => {
      stale = true;
    };
  }, [units, info, rulesVersion]);
  const findingsByUnit = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of findingsState.findings) {
      const list = m.get(f.unitCode);
      if (list) list.push(f);
      else m.set(f.unitCode, [f]);
    }
    return m;
  }, [findingsState]);

  const tree = useMemo(() => buildTree(units), [units]);
  const rollups = useMemo(() => computeRollups(tree), [tree]);
  const rows = useMemo(() => visibleRows(tree, expanded), [tree, expanded]);

  const select = useCallback(
    (code: string | null) => {
      setSelected(code);
      if (code) {
        // Reveal the unit: open every ancestor.
        const anc = ancestorsOf(tree, code);
        if (anc.some((a) => !expanded.has(a))) setExpanded((prev) => new Set([...prev, ...anc]));
      }
    },
    [tree, expanded],
  );

  const toggle = useCallback((code: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  }, []);

  const update = useCallback(async (code: string, changes: UnitPatchInput) => {
    const { unit } = await call('units.update', { code, changes });
    setUnits((prev) =>
      prev.map((u) => (u.code === code ? unit : u.parentCode === code && unit.code !== code ? { ...u, parentCode: unit.code } : u)),
    );
    if (unit.code !== code) {
      setSelected((s) => (s === code ? unit.code : s));
      setExpanded((prev) => (prev.has(code) ? new Set([...prev].map((c) => (c === code ? unit.code : c))) : prev));
    }
    return unit;
  }, []);

  const replaceUnits = useCallback((next: Unit[]) => {
    setUnits(next);
    setInfo((i) => (i ? { ...i, unitCount: next.length } : i));
    setSelected((s) => (s && next.some((u) => u.code === s) ? s : null));
    setExpanded(new Set(next.filter((u) => u.parentCode === null).map((u) => u.code)));
  }, []);

  return {
    info,
    findings: findingsState.findings,
    findingsByUnit,
    ruleSetTitle: findingsState.ruleSetTitle,
    refreshFindings: () => setRulesVersion((v) => v + 1),
    replaceUnits,
    loadError,
    tree,
    rollups,
    rows,
    selected,
    select,
    toggle,
    expandAll: () => setExpanded(new Set(parentCodes(tree))),
    collapseAll: () => setExpanded(new Set(tree.children.get(null) ?? [])),
    update,
  };
}
