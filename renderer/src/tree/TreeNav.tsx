import { useLayoutEffect, useRef, useState } from 'react';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import { useI18n } from '../i18n.tsx';
import { ExpandToggle } from '../ui/ExpandToggle.tsx';
import { FindingBadge } from './FindingBadge.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { HistoryPanel } from '../app/HistoryPanel.tsx';
import { scrollToShow, visibleWindow } from '../../../shared/view/visible-window.ts';

/** Height of one outline row in px (fixed, as `.tree-row` in styles.css sets it): the outline draws only the rows in view. */
const ROW_HEIGHT = 20;
/** Rows drawn beyond each edge of the view, so that small scrolls and keyboard focus find them drawn. */
const OVERSCAN = 30;
/** The outline's top padding (`.tree-rows` in styles.css), above the first row. */
const PAD = 4;

/** The province as an outline: expand/collapse, subtree totals at every node, click to select. */
export function TreeNav({ workspace }: { workspace: WorkspaceState }) {
  const { t, n } = useI18n();
  const [tab, setTab] = useState<'tree' | 'findings' | 'history'>('tree');
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  // Follow the outline's size (window resized, tab shown).
  useLayoutEffect(() => {
    const el = scrollerRef.current!;
    const measure = () =>
      setView((v) =>
        v.height === el.clientHeight && v.top === el.scrollTop ? v : { top: el.scrollTop, height: el.clientHeight },
      );
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // Bring the selected unit into view (as scrollIntoView({ block: 'nearest' }) did when every row was drawn).
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el || !workspace.selected) return;
    const index = workspace.rows.findIndex((r) => r.code === workspace.selected);
    if (index < 0) return;
    const top = PAD + scrollToShow(index, Math.max(0, el.scrollTop - PAD), el.clientHeight, ROW_HEIGHT);
    if (Math.abs(top - el.scrollTop) > PAD) el.scrollTop = top;
    setView({ top: el.scrollTop, height: el.clientHeight });
  }, [workspace.selected]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the selection changes, not when rows open or close
  // When hidden (another tab), clientHeight is 0: draw a window's height anyway, the rows are ready when shown.
  const win = visibleWindow(
    Math.max(0, view.top - PAD),
    view.height || window.innerHeight,
    ROW_HEIGHT,
    workspace.rows.length,
    OVERSCAN,
  );

  return (
    <nav className="tree-nav" aria-label={t('view.tree')}>
      <div className="pane-title pane-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'tree'}
          className={tab === 'tree' ? 'active' : ''}
          onClick={() => setTab('tree')}
        >
          {t('view.tree')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'findings'}
          className={tab === 'findings' ? 'active' : ''}
          onClick={() => setTab('findings')}
        >
          {t('findings.title')} ({n(workspace.findings.length)})
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'history'}
          className={tab === 'history' ? 'active' : ''}
          onClick={() => setTab('history')}
        >
          {t('edit.history')}
        </button>
      </div>
      {tab === 'findings' && <FindingsPanel workspace={workspace} />}
      {tab === 'history' && <HistoryPanel workspace={workspace} />}
      {tab === 'tree' && (
        <div className="pane-actions tree-actions">
          <button type="button" onClick={workspace.expandAll}>
            {t('tree.expandAll')}
          </button>
          <button type="button" onClick={workspace.collapseAll}>
            {t('tree.collapseAll')}
          </button>
        </div>
      )}
      <div
        ref={scrollerRef}
        className="tree-rows"
        role="tree"
        hidden={tab !== 'tree'}
        data-row-count={workspace.rows.length}
        onScroll={(e) => {
          const el = e.currentTarget;
          setView({ top: el.scrollTop, height: el.clientHeight });
        }}
      >
        <div role="presentation" style={{ height: win.before }} />
        {workspace.rows.slice(win.start, win.end).map((row) => {
          const unit = workspace.tree.byCode.get(row.code)!;
          const rollup = workspace.rollups.get(row.code)!;
          const isSelected = workspace.selected === row.code;
          return (
            <div
              key={row.code}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={isSelected}
              data-code={row.code}
              className={`tree-row${isSelected ? ' selected' : ''}`}
              style={{ paddingLeft: 6 + row.depth * 16 }}
              onClick={() => workspace.select(row.code)}
            >
              <ExpandToggle row={row} onToggle={workspace.toggle} />
              <span className="tree-name" title={`${unit.name} (${unit.code})`}>
                {unit.name}
              </span>
              <FindingBadge findings={workspace.findingsByUnit.get(row.code)} />
              <span className="tree-total" title={t('field.totalPeople')}>
                {t('tree.people', { count: n(rollup.totalPeople) })}
              </span>
            </div>
          );
        })}
        <div role="presentation" style={{ height: win.after }} />
      </div>
    </nav>
  );
}
