/**
 * The two-tier city sample (can-tho-2025) with two plans as an officer of its Sở Nội vụ makes them:
 * a sở merger, PSU merges, a transfer and a quota cut over the communes; and a smaller variant to
 * compare with. For the e2e tests of the plan's chart, table and comparison.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { saveNewScenario } from '../../db/scenarios-repo.ts';
import { SAMPLES } from '../../shared/sample/samples.ts';
import type { Operation } from '../../shared/scenario/operations.ts';
import { tempDir } from '../temp.ts';
import { openWorkspacePage } from './harness.ts';

export const CT_PLAN = 'Sắp xếp bộ máy thành phố Cần Thơ giai đoạn 2026 - 2030';
export const CT_VARIANT = 'Phương án thay thế: chỉ hợp nhất các sở, giữ nguyên đơn vị sự nghiệp';

const at = { date: '2026-03-01', year: 2026 } as const;
const PLAN: Operation[] = [
  { type: 'merge', ...at, units: ['CT.SNV', 'CT.SDTTG'], into: 'CT.SNV' },
  { type: 'merge', ...at, units: ['CT.SYT.BVDK', 'CT.SYT.BVNHI'], into: 'CT.SYT.BVDK' },
  { type: 'transfer', ...at, unit: 'CT.SNV.TTLT', parentCode: 'CT.VPUB' },
  {
    type: 'cutQuotas',
    date: '2027-01-01',
    year: 2027,
    scope: { under: 'CT', level: ['commune'], kind: ['division'] },
    percent: 5,
    fields: ['civilServantQuota'],
  },
];

/** The can-tho-2025 sample with both plans, served and open (the tree shown) in a new page. */
export async function openCanThoPlans(browser: Browser, viewport: { width: number; height: number }) {
  const file = path.join(tempDir(), 'can-tho.tinhgon');
  const sample = SAMPLES['can-tho-2025'];
  const units = sample.units();
  createWorkspace(file, sample.meta(), units, undefined, undefined, sample.extras(units)).close();
  const ws = openWorkspace(file);
  saveNewScenario(ws.db, { name: CT_PLAN, operations: PLAN });
  saveNewScenario(ws.db, { name: CT_VARIANT, operations: PLAN.slice(0, 1) });
  ws.close();
  return openWorkspacePage(browser, file, viewport);
}
