/** The print view's parts of a plan's documents: the appendices chosen and ordered, each operation's section, other costs. */
import { useI18n } from '../i18n.tsx';
import type { ProposalView } from '../../../shared/contract/index.ts';
import {
  OPERATION_FACETS,
  type AppendixKey,
  type OperationFacet,
  type ProposalSettings,
} from '../../../shared/print/settings.ts';

type Choice = Array<{ key: AppendixKey; on: boolean }>;

/** The appendices of the document: a checkbox each, moved up and down; the body numbers them in this order. */
export function AppendixChooser({
  list,
  onChange,
}: {
  list: ProposalView['appendices'];
  onChange: (choice: Choice) => void;
}) {
  const { t } = useI18n();
  const choice: Choice = list.map(({ key, on }) => ({ key, on }));
  const move = (i: number, by: number) => {
    const next = [...choice];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset className="print-appendices" data-testid="print-appendices">
      <legend>{t('print.appendices')}</legend>
      <ol>
        {list.map((a, i) => (
          <li key={a.key} data-testid={`appendix-${a.key}`}>
            <label>
              <input
                type="checkbox"
                checked={a.on}
                onChange={(e) => onChange(choice.map((c) => (c.key === a.key ? { ...c, on: e.target.checked } : c)))}
              />{' '}
              {t(`print.appendix.${a.key}`)}
              {!a.available && <span className="muted"> {t('print.appendix.none')}</span>}
            </label>{' '}
            <button
              type="button"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`${t('print.up')}: ${t(`print.appendix.${a.key}`)}`}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === list.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`${t('print.down')}: ${t(`print.appendix.${a.key}`)}`}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

/** Each reshaping operation's parts (đề án), started from the plan's data. */
export function OperationSections({
  operations,
  edits,
  onEdit,
}: {
  operations: ProposalView['operations'];
  edits: ProposalSettings['operationSections'];
  onEdit: (key: string, facet: OperationFacet, text: string) => void;
}) {
  const { t } = useI18n();
  if (operations.length === 0) return null;
  return (
    <details className="print-operations">
      <summary>{t('print.operationSections')}</summary>
      {operations.map((op) => (
        <details key={op.key}>
          <summary>{op.title}</summary>
          {OPERATION_FACETS.map((f) => {
            const text = edits[op.key]?.[f] ?? op.facets[f];
            return (
              <label key={f} className="print-field">
                {t(`print.facet.${f}`)}
                <textarea rows={3} value={text} onChange={(e) => onEdit(op.key, f, e.target.value)} />
              </label>
            );
          })}
        </details>
      ))}
    </details>
  );
}

/** Costs beyond the payouts: a description and an amount in đồng each. */
export function OtherCosts({
  costs,
  onChange,
}: {
  costs: ProposalSettings['otherCosts'];
  onChange: (costs: ProposalSettings['otherCosts']) => void;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<ProposalSettings['otherCosts'][number]>) =>
    onChange(costs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="print-costs">
      <legend>{t('print.otherCosts')}</legend>
      {costs.map((c, i) => (
        <div key={i} className="print-cost">
          <input
            aria-label={t('print.costLabel')}
            value={c.label}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <input
            aria-label={t('print.costAmount')}
            inputMode="numeric"
            value={String(c.amount)}
            onChange={(e) => set(i, { amount: Number(e.target.value.replace(/\D/g, '') || '0') })}
          />
          <button type="button" onClick={() => onChange(costs.filter((_, j) => j !== i))}>
            {t('print.removeCost')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...costs, { label: '', amount: 0 }])}>
        {t('print.addCost')}
      </button>
    </fieldset>
  );
}
