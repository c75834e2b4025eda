import type { VisibleRow } from '../../../shared/tree.ts';
import { useI18n } from '../i18n.tsx';

/** The ▸/▾ button of a tree row (tree view and grid alike); a spacer for leaves keeps names aligned. */
export function ExpandToggle({ row, onToggle }: { row: VisibleRow; onToggle(code: string): void }) {
  const { t } = useI18n();
  if (!row.hasChildren) return <span className="toggle-spacer" />;
  return (
    <button
      type="button"
      className="toggle"
      aria-label={row.expanded ? t('tree.collapse') : t('tree.expand')}
      aria-expanded={row.expanded}
      onClick={(e) => {
        e.stopPropagation();
        onToggle(row.code);
      }}
    >
      {row.expanded ? '▾' : '▸'}
    </button>
  );
}
