import { useEffect, useRef, useState } from 'react';
import type { WorkspaceState } from '../useWorkspace.ts';
import { useI18n } from '../i18n.tsx';
import { ExpandToggle } from './ExpandToggle.tsx';
import { FindingBadge } from './FindingBadge.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';

/** The province as an outline: expand/collapse, subtree totals at every node, click to select. */
export function TreeNav({ ws }: { ws: WorkspaceState }) {
  const { t, n } = useI18n();
  const [tab, setTab] = useState<'tree' | 'findings' | 'history'>('tree');
  const selectedRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [ws.selected]);

  return (
    <nav className="tree-nav" aria-label={t('view.tree')}>
      <div className="pane-title pane-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'tree'} className={tab === 'tree' ? 'active' : ''} onClick={() => setTab('tree')}>
          {t('view.tree')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'findings'} className={tab === 'findings' ? 'active' : ''} onClick={() => setTab('findings')}>
          {t('findings.title')} ({n(ws.findings.length)})
        </button>
        <button type="button" role="tab" aria-selected={tab === 'history'} className={tab === 'history' ? 'active' : ''} onClick={() => setTab('history')}>
          {t('edit.history')}
        </button>
      </div>
      {tab === 'findings' && <FindingsPanel ws={ws} />}
      {tab === 'history' && <HistoryPanel ws={ws} />}
      {tab === 'tree' && (
        <div className="pane-actions tree-actions">
          <button type="button" onClick={ws.expandAll}>{t('tree.expandAll')}</button>
          <button type="button" onClick={ws.collapseAll}>{t('tree.collapseAll')}</button>
        </div>
      )}
      <div className="tree-rows" role="tree" hidden={tab !== 'tree'}>
        {ws.rows.map((row) => {
          const unit = ws.tree.byCode.get(row.code)!;
          const rollup = ws.rollups.get(row.code)!;
          const isSelected = ws.selected === row.code;
          return (
            <div
              key={row.code}
              ref={isSelected ? selectedRef : undefined}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={isSelected}
              data-code={row.code}
              className={`tree-row${isSelected ? ' selected' : ''}`}
              style={{ paddingLeft: 6 + row.depth * 16 }}
              onClick={() => ws.select(row.code)}
            >
              <ExpandToggle row={row} onToggle={ws.toggle} />
              <span className="tree-name" title={`${unit.name} (${unit.code})`}>{unit.name}</span>
              <FindingBadge findings={ws.findingsByUnit.get(row.code)} />
              <span className="tree-total" title={t('field.totalPeople')}>{t('tree.people', { count: n(rollup.totalPeople) })}</span>
            </div>
          );
        })}
      </div>
    </nav>
  );
}
