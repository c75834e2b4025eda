import { useMemo } from 'react';
import { useI18n } from '../i18n.tsx';
import type { ImportInspection } from '../../../shared/contract/index.ts';
import type { ImportMapping } from '../../../shared/import/mapping.ts';
import { headerLabels } from '../../../shared/import/detect.ts';
import { cellText, columnLetter, isBlankRow } from '../../../shared/import/table.ts';
import { isColumnNumberRow } from '../../../shared/import/read-units.ts';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/import/vocab.ts';
import { LEVELS, SECTORS, UNIT_KINDS } from '../../../shared/model/unit.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { ImportMode } from './import-mode.ts';
import { DecimalChoice } from '../ui/DecimalChoice.tsx';
import { HEADCOUNT_FIELDS } from '../../../shared/model/unit.ts';

const COUNTS = new Set<string>(HEADCOUNT_FIELDS);

const SHOWN_ROWS = 14;

/** The detected header row (changeable), one field per file column, defaults and import mode. */
export function MappingStep(props: {
  inspection: ImportInspection;
  mapping: ImportMapping;
  onMapping(m: ImportMapping): void;
  onSheet(sheet: string): void;
  workspaceUnitCount: number;
  mode: ImportMode;
  onMode(m: ImportMode): void;
}) {
  const { t } = useI18n();
  const { inspection, mapping } = props;
  const rows = inspection.preview;
  const labels = useMemo(
    () => headerLabels(rows, mapping.headerRow, mapping.headerRows),
    [rows, mapping.headerRow, mapping.headerRows],
  );
  const width = Math.max(labels.length, ...rows.map((r) => r.length));
  const fieldOfColumn = new Map(Object.entries(mapping.columns).map(([f, c]) => [c, f as ImportField]));
  const firstDataRow = mapping.headerRow + mapping.headerRows; // 1-based
  // The example shown per column: the first real data row (not blank, not "(1) (2) (3)…").
  const sampleRow = rows.slice(firstDataRow - 1).find((r) => !isBlankRow(r) && !isColumnNumberRow(r)) ?? [];

  const setColumn = (col: number, field: ImportField | '') => {
    const columns = Object.fromEntries(
      Object.entries(mapping.columns).filter(([f, c]) => c !== col && f !== field),
    ) as ImportMapping['columns'];
    if (field) columns[field] = col;
    props.onMapping({ ...mapping, columns });
  };

  return (
    <div className="mapping-step">
      <p className="muted" data-testid="mapping-note">
        {inspection.remembered ? t('import.remembered') : t('import.detected')}
      </p>
      <div className="mapping-controls">
        {inspection.sheets.length > 1 && (
          <label>
            {t('import.sheet')}{' '}
            <select value={mapping.sheet} onChange={(e) => props.onSheet(e.target.value)}>
              {inspection.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('import.headerRow')}{' '}
          <input
            type="number"
            min={1}
            max={rows.length}
            value={mapping.headerRow}
            data-testid="header-row"
            onChange={(e) => props.onMapping({ ...mapping, headerRow: Math.max(1, Number(e.target.value) || 1) })}
          />
        </label>
        <label>
          {t('import.headerRows')}{' '}
          <select
            value={mapping.headerRows}
            onChange={(e) => props.onMapping({ ...mapping, headerRows: Number(e.target.value) === 2 ? 2 : 1 })}
          >
            <option value={1}>{t('import.oneRow')}</option>
            <option value={2}>{t('import.twoRows')}</option>
          </select>
        </label>
      </div>

      <div className="sheet-preview" data-testid="sheet-preview">
        <table>
          <thead>
            <tr>
              <th />
              {Array.from({ length: width }, (_, c) => (
                <th key={c}>{columnLetter(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, Math.max(SHOWN_ROWS, firstDataRow + 3)).map((row, r) => {
              const n = r + 1;
              const isHeader = n >= mapping.headerRow && n < firstDataRow;
              return (
                <tr key={r} className={isHeader ? 'header-row' : n < mapping.headerRow ? 'above-header' : undefined}>
                  <th>{n}</th>
                  {Array.from({ length: width }, (_, c) => (
                    <td key={c}>{cellText(row[c])}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <table className="mapping-table">
        <thead>
          <tr>
            <th>{t('import.column')}</th>
            <th>{t('import.sample')}</th>
            <th>{t('import.field')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: width }, (_, c) => (
            <tr key={c} data-column={c}>
              <td>
                <strong>{columnLetter(c)}</strong> {labels[c] ?? ''}
              </td>
              <td className="muted">{cellText(sampleRow[c])}</td>
              <td>
                <select
                  aria-label={`${t('import.field')} ${columnLetter(c)}`}
                  value={fieldOfColumn.get(c) ?? ''}
                  onChange={(e) => setColumn(c, e.target.value as ImportField | '')}
                >
                  <option value="">{t('import.ignore')}</option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {t(`field.${f}` as MessageKey)}
                    </option>
                  ))}
                </select>
                {(() => {
                  // A count column whose numbers all read two ways ("1.000"): its decimal mark is asked here, once, and remembered with the mapping.
                  const field = fieldOfColumn.get(c);
                  const ambiguous = inspection.ambiguous.find((a) => a.index === c);
                  if (!field || !COUNTS.has(field) || !ambiguous) return null;
                  return (
                    <DecimalChoice
                      column={labels[c] || columnLetter(c)}
                      example={ambiguous.value}
                      value={mapping.decimals?.[field]}
                      testId={`decimal-${c}`}
                      onChange={(mark) =>
                        props.onMapping({ ...mapping, decimals: { ...mapping.decimals, [field]: mark } })
                      }
                    />
                  );
                })()}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <fieldset>
        <legend>{t('import.defaults')}</legend>
        <div className="mapping-controls">
          {(
            [
              ['kind', UNIT_KINDS],
              ['level', LEVELS],
              ['sector', SECTORS],
            ] as const
          ).map(([field, options]) => (
            <label key={field}>
              {t(`field.${field}`)}{' '}
              <select
                value={mapping.defaults[field]}
                onChange={(e) =>
                  props.onMapping({ ...mapping, defaults: { ...mapping.defaults, [field]: e.target.value } })
                }
              >
                {options.map((o) => (
                  <option key={o} value={o}>
                    {t(`${field}.${o}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>

      {props.workspaceUnitCount > 0 && (
        <fieldset>
          <legend>{t('import.mode')}</legend>
          {(['update', 'replace'] as const).map((m) => (
            <label key={m} className="radio">
              <input
                type="radio"
                name="import-mode"
                value={m}
                checked={props.mode === m}
                onChange={() => props.onMode(m)}
              />{' '}
              {t(m === 'update' ? 'import.modeUpdate' : 'import.modeReplace')}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
