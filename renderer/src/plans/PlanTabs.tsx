import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n.tsx';

/** The centre of the plan workspace: one view of the plan at a time. "In" opens the print view over the page. */
export const PLAN_TABS = ['chart', 'table', 'metrics', 'targets', 'roadmap', 'compare', 'print'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

const TAB_KEY = 'tinhgon.planTab';
const isTab = (v: string | null): v is PlanTab => v !== null && (PLAN_TABS as readonly string[]).includes(v);

/** The chosen tab, kept for the browser tab's session (a reload or a re-render shows the same one). */
export function usePlanTab(): [PlanTab, (t: PlanTab) => void] {
  const [tab, setShown] = useState<PlanTab>(() => {
    const saved = sessionStorage.getItem(TAB_KEY);
    return isTab(saved) && saved !== 'print' ? saved : 'chart';
  });
  const setTab = (t: PlanTab) => {
    setShown(t);
    sessionStorage.setItem(TAB_KEY, t);
  };
  return [tab, setTab];
}

export function PlanTabBar({ tab, onTab, onPrint }: { tab: PlanTab; onTab(t: PlanTab): void; onPrint(): void }) {
  const { t } = useI18n();
  return (
    <div className="pane-tabs plan-tabs" role="tablist" aria-label={t('scn.tabs')}>
      {PLAN_TABS.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={tab === k}
          className={tab === k ? 'active' : ''}
          // A tab is drawn within the click, like the app's views: the next frame shows it.
          onClick={() => (k === 'print' ? onPrint() : flushSync(() => onTab(k)))}
        >
          {t(`scn.tab.${k}`)}
        </button>
      ))}
    </div>
  );
}
