import { useEffect, useRef } from 'react';

/**
 * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo, except while typing in a field: `undo` and
 * `redo` are the toolbar's buttons' own actions, so a refused undo is said the same way whichever
 * was used (the one message path of the history, in the toolbar).
 */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  const latest = useRef({ undo, redo });
  latest.current = { undo, redo };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.tagName === 'SELECT' ||
          target.isContentEditable)
      )
        return;
      const key = e.key.toLowerCase();
      // No check of canUndo here: a key pressed before the screen caught up must not be lost; the
      // back end does nothing when there is nothing to undo or redo.
      if (key === 'z' && !e.shiftKey) latest.current.undo();
      else if (key === 'y' || (key === 'z' && e.shiftKey)) latest.current.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
