import type { ImportMode } from './import-mode.ts';
import { useMemo, useState } from 'react';
import { call } from '../api.ts';
import { readFileBase64 } from '../app/files.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';
import type { ImportInspection, ImportPreview, Result } from '../../../shared/contract/index.ts';
import type { ImportMapping } from '../../../shared/import/mapping.ts';
import type { Unit } from '../../../shared/model/unit.ts';
import { MappingStep } from './ImportMappingStep.tsx';
import { PreviewStep } from './ImportPreviewStep.tsx';

type Step =
  | { kind: 'file' }
  | { kind: 'map'; inspection: ImportInspection; mapping: ImportMapping }
  | { kind: 'preview'; inspection: ImportInspection; mapping: ImportMapping; preview: ImportPreview }
  | { kind: 'done'; outcome: Result<'import.apply'> };

/**
 * Import wizard: choose a file → check the detected header and map columns → preview the tree,
 * the problems and the changes → import (all or nothing). Nothing is written before the last step.
 */
export function ImportDialog({
  workspaceUnitCount,
  onClose,
  onImported,
}: {
  workspaceUnitCount: number;
  onClose(): void;
  onImported(units: Unit[]): void;
}) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [upload, setUpload] = useState<{ fileName: string; data: string } | null>(null);
  const [mode, setMode] = useState<ImportMode>('update');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = (file: File) =>
    run(async () => {
      const data = await readFileBase64(file);
      const next = { fileName: file.name, data };
      const inspection = await call('import.inspect', next);
      setUpload(next);
      setStep({ kind: 'map', inspection, mapping: inspection.mapping });
    });

  const changeSheet = (sheet: string) =>
    run(async () => {
      const inspection = await call('import.inspect', { ...upload!, sheet });
      setStep({ kind: 'map', inspection, mapping: inspection.mapping });
    });

  const effectiveMode = workspaceUnitCount > 0 ? mode : null;

  const preview = (inspection: ImportInspection, mapping: ImportMapping) =>
    run(async () => {
      const result = await call('import.preview', { ...upload!, mapping, mode: effectiveMode });
      setStep({ kind: 'preview', inspection, mapping, preview: result });
    });

  const apply = (mapping: ImportMapping) =>
    run(async () => {
      const outcome = await call('import.apply', { ...upload!, mapping, mode: effectiveMode });
      onImported(outcome.units);
      setStep({ kind: 'done', outcome });
    });

  const title = useMemo(() => (upload ? `${t('import.title')} — ${upload.fileName}` : t('import.title')), [t, upload]);

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal import-dialog" role="dialog" aria-modal="true" aria-label={t('import.title')}>
        <header className="modal-header">
          <h2>{title}</h2>
          <button type="button" className="modal-close" aria-label={t('import.close')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="modal-body">
          {step.kind === 'file' && (
            <label className="file-pick">
              <span>{t('import.chooseFile')}</span>
              <input
                type="file"
                accept=".xlsx,.csv"
                data-testid="import-file"
                onChange={(e) => e.target.files?.[0] && void chooseFile(e.target.files[0])}
              />
            </label>
          )}
          {step.kind === 'map' && (
            <MappingStep
              inspection={step.inspection}
              mapping={step.mapping}
              onMapping={(mapping) => setStep({ ...step, mapping })}
              onSheet={(sheet) => void changeSheet(sheet)}
              workspaceUnitCount={workspaceUnitCount}
              mode={mode}
              onMode={setMode}
            />
          )}
          {step.kind === 'preview' && <PreviewStep preview={step.preview} mode={effectiveMode} />}
          {step.kind === 'done' && (
            <div className="import-done" role="status">
              <p>
                {t('import.done', {
                  added: step.outcome.added,
                  changed: step.outcome.changed,
                  removed: step.outcome.removed,
                })}
              </p>
              {step.outcome.droppedFigures > 0 && (
                <p>{t('import.droppedFigures', { count: step.outcome.droppedFigures })}</p>
              )}
              <p className="muted">{t('import.backupAt', { file: step.outcome.backupFile })}</p>
            </div>
          )}
          {busy && <p className="muted">{t('import.reading')}</p>}
          <FormError error={error} />
        </div>
        <footer className="modal-footer">
          {step.kind === 'map' && (
            <button
              type="button"
              className="primary"
              disabled={busy || step.mapping.columns.name === undefined}
              onClick={() => void preview(step.inspection, step.mapping)}
            >
              {t('import.preview')}
            </button>
          )}
          {step.kind === 'preview' && (
            <>
              <button
                type="button"
                onClick={() => setStep({ kind: 'map', inspection: step.inspection, mapping: step.mapping })}
              >
                {t('import.back')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || step.preview.issues.length > 0 || step.preview.units.length === 0}
                onClick={() => void apply(step.mapping)}
              >
                {t('import.apply')}
              </button>
            </>
          )}
          <button type="button" onClick={onClose}>
            {step.kind === 'done' ? t('import.close') : t('import.cancel')}
          </button>
        </footer>
      </div>
    </div>
  );
}
