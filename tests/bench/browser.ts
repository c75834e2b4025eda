/**
 * Figures 5 and 6 of `npm run bench`, in Chromium (browser mode): first render of the grid with
 * every unit of a 50,000-unit workspace and of the chart with 2,000 and 5,000 boxes, expand/collapse
 * and edit latency (Performance API, in the page), against the peer d3-org-chart drawing the same
 * trees in a page of the same size; peak RSS of the back end and of the renderer tab.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { createWorkspace } from '../../db/workspace.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { APP_ROOT } from '../../electron/paths.ts';
import { TOKEN_HEADER } from '../../electron/http-server.ts';
import { ARTIFACTS, ensureRendererBuilt, launchBrowser, serveWorkspace } from '../e2e/browser.ts';
import { quantile, type BenchRow } from './stats.ts';
import { meta, SIZE } from './backend.ts';
import { buildTree, parentCodes, visibleRows } from '../../shared/tree.ts';

const VIEWPORT = { width: 1600, height: 950 };

/** What to do in the page (no code strings: the app's CSP forbids eval). */
type Act =
  | { click: string }
  | { button: string }
  | { enter: string }
  | { peer: { id: string; expanded: boolean } }
  | { peerRender: true };
/** When it is done: a selector present or absent, a cell's text, at least or fewer than n matches, the grid's row count. */
type Done =
  | { present: string }
  | { absent: string }
  | { text: [string, string] }
  | { atLeast: [string, number] }
  | { fewer: [string, number] }
  | { rowCount: number };

/**
 * In the page: does `act`, then waits frame by frame until `done` holds and one more frame has
 * been drawn; returns the ms from before `act` to that frame (Performance API).
 */
async function timed(page: Page, act: Act, done: Done, timeoutMs = 180_000): Promise<number> {
  return page.evaluate(
    async ({ act, done, timeoutMs }) => {
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      const q = (sel: string) => document.querySelector(sel);
      const w = window as unknown as {
        chart: { setExpanded(id: string, e: boolean): { render(): void } };
        drawPeer(): void;
      };
      const t0 = performance.now();
      if ('click' in act) q(act.click)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      else if ('button' in act)
        [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === act.button)!.click();
      else if ('enter' in act)
        q(act.enter)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      else if ('peer' in act) w.chart.setExpanded(act.peer.id, act.peer.expanded).render();
      else w.drawPeer();
      const holds = () =>
        'present' in done
          ? !!q(done.present)
          : 'absent' in done
            ? !q(done.absent)
            : 'text' in done
              ? q(done.text[0])?.textContent === done.text[1]
              : 'atLeast' in done
                ? document.querySelectorAll(done.atLeast[0]).length >= done.atLeast[1]
                : 'fewer' in done
                  ? document.querySelectorAll(done.fewer[0]).length < done.fewer[1]
                  : Number(q('.grid-pane [aria-rowcount]')?.getAttribute('aria-rowcount') ?? 0) >= done.rowCount;
      while (!holds()) {
        if (performance.now() - t0 > timeoutMs) throw new Error(`timed out: ${JSON.stringify(done)}`);
        await frame();
      }
      await frame();
      performance.measure('bench', { start: t0, end: performance.now() });
      return performance.getEntriesByName('bench').pop()!.duration;
    },
    { act, done, timeoutMs },
  );
}

/** Peak RSS (VmHWM) of the Chromium renderer processes under this one, the largest: the tab. */
function rendererPeakMB(): number {
  let peak = 0;
  const walk = (p: number) => {
    const children = fs.existsSync(`/proc/${p}/task/${p}/children`)
      ? fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
      : [];
    for (const c of children) {
      try {
        const cmd = fs.readFileSync(`/proc/${c}/cmdline`, 'utf8');
        const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${c}/status`, 'utf8'));
        if (cmd.includes('--type=renderer') && hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {
        // the process ended meanwhile
      }
      walk(c);
    }
  };
  walk(process.pid);
  return peak;
}

/** The back end as its own process (figure 6): its address, and its peak RSS when asked. */
async function startBackend(file: string) {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'backend-server.ts'), file], {
    cwd: APP_ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null');
  const { url } = (await next()) as { url: string };
  // What the Nhân sự tab asks for, over HTTP as the page does (the JSON is built and sent by the back end).
  const token = new URL(url).searchParams.get('token')!;
  for (const channel of ['people.list', 'people.retirements', 'findings.list']) {
    const res = await fetch(new URL(`api/${channel}`, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: '{}',
    });
    const text = await res.text();
    if (!text.startsWith('{"ok":true')) throw new Error(`${channel}: HTTP ${res.status} ${text.slice(0, 300)}`);
  }
  return {
    url,
    peakRssMB: async () => {
      child.stdin.write('report\n');
      return ((await next()) as { peakRssMB: number }).peakRssMB;
    },
    stop: () => child.exitCode === null && child.kill(),
  };
}

/** 5a–c: the grid of a 50,000-unit workspace, all open; expand/collapse and edit latency. 6: memory. */
async function gridFigures(browser: Browser, file: string, reps: number): Promise<BenchRow[]> {
  console.error('bench: grid of 50,000 units in Chromium…');
  const backend = await startBackend(file);
  try {
    return await gridOn(browser, backend, reps);
  } finally {
    backend.stop();
  }
}

async function gridOn(
  browser: Browser,
  backend: Awaited<ReturnType<typeof startBackend>>,
  reps: number,
): Promise<BenchRow[]> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(backend.url);
  await page.locator('.ag-row').first().waitFor({ timeout: 120_000 });
  const openMs = await page.evaluate(() => performance.now()); // from navigation start to the first grid rows drawn
  const expandAll = await timed(page, { button: 'Mở tất cả' }, { rowCount: 50_001 });
  await page.screenshot({ path: path.join(ARTIFACTS, 'bench-grid-50000-all-open.png') });
  // Collapse and expand one department (48 units) in the grid, each timed to the drawn frame.
  const dept = 'P2.S3';
  const toggle = { click: `.ag-row[row-id="${dept}"] .toggle` };
  const collapse: number[] = [];
  const expand: number[] = [];
  // The outline draws only the rows in view: scroll it to the sở (its place among all rows open), then click it.
  const tree = buildTree(generateUnits(SIZE, 1));
  const index = visibleRows(tree, new Set(parentCodes(tree))).findIndex((r) => r.code === dept);
  await page.locator('.tree-rows[role="tree"]').evaluate((el, i) => {
    el.scrollTop = (i / Number(el.getAttribute('data-row-count'))) * el.scrollHeight - el.clientHeight / 2;
  }, index);
  await page.locator(`.tree-row[data-code="${dept}"] .tree-name`).click(); // brings the row into the grid's view
  await page.locator(`.ag-row[row-id="${dept}"]`).waitFor();
  for (let i = 0; i < reps; i++) {
    collapse.push(await timed(page, toggle, { absent: `.ag-row[row-id="${dept}.P1"]` }));
    expand.push(await timed(page, toggle, { present: `.ag-row[row-id="${dept}.P1"]` }));
  }
  // Edit one unit's headcount in the side panel (Enter commits); timed to the grid showing it.
  const unit = `${dept}.P1`;
  await page.locator(`.ag-row[row-id="${unit}"] [col-id="code"]`).click();
  const edits: number[] = [];
  for (let i = 0; i < reps; i++) {
    const value = String(100 + i);
    await page.locator('#f-civilServantActual').fill(value);
    edits.push(
      await timed(
        page,
        { enter: '#f-civilServantActual' },
        { text: [`.ag-row[row-id="${unit}"] [col-id="own.civilServantActual"]`, value] },
      ),
    );
  }
  await page.screenshot({ path: path.join(ARTIFACTS, 'bench-grid-50000-edited.png') });
  const tabPeak = rendererPeakMB();
  await page.close();
  const backendPeak = await backend.peakRssMB();
  const lat = (name: string, xs: number[]): BenchRow[] => [
    { figure: '5', measure: `${name} p50`, value: quantile(xs, 0.5), unit: 'ms', baseline: null, goal: null },
    {
      figure: '5',
      measure: `${name} p95`,
      value: quantile(xs, 0.95),
      unit: 'ms',
      baseline: null,
      goal: null,
      note: `${xs.length} times`,
    },
  ];
  return [
    {
      figure: '5',
      measure: 'open in the browser: first grid rows drawn',
      value: openMs,
      unit: 'ms',
      baseline: null,
      goal: null,
      note: 'from navigation start; 50,000 units, roots open (about 6,900 rows)',
    },
    {
      figure: '5',
      measure: 'grid first render, all 50,000 rows open',
      value: expandAll,
      unit: 'ms',
      baseline: null,
      goal: null,
      note: '"Mở tất cả" clicked to the frame drawn with 50,000 rows (grid and tree)',
    },
    ...lat('grid collapse a sở (48 units)', collapse),
    ...lat('grid expand a sở (48 units)', expand),
    ...lat('edit a headcount (panel → grid)', edits),
    {
      figure: '6',
      measure: 'back end peak RSS, 50,000 units + 100,000 people',
      value: backendPeak,
      unit: 'MB',
      baseline: null,
      goal: { text: '< 500 MB', met: backendPeak < 500 },
      note: 'browser-mode server process serving the grid above, after listing all people, their retirements and the findings',
    },
    {
      figure: '6',
      measure: 'renderer tab peak RSS (grid above)',
      value: tabPeak,
      unit: 'MB',
      baseline: null,
      goal: null,
    },
  ];
}

/** d3-org-chart and d3, bundled for a page. */
async function peerBundle(): Promise<string> {
  const out = await build({
    stdin: { contents: "import { OrgChart } from 'd3-org-chart'; window.OrgChart = OrgChart;", resolveDir: APP_ROOT },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Our chart, everything open, and the peer on the same tree in the same page size. */
async function chartFigures(
  browser: Browser,
  dir: string,
  size: number,
  reps: number,
  bundle: string,
): Promise<BenchRow[]> {
  console.error(`bench: chart of ${size} boxes, ours and d3-org-chart…`);
  const units = generateUnits(size, 1);
  const file = path.join(dir, `chart-${size}.tinhgon`);
  createWorkspace(file, meta, units).close();
  const app = await serveWorkspace(file);
  const rows: BenchRow[] = [];
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(app.server.openUrl);
    await page.locator('.tree-row').first().waitFor();
    await page.getByRole('button', { name: 'Mở tất cả' }).click();
    await page.locator(`.ag-row`).first().waitFor();
    // Done when all the boxes are laid out and those in the view (plus a margin) are drawn: the chart
    // draws only what the view shows, so the frame is the one the user sees.
    const laidOut = (n: number) => `[data-testid="org-chart"][data-box-count="${n}"]`;
    const firstRender = await timed(page, { button: 'Sơ đồ tổ chức' }, { present: `${laidOut(size)} .chart-node` });
    const chartBox = (await page.getByTestId('org-chart').boundingBox())!;
    const ourScale = await page.evaluate(
      () => new DOMMatrix(getComputedStyle(document.querySelector('[data-testid="org-chart"] > g')!).transform).a,
    );
    const drawnFirst = Number(await page.getByTestId('org-chart').getAttribute('data-drawn-count'));
    await page.screenshot({ path: path.join(ARTIFACTS, `bench-chart-${size}.png`) });
    const dept = 'P1.S2';
    // The chart draws what the view shows: find the sở (the chart centres on it at zoom 1), then zoom
    // out four times back to the readable 0.35 around it, as a user would before opening it.
    await page.getByTestId('chart-search').fill(dept);
    await page.getByTestId('chart-search').press('Enter');
    await page.locator(`.chart-node.selected[data-chart-code="${dept}"]`).waitFor();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Thu nhỏ' }).click();
    const expandScale = await page.evaluate(
      () => new DOMMatrix(getComputedStyle(document.querySelector('[data-testid="org-chart"] > g')!).transform).a,
    );
    await page.locator(`.chart-node[data-chart-code="${dept}"] .chart-toggle`).waitFor();
    const toggle = { click: `.chart-node[data-chart-code="${dept}"] .chart-toggle` };
    const expand: number[] = [];
    const subtree = units.filter((u) => u.code.startsWith(`${dept}.`)).length;
    let drawnExpand = 0;
    for (let i = 0; i < reps; i++) {
      await timed(page, toggle, { present: laidOut(size - subtree) });
      expand.push(await timed(page, toggle, { present: laidOut(size) }));
      drawnExpand = Number(await page.getByTestId('org-chart').getAttribute('data-drawn-count'));
    }
    const childDrawn = await page.locator(`[data-chart-code="${dept}.P1"]`).count();
    await page.close();

    // The peer: same tree under one root (it needs a single root), same box size, no animation.
    const peer = await browser.newPage({ viewport: VIEWPORT });
    await peer.setContent(
      `<!doctype html><body style="margin:0"><div id="chart" style="width:${Math.round(chartBox.width)}px;height:${Math.round(chartBox.height)}px"></div></body>`,
    );
    await peer.addScriptTag({ content: bundle });
    const data = [
      { id: '__root', parentId: '', name: 'Root', kind: '', _expanded: true },
      ...units.map((u) => ({
        id: u.code,
        parentId: u.parentCode ?? '__root',
        name: u.name,
        kind: u.kind,
        cs: `${u.civilServantActual}/${u.civilServantQuota}`,
        _expanded: true,
      })),
    ];
    await peer.evaluate((d) => {
      type Peer = {
        container(s: string): Peer;
        data(d: unknown): Peer;
        nodeWidth(f: () => number): Peer;
        nodeHeight(f: () => number): Peer;
        duration(n: number): Peer;
        nodeContent(f: (d: { data: Record<string, string> }) => string): Peer;
        render(): Peer;
      };
      const w = window as unknown as { OrgChart: new () => Peer; chart: Peer; drawPeer(): void };
      w.drawPeer = () => {
        w.chart = new w.OrgChart()
          .container('#chart')
          .data(d)
          .nodeWidth(() => 200)
          .nodeHeight(() => 62)
          .duration(0)
          .nodeContent(
            (n) =>
              `<div style="width:200px;height:62px;border:1px solid #ccc;background:#fff;font:12px sans-serif;padding:4px;box-sizing:border-box">${n.data.name}<br>${n.data.kind} · ${n.data.id}<br>${n.data.cs ?? ''}</div>`,
          )
          .render();
      };
    }, data);
    const peerFirst = await timed(peer, { peerRender: true }, { atLeast: ['#chart .node', size] });
    const peerScale = await peer.evaluate(
      () => new DOMMatrix(getComputedStyle(document.querySelector('#chart .chart')!).transform).a,
    );
    await peer.screenshot({ path: path.join(ARTIFACTS, `bench-peer-d3-org-chart-${size}.png`) });
    const children = units.filter((u) => u.parentCode === dept).length;
    const peerExpand: number[] = [];
    for (let i = 0; i < Math.min(reps, 5); i++) {
      // Collapsing closes the whole subtree in d3-org-chart: expanding brings back the sở's own children.
      await timed(peer, { peer: { id: dept, expanded: false } }, { fewer: ['#chart .node', size] });
      const collapsed = await peer.evaluate(() => document.querySelectorAll('#chart .node').length);
      peerExpand.push(
        await timed(peer, { peer: { id: dept, expanded: true } }, { atLeast: ['#chart .node', collapsed + children] }),
      );
    }
    await peer.close();
    const e50 = quantile(expand, 0.5);
    const p50 = quantile(peerExpand, 0.5);
    rows.push(
      {
        figure: '5',
        measure: `chart first render, ${size.toLocaleString('en')} boxes (peer)`,
        value: peerFirst,
        unit: 'ms',
        baseline: null,
        goal: null,
        note: `d3-org-chart 3.1.1, everything expanded, duration(0); zoom after render ${peerScale.toFixed(2)}`,
      },
      {
        figure: '5',
        measure: `chart first render, ${size.toLocaleString('en')} boxes (TinhGon)`,
        value: firstRender,
        unit: 'ms',
        baseline: { name: 'd3-org-chart', value: peerFirst },
        goal: { text: '≥ 5× faster, boxes readable', met: peerFirst / firstRender >= 5 && ourScale >= 0.35 },
        note: `chart tab clicked to the frame drawn; zoom after render ${ourScale.toFixed(2)} (text readable from 0.35); ${drawnFirst} of ${size} laid-out boxes drawn (the view plus a margin)`,
      },
      {
        figure: '5',
        measure: `chart expand a sở, ${size.toLocaleString('en')} boxes (peer)`,
        value: p50,
        unit: 'ms',
        baseline: null,
        goal: null,
        note: `p50 of ${peerExpand.length}; brings back the sở's ${children} children (its subtree was closed by the collapse)`,
      },
      {
        figure: '5',
        measure: `chart expand a sở, ${size.toLocaleString('en')} boxes (TinhGon)`,
        value: e50,
        unit: 'ms',
        baseline: { name: 'd3-org-chart', value: p50 },
        goal: { text: '≥ 5× faster', met: p50 / e50 >= 5 },
        note: `p50 of ${expand.length}; p95 ${quantile(expand, 0.95).toFixed(0)} ms; at zoom ${expandScale.toFixed(2)} around the sở; brings back the sở's whole subtree (${subtree} boxes, laid out; ${drawnExpand} boxes drawn after, its first child ${childDrawn ? 'among them' : 'outside the view'})`,
      },
    );
  } finally {
    await app.stop();
  }
  return rows;
}

/** `chartOnly`: the chart figures without the grid's (BENCH_ONLY=chart). */
export async function browserFigures(
  dir: string,
  bigFile: string,
  reps: number,
  chartOnly = false,
): Promise<BenchRow[]> {
  ensureRendererBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await launchBrowser();
  try {
    const bundle = await peerBundle();
    const rows = chartOnly ? [] : await gridFigures(browser, bigFile, reps);
    for (const size of [2_000, 5_000]) rows.push(...(await chartFigures(browser, dir, size, reps, bundle)));
    return rows;
  } finally {
    await browser.close();
  }
}
