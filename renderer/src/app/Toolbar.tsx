import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { downloadBase64 } from './files.ts';
import { useI18n } from '../i18n.tsx';
import { errorText } from '../ui/errorText.ts';
import { useUndoKeys } from './useUndoKeys.ts';
import type { WorkspaceState } from './useWorkspace.ts';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { FileMenu } from './FileMenu.tsx';
import { RulesDialog } from './RulesDialog.tsx';
import { HistoryNotice, type HistoryMessage } from './HistoryNotice.tsx';
import type { EditLabel } from '../../../shared/edits/edit.ts';
import type { HistoryStep } from '../../../shared/contract/index.ts';

/** Data in and out: import wizard, exports, template, backup; with a one-line notice of the result. */
export function Toolbar({ workspace }: { workspace: WorkspaceState }) {
  const { t, lang } = useI18n();
  const [importing, setImporting] = useState(false);
  const [rules, setRules] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const act = async (fn: () => Promise<string | void>) => {
    setNotice(null);
    try {
      const text = await fn();
      if (text) setNotice({ kind: 'ok', text });
    } catch (err) {
      setNotice({ kind: 'error', text: errorText(err, t, lang) });
    }
  };
  // The buttons and Ctrl+Z / Ctrl+Y (useUndoKeys) take the same path: what was undone or redone, a
  // refusal's reason, or that there was nothing, is said in the same place whichever was used,
  // over whatever is open (HistoryNotice), until a new step is made.
  const [said, setSaid] = useState<{ message: HistoryMessage; newest: number | undefined } | null>(null);
  const newest = workspace.history.entries[0]?.id;
  useEffect(() => setSaid((s) => (s && s.newest !== newest ? null : s)), [newest]);
  const labelText = (label: EditLabel) => t(label.key, label.params);
  const step = async (undo: boolean) => {
    setSaid(null);
    try {
      // No check of canUndo before asking: a key pressed before the screen caught up must not be lost;
      // the back end does nothing when there is nothing to undo or redo, and then the person is told so.
      const replayed: { step: HistoryStep | null } = { step: null };
      const after = await workspace.edit(async (o) => {
        const answer = await call(undo ? 'history.undo' : 'history.redo', o);
        replayed.step = answer.step;
        return answer;
      });
      const text = replayed.step
        ? t(undo ? 'edit.undoneWhat' : 'edit.redoneWhat', { what: labelText(replayed.step.label) })
        : t(undo ? 'edit.nothingToUndo' : 'edit.nothingToRedo');
      setSaid({ message: { kind: 'ok', text }, newest: after.entries[0]?.id });
    } catch (err) {
      setSaid({ message: { kind: 'error', text: errorText(err, t, lang) }, newest });
    }
  };
  const undo = () => void step(true);
  const redo = () => void step(false);
  useUndoKeys(undo, redo);
  const { nextUndo, nextRedo } = workspace.history;

  const exportAs = (format: 'xlsx' | 'csv') =>
    act(async () => {
      const file = await call('export.units', { format });
      downloadBase64(file.fileName, file.data);
    });

  return (
    <div className="toolbar" role="toolbar">
      {workspace.info && <FileMenu info={workspace.info} />}
      <button
        type="button"
        disabled={!workspace.history.canUndo}
        onClick={undo}
        title={`${nextUndo ? t('edit.undoWhat', { what: labelText(nextUndo.label) }) : t('edit.nothingToUndo')} (Ctrl+Z)`}
      >
        ↶ {t('edit.undo')}
      </button>
      <button
        type="button"
        disabled={!workspace.history.canRedo}
        onClick={redo}
        title={`${nextRedo ? t('edit.redoWhat', { what: labelText(nextRedo.label) }) : t('edit.nothingToRedo')} (Ctrl+Y)`}
      >
        ↷ {t('edit.redo')}
      </button>
      <button type="button" onClick={() => setImporting(true)}>
        {t('menu.import')}
      </button>
      <button type="button" onClick={() => void exportAs('xlsx')}>
        {t('menu.exportXlsx')}
      </button>
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('menu.exportCsv')}
      </button>
      <button
        type="button"
        onClick={() =>
          void act(async () => {
            const file = await call('export.template', {});
            downloadBase64(file.fileName, file.data);
          })
        }
      >
        {t('menu.template')}
      </button>
      <button
        type="button"
        onClick={() => void act(async () => t('menu.backupDone', { file: (await call('workspace.backup', {})).file }))}
      >
        {t('menu.backup')}
      </button>
      <button type="button" onClick={() => setRules(true)}>
        {t('menu.rules')}
      </button>
      {notice && (
        <span className={`notice ${notice.kind}`} role="status" data-testid="toolbar-notice">
          {notice.text}
        </span>
      )}
      {said && <HistoryNotice message={said.message} onClose={() => setSaid(null)} />}
      {rules && <RulesDialog onClose={() => setRules(false)} onChanged={workspace.refreshFindings} />}
      {importing && (
        <ImportDialog
          workspaceUnitCount={workspace.info?.unitCount ?? 0}
          onClose={() => setImporting(false)}
          onImported={(units) => workspace.replaceUnits(units)}
        />
      )}
    </div>
  );
}
