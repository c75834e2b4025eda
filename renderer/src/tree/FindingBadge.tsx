import { worstSeverity, type Finding } from '../../../shared/rules/findings.ts';
import { useI18n } from '../i18n.tsx';

/** A small count of a unit's findings, red when any is a breach, amber for warnings, grey-blue for "cần xác minh" notes only. */
export function FindingBadge({ findings }: { findings: Finding[] | undefined }) {
  const { t } = useI18n();
  if (!findings || findings.length === 0) return null;
  const severity = worstSeverity(findings);
  const title = findings.map((f) => `• ${t(f.key, f.params)}`).join('\n');
  return (
    <span className={`finding-badge ${severity}`} title={title} data-testid="finding-badge">
      {findings.length}
    </span>
  );
}
