import { useMemo } from 'react';
import { FieldChange } from '../ui/FieldChange.tsx';
import { useI18n } from '../i18n.tsx';
import type { ImportPreview } from '../../../shared/contract/index.ts';
import { isMessageKey } from '../../../shared/i18n/index.ts';
import { buildTree, visibleRows } from '../../../shared/tree.ts';
import { computeRollups } from '../../../shared/rollup.ts';
import type { ImportMode } from './import-mode.ts';

const TREE_LIMIT = 300;
const LIST_LIMIT = 100;

/** What the import would do: problems (if any), the resulting tree, and what changes. */
export function PreviewStep({ preview, mode }: { preview: ImportPreview; mode: ImportMode | null }) {
  const { t, n } = useI18n();
  const tree = useMemo(() => buildTree(preview.units), [preview.units]);
  const rollups = useMemo(() => computeRollups(tree), [tree]);
  const rows = useMemo(() => visibleRows(tree, new Set(tree.preorder)), [tree]);
  const { diff } = preview;

  return (
    <div className="preview-step">
      {preview.issues.length > 0 && (
        <section className="import-issues" data-testid="import-issues">
          <p className="form-error">{t('import.errors', { count: n(preview.issues.length) })}</p>
          <table>
            <thead>
              <tr>
                <th>{t('import.row')}</th>
                <th>{t('import.column')}</th>
                <th>{t('import.value')}</th>
                <th>{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.issues.slice(0, 500).map((i, k) => (
                <tr key={k}>
                  <td>{i.row}</td>
                  <td>{i.column}</td>
                  <td>{i.value}</td>
                  <td>{isMessageKey(i.key) ? t(i.key, i.params) : i.key}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <p data-testid="import-summary">
        {t('import.summary', { count: n(preview.units.length) })}
        {preview.skipped.length > 0 && ` ${t('import.skipped', { count: n(preview.skipped.length) })}`}
      </p>
      {preview.skipped.length > 0 && (
        <details className="import-skipped">
          <summary>{t('import.skipped', { count: n(preview.skipped.length) })}</summary>
          <ul>
            {preview.skipped.map((r) => (
              <li key={r.row}>{t('import.skippedRow', { row: r.row, text: r.text })}</li>
            ))}
          </ul>
        </details>
      )}

      {preview.workspaceUnitCount > 0 && (
        <section className="import-diff" data-testid="import-diff">
          <ul>
            <li>{t('import.added', { count: n(diff.added.length) })}</li>
            <li>{t('import.changed', { count: n(diff.changed.length) })}</li>
            <li>{t('import.unchanged', { count: n(diff.unchanged) })}</li>
            <li>
              {t(mode === 'replace' ? 'import.missingRemoved' : 'import.missingKept', {
                count: n(diff.missing.length),
              })}
            </li>
          </ul>
          {diff.changed.length > 0 && (
            <table>
              <tbody>
                {diff.changed.slice(0, LIST_LIMIT).map((c) => (
                  <tr key={c.code}>
                    <td>
                      {c.name} <span className="muted">({c.code})</span>
                    </td>
                    <td>
                      {c.fieldChanges.map((ch) => (
                        <FieldChange key={ch.field} field={ch.field} before={ch.from ?? null} after={ch.to ?? null} />
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {preview.units.length > 0 && (
        <section className="import-tree" data-testid="import-tree">
          <h3>{t('import.previewTree')}</h3>
          <div className="tree-rows">
            {rows.slice(0, TREE_LIMIT).map((r) => {
              const u = tree.byCode.get(r.code)!;
              return (
                <div key={r.code} className="tree-row" style={{ paddingLeft: 6 + r.depth * 16 }}>
                  <span className="tree-name">{u.name}</span>
                  <span className="muted">{u.code}</span>
                  <span className="tree-total">{t('tree.people', { count: n(rollups.get(r.code)!.totalPeople) })}</span>
                </div>
              );
            })}
            {rows.length > TREE_LIMIT && (
              <p className="muted">{t('import.more', { count: n(rows.length - TREE_LIMIT) })}</p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
