/**
 * A grid's column chooser: a small menu of check boxes to show or hide columns. The columns
 * hidden are kept for the session (sessionStorage, by grid), so they stay hidden when the view
 * is left and opened again, and come back with a new session.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AgGridReact } from 'ag-grid-react';
import { useI18n } from '../i18n.tsx';

/** A column the user may hide: its id, its name in words, and the group it sits in. */
export interface ChoosableColumn {
  id: string;
  label: string;
  group?: string;
}

const storageKey = (grid: string) => `tinhgon.hiddenColumns.${grid}`;

function storedHidden(grid: string, initial: readonly string[]): Set<string> {
  try {
    const raw = sessionStorage.getItem(storageKey(grid));
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (Array.isArray(parsed)) return new Set(parsed.filter((x): x is string => typeof x === 'string'));
  } catch {
    // an unreadable entry: the grid's own choice
  }
  return new Set(initial);
}

/**
 * The hidden columns of grid `grid` for the session (`initial` until the user chooses), applied
 * to the grid through its API whenever they change and when the grid is (re)created (`onGridReady`).
 */
export function useHiddenColumns<R>(
  grid: string,
  gridRef: RefObject<AgGridReact<R> | null>,
  columns: readonly ChoosableColumn[],
  initial: readonly string[] = [],
) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => storedHidden(grid, initial));
  const latest = useRef({ hidden, columns });
  latest.current = { hidden, columns };
  const apply = useCallback(() => {
    const api = gridRef.current?.api;
    if (!api) return;
    const ids = latest.current.columns.map((c) => c.id);
    api.setColumnsVisible(
      ids.filter((id) => latest.current.hidden.has(id)),
      false,
    );
    api.setColumnsVisible(
      ids.filter((id) => !latest.current.hidden.has(id)),
      true,
    );
  }, [gridRef]);
  useEffect(apply, [hidden, columns, apply]);
  const toggle = (id: string, show: boolean) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (show) next.delete(id);
      else next.add(id);
      sessionStorage.setItem(storageKey(grid), JSON.stringify([...next]));
      return next;
    });
  return { hidden, toggle, onGridReady: apply };
}

export function ColumnChooser({
  columns,
  hidden,
  onToggle,
  testId,
}: {
  columns: readonly ChoosableColumn[];
  hidden: ReadonlySet<string>;
  onToggle(id: string, show: boolean): void;
  testId: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  const groups = [...new Set(columns.map((c) => c.group ?? ''))];
  return (
    <div className="column-chooser" ref={ref}>
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((o) => !o)}
        data-testid={testId}
      >
        {t('grid.columns', { shown: columns.filter((c) => !hidden.has(c.id)).length, count: columns.length })}
      </button>
      {open && (
        <div className="column-chooser-menu" role="group" aria-label={t('grid.columnsTitle')}>
          {groups.map((g) => (
            <fieldset key={g}>
              {g && <legend>{g}</legend>}
              {columns
                .filter((c) => (c.group ?? '') === g)
                .map((c) => (
                  <label key={c.id}>
                    <input
                      type="checkbox"
                      checked={!hidden.has(c.id)}
                      onChange={(e) => onToggle(c.id, e.target.checked)}
                    />{' '}
                    {c.label}
                  </label>
                ))}
            </fieldset>
          ))}
        </div>
      )}
    </div>
  );
}
