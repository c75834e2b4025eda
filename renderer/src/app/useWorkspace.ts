import { useChanges } from './changes.ts';
import { announce } from './change-event.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call, isTransportError } from '../api.ts';
import { whenConnected } from '../data/connection.ts';
import type { Unit, UnitPatchInput } from '../../../shared/model/unit.ts';
import type { WorkspaceInfo } from '../../../shared/model/workspace.ts';
import {
  ancestorsOf,
  buildTree,
  parentCodes,
  visibleRows,
  type UnitTree,
  type VisibleRow,
} from '../../../shared/tree.ts';
import type { Rollup } from '../../../shared/rollup.ts';
import { unitModel, withUnitSaved, type UnitModel } from '../../../shared/workspace-model.ts';
import type { Finding } from '../../../shared/rules/findings.ts';
import { judgedAfterEdit, mergeFindings } from '../../../shared/rules/findings-delta.ts';
import type { HistoryView, TreeAfterEdit } from '../../../shared/contract/index.ts';
import { applyUnitChanges } from '../../../shared/unit-changes.ts';

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
  /** What the last headcount edit changed, when the tree was made from the one before by it (see UnitModel). */
  delta: UnitModel['delta'];
  rows: VisibleRow[];
  selected: string | null;
  select(code: string | null): void;
  toggle(code: string): void;
  expandAll(): void;
  /** Opens every unit above the given depth (0: only roots shown) and closes the rest. */
  expandToDepth(depth: number): void;
  expanded: ReadonlySet<string>;
  collapseAll(): void;
  /** Saves changes to one unit; throws ApiError (with field issues) when refused. */
  update(code: string, changes: UnitPatchInput): Promise<Unit>;
  /** Takes a whole new unit list from the back end (after an import). */
  replaceUnits(units: Unit[]): void;
  history: HistoryView;
  /**
   * Runs a tree edit (create, delete, move, undo, redo, revert), passing `run` the argument that asks
   * for the changed units only, and takes the units it returns; the history after it.
   */
  edit(run: (o: { deltaOnly: true }) => Promise<TreeAfterEdit>): Promise<HistoryView>;
}

/** The labels (and the label a revert undid) of the steps added or moved between undone and done. */
function stepsMoved(before: HistoryView, after: HistoryView): string[] {
  const was = new Map(before.entries.map((e) => [e.id, e.done]));
  return after.entries
    .filter((e) => was.get(e.id) !== e.done)
    .flatMap((e) => [e.label.key, String(e.label.params.what ?? '')]);
}

/** The open workspace as the UI sees it: units from the back end, tree and rollups from shared/. */
export function useWorkspace(): WorkspaceState {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  // Units, tree and rollups change together: a headcount edit updates them incrementally (withUnitSaved).
  const [model, setModel] = useState<UnitModel>(() => unitModel([]));
  const units = model.units;
  const setUnits = useCallback((next: Unit[]) => setModel(unitModel(next)), []);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  // The findings with the tree they were judged on (so that a headcount edit made from that tree may update them in place).
  const [findingsState, setFindings] = useState<{ findings: Finding[]; ruleSetTitle: string; tree: UnitTree | null }>({
    findings: [],
    ruleSetTitle: '',
    tree: null,
  });
  const findingsRef = useRef(findingsState);
  findingsRef.current = findingsState;
  const [rulesVersion, setRulesVersion] = useState(0);
  const [historyView, setHistory] = useState<HistoryView>({
    entries: [],
    canUndo: false,
    canRedo: false,
    nextUndo: null,
    nextRedo: null,
  });
  const historyRef = useRef(historyView);
  historyRef.current = historyView;

  useEffect(() => {
    // A lost connection is waited out (the banner says so), never shown as a failed load.
    const load = (): Promise<void> =>
      Promise.all([
        call('workspace.info', {}),
        call('units.list', {}),
        call('history.list', {}),
        call('ui.state.get', {}),
      ])
        .then(([i, list, h, ui]) => {
          setInfo(i);
          setUnits(list.units);
          setHistory(h);
          // Open the roots so the first level (sở, districts) is visible, and the unit shown last (restored after a restart).
          const open = new Set(list.units.filter((u) => u.parentCode === null).map((u) => u.code));
          if (ui.unit && list.units.some((u) => u.code === ui.unit)) {
            for (const a of ancestorsOf(buildTree(list.units), ui.unit)) open.add(a);
            setSelected(ui.unit);
          }
          setExpanded(open);
        })
        .catch((err: unknown) => (isTransportError(err) ? whenConnected().then(load) : setLoadError(err)));
    void load();
  }, [setUnits]);

  // The back end judges; the UI shows. Findings follow every change of units or rules: after a
  // headcount edit only the changed units' findings are asked for (shared/rules/findings-delta.ts).
  const lastRules = useRef(rulesVersion);
  useEffect(() => {
    if (!info) return;
    let stale = false;
    const { tree, delta } = model;
    const held = findingsRef.current;
    const incremental = delta && held.tree === delta.from && lastRules.current === rulesVersion;
    lastRules.current = rulesVersion;
    if (incremental) {
      const codes = judgedAfterEdit(tree, delta.codes);
      void call('findings.list', { units: [...codes] }).then((r) => {
        if (!stale)
          setFindings({
            findings: mergeFindings(held.findings, r.findings, codes, tree),
            ruleSetTitle: r.ruleSetTitle,
            tree,
          });
      });
    } else {
      void call('findings.list', {}).then((r) => !stale && setFindings({ ...r, tree }));
    }
    return () => {
      stale = true;
    };
  }, [model, info, rulesVersion]);
  const findingsByUnit = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of findingsState.findings) {
      const list = m.get(f.unitCode);
      if (list) list.push(f);
      else m.set(f.unitCode, [f]);
    }
    return m;
  }, [findingsState]);

  const { tree, rollups } = model;
  // The rows depend on the tree's structure only (visibleRows reads `children`), which a headcount edit keeps.
  const structure = tree.children;
  const rows = useMemo(() => visibleRows(tree, expanded), [structure, expanded]); // eslint-disable-line react-hooks/exhaustive-deps -- a headcount edit makes a new tree with the same structure: the rows stay

  // The latest tree, for selections made right after an edit (before this render's closures update).
  const unitsRef = useRef(units);
  unitsRef.current = units;
  const modelRef = useRef(model);
  modelRef.current = model;
  const select = useCallback((code: string | null) => {
    setSelected(code);
    void call('ui.state.set', { unit: code }).catch(() => {}); // remembered for a restart; never worth an error
    if (code) {
      // Reveal the unit: open every ancestor (in the tree as it is now, even right after a move).
      const m = modelRef.current;
      const anc = ancestorsOf(m.units === unitsRef.current ? m.tree : buildTree(unitsRef.current), code);
      setExpanded((prev) => (anc.every((a) => prev.has(a)) ? prev : new Set([...prev, ...anc])));
    }
  }, []);

  const toggle = useCallback((code: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  }, []);

  const update = useCallback(async (code: string, changes: UnitPatchInput) => {
    const { unit } = await call('units.update', { code, patch: changes });
    void call('history.list', {}).then(setHistory);
    setModel((prev) => withUnitSaved(prev, code, unit));
    if (unit.code !== code) {
      setSelected((s) => (s === code ? unit.code : s));
      setExpanded((prev) => (prev.has(code) ? new Set([...prev].map((c) => (c === code ? unit.code : c))) : prev));
    }
    return unit;
  }, []);

  // Someone else changed the tree (browser mode): read it again, with its history and findings.
  useChanges('units', () => {
    void Promise.all([call('units.list', {}), call('history.list', {}), call('workspace.info', {})]).then(
      ([list, h, i]) => {
        setUnits(list.units);
        setHistory(h);
        setInfo(i);
        setSelected((s) => (s && list.units.some((u) => u.code === s) ? s : null));
        setRulesVersion((v) => v + 1);
      },
    );
  });

  // A step made in another view (a plan, figures…): the history and the undo buttons follow it.
  useChanges('history', () => void call('history.list', {}).then(setHistory));

  const replaceUnits = useCallback(
    (next: Unit[]) => {
      setUnits(next);
      void call('history.list', {}).then(setHistory);
      setInfo((i) => (i ? { ...i, unitCount: next.length } : i));
      setSelected((s) => (s && next.some((u) => u.code === s) ? s : null));
      setExpanded(new Set(next.filter((u) => u.parentCode === null).map((u) => u.code)));
    },
    [setUnits],
  );

  const edit = useCallback(async (run: (o: { deltaOnly: true }) => Promise<TreeAfterEdit>) => {
    const result = await run({ deltaOnly: true });
    // The changes apply to the list this UI holds (every change of units reaches it); should they
    // not fit it, the whole list is read again.
    const base = unitsRef.current;
    const applied = 'delta' in result ? applyUnitChanges(base, result.delta) : null;
    const units = 'units' in result ? result.units : (applied ?? (await call('units.list', {})).units);
    const before = modelRef.current;
    // Undoing a headcount edit changes one unit's counts: then the quick path of an edit (withUnitSaved).
    const single =
      applied &&
      before.units === base &&
      'delta' in result &&
      result.delta.order === null &&
      result.delta.upsert.length === 1
        ? result.delta.upsert[0]!
        : null;
    unitsRef.current = units;
    setModel(single ? withUnitSaved(before, single.code, single) : unitModel(units, before));
    // An undo, redo or revert may have replayed a step of another aggregate: the views showing one reload.
    const moved = stepsMoved(historyRef.current, result.history);
    if (moved.some((key) => key.startsWith('edit.rule'))) setRulesVersion((v) => v + 1);
    announce(['plans', 'figures', 'people']);
    setHistory(result.history);
    setInfo((i) => (i ? { ...i, unitCount: units.length } : i));
    setSelected((s) => (s && units.some((u) => u.code === s) ? s : null));
    return result.history;
  }, []);

  return {
    info,
    history: historyView,
    edit,
    findings: findingsState.findings,
    findingsByUnit,
    ruleSetTitle: findingsState.ruleSetTitle,
    refreshFindings: () => setRulesVersion((v) => v + 1),
    replaceUnits,
    loadError,
    tree,
    rollups,
    delta: model.delta,
    rows,
    selected,
    select,
    toggle,
    expandAll: () => setExpanded(new Set(parentCodes(tree))),
    expandToDepth: (depth: number) =>
      setExpanded(new Set(parentCodes(tree).filter((c) => (tree.depth.get(c) ?? 0) < depth))),
    expanded,
    collapseAll: () => setExpanded(new Set(tree.children.get(null) ?? [])),
    update,
  };
}
