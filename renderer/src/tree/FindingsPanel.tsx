import { useMemo, useState } from 'react';
import { RULES, SEVERITIES, type RuleId, type Severity } from '../../../shared/rules/findings.ts';
import type { Confidence } from '../../../shared/rules/rule-sets.ts';
import { ancestorsOf } from '../../../shared/tree.ts';
import { unitLabels } from '../../../shared/scenario/figures.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import { useI18n } from '../i18n.tsx';
import { call } from '../api.ts';
import { downloadBase64 } from '../app/files.ts';
import { FormError } from '../ui/FormError.tsx';

const SHOWN = 400;

type Translate = ReturnType<typeof useI18n>['t'];
type Shown = { severity: Severity; confidence: Confidence; citation: string };
/**
 * A finding's badge and basis line, chosen together so they never contradict: a note resting on an
 * unverified value says "Cần xác minh" and names its source as unverified; a note of a checked rule
 * (it needs data the workspace lacks, or it flags the data) says "Cần kiểm tra số liệu" with its
 * basis and how sure that basis is.
 */
const labelsOf = (t: Translate, f: Shown) => {
  if (f.severity !== 'note')
    return { badge: t(`severity.${f.severity}`), basis: `${f.citation} · ${t(`confidence.${f.confidence}`)}` };
  if (f.confidence === 'M')
    return { badge: t('severity.note'), basis: t('findings.unverifiedSource', { citation: f.citation }) };
  return {
    badge: t('findings.noteData'),
    basis: `${t('findings.noteBasis', { citation: f.citation })} · ${t(`confidence.${f.confidence}`)}`,
  };
};

/**
 * Every finding of the workspace, filtered by rule, severity and subtree; a click focuses the unit.
 * Violations and warnings are shown apart from the "cần xác minh" notes (unverified values, or rules
 * whose application the workspace cannot tell), which a toggle shows with their source.
 */
export function FindingsPanel({ workspace }: { workspace: WorkspaceState }) {
  const { t, n } = useI18n();
  const [rule, setRule] = useState<RuleId | ''>('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [subtree, setSubtree] = useState(false);
  const [notes, setNotes] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const showNotes = (on: boolean) => {
    setNotes(on);
    setSeverity('');
  };
  // Each unit named as the print names it: with its parent where the name alone is ambiguous ("Thanh tra Sở — Sở Y tế").
  const labelOf = useMemo(() => unitLabels([...workspace.tree.byCode.values()]), [workspace.tree]);
  const noteCount = useMemo(() => workspace.findings.filter((f) => f.severity === 'note').length, [workspace.findings]);
  const shown = useMemo(() => {
    return workspace.findings.filter((f) => {
      if ((f.severity === 'note') !== notes) return false;
      if (rule && f.rule !== rule) return false;
      if (severity && f.severity !== severity) return false;
      if (
        subtree &&
        workspace.selected &&
        f.unitCode !== workspace.selected &&
        !ancestorsOf(workspace.tree, f.unitCode).includes(workspace.selected)
      )
        return false;
      return true;
    });
  }, [workspace.findings, workspace.tree, workspace.selected, rule, severity, subtree, notes]);

  return (
    <div className="findings-panel" data-testid="findings-panel">
      <div className="findings-kinds" role="group" aria-label={t('findings.kinds')}>
        <button type="button" aria-pressed={!notes} onClick={() => showNotes(false)} data-testid="findings-violations">
          {t('findings.violations', { count: n(workspace.findings.length - noteCount) })}
        </button>
        <button type="button" aria-pressed={notes} onClick={() => showNotes(true)} data-testid="findings-notes">
          {t('findings.notes', { count: n(noteCount) })}
        </button>
      </div>
      <div className="findings-filters">
        <select aria-label={t('findings.rule')} value={rule} onChange={(e) => setRule(e.target.value as RuleId | '')}>
          <option value="">{t('findings.allRules')}</option>
          {RULES.map((r) => (
            <option key={r} value={r}>
              {t(`rule.${r}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('findings.severity')}
          value={severity}
          onChange={(e) => setSeverity(e.target.value as Severity | '')}
        >
          <option value="">{t('findings.allSeverities')}</option>
          {SEVERITIES.filter((s) => (s === 'note') === notes).map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={subtree} onChange={(e) => setSubtree(e.target.checked)} />{' '}
          {t('findings.subtree')}
        </label>
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            onClick={() => {
              setExportError(null);
              void call('export.findings', { format })
                .then((f) => downloadBase64(f.fileName, f.data))
                .catch(setExportError);
            }}
          >
            {t(format === 'xlsx' ? 'menu.exportXlsx' : 'menu.exportCsv')}
          </button>
        ))}
      </div>
      <FormError error={exportError} />
      <div className="muted findings-summary">
        {t('findings.count', { count: shown.length })} · {t('findings.ruleSet', { title: workspace.ruleSetTitle })}
      </div>
      <ul className="findings-list">
        {shown.length === 0 && <li className="muted">{t('findings.none')}</li>}
        {shown.slice(0, SHOWN).map((f, i) => {
          return (
            <li
              key={`${f.unitCode}-${f.key}-${i}`}
              className={workspace.selected === f.unitCode ? 'selected' : undefined}
            >
              <button type="button" onClick={() => workspace.select(f.unitCode)} data-code={f.unitCode}>
                <span className={`severity ${f.severity}`}>{labelsOf(t, f).badge}</span>
                <strong>{labelOf(f.unitCode)}</strong>
                <span className="finding-message">{t(f.key, f.params)}</span>
                {f.severity === 'note' && <span className="muted citation">{labelsOf(t, f).basis}</span>}
              </button>
            </li>
          );
        })}
        {shown.length > SHOWN && <li className="muted">{t('import.more', { count: n(shown.length - SHOWN) })}</li>}
      </ul>
    </div>
  );
}

/** The findings of one unit, with their legal basis and how sure it is: for the side panel. */
export function UnitFindings({ workspace, code }: { workspace: WorkspaceState; code: string }) {
  const { t } = useI18n();
  const list = workspace.findingsByUnit.get(code) ?? [];
  if (list.length === 0) return null;
  return (
    <fieldset className="unit-findings" data-testid="unit-findings">
      <legend>{t('findings.unit')}</legend>
      <ul>
        {list.map((f, i) => (
          <li key={i} className={f.severity}>
            <div>
              {f.severity === 'note' && <span className="severity note">{labelsOf(t, f).badge}</span>}{' '}
              {t(f.key, f.params)}
            </div>
            <div className="muted citation">{labelsOf(t, f).basis}</div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
