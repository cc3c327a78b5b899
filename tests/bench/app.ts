/**
 * App benchmarks in Debian Chromium against browser mode: first paint of the library, opening the largest seed in
 * the editor, and scrolling the outline of a 1,000-node plan.
 */
import { performance } from 'node:perf_hooks';
import { FORMAT, emptyNode, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { chromiumPath, startApp } from '../e2e/harness';
import { ms, percentile } from './machine';

function bigPlan(): PlanDoc {
  // 5 parts × 4 actions × 10 tasks × 4 items = 1,025 nodes
  let n = 0;
  const node = (kind: PlanNode['kind'], heading: string, body = '', children: PlanNode[] = []): PlanNode => ({ ...emptyNode(`b${++n}`, kind), heading, body, children });
  const parts = Array.from({ length: 5 }, (_, p) =>
    node('part', `第${p + 1}部分 主要任务`, '', Array.from({ length: 4 }, (_, a) =>
      node('action', `行动${a + 1} 推进智慧城市建设`, '围绕智慧城市建设目标,推进信息化应用。', Array.from({ length: 10 }, (_, t) =>
        node('task', `重点任务 ${p}-${a}-${t} 建设综合服务平台`, '到2029年,家庭光纤入户率达到90%。(责任单位:区科委)', Array.from({ length: 4 }, (_, i) =>
          node('item', '', `具体事项 ${i + 1}:完善相关信息系统,提升服务能级。`))))))));
  return {
    format: FORMAT,
    meta: { title: '千节点测试计划(2027-2029)', district: '测试区', city: '上海市', period: { start: 2027, end: 2029 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '' },
    nodes: parts,
  };
}

export async function benchApp(): Promise<string> {
  if (!chromiumPath()) return '## App\n\nNo Chromium found (apt-get install chromium) — app benchmarks skipped.\n';
  const app = await startApp();
  const { page } = app;
  try {
    // 1. first paint of the library (cold page load, warm server)
    const paints: number[] = [];
    const cards: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await page.goto(`${app.url}?r=${i}`);
      await page.getByTestId('plan-card').first().waitFor();
      cards.push(performance.now() - t0);
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
      paints.push(fcp);
    }
    paints.sort((a, b) => a - b);
    cards.sort((a, b) => a - b);

    // 2. open the largest seed (杨浦 2015, 97 KB) in the editor: click → outline and node panel shown
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(app.url);
      await page.getByTestId('plan-card').first().waitFor();
      const t0 = performance.now();
      await page.getByTestId('plan-card').filter({ hasText: '杨浦区“智慧城市”' }).click();
      await page.locator('[data-test=outline-row]').nth(10).waitFor();
      await page.getByTestId('node-panel').waitFor();
      opens.push(performance.now() - t0);
    }
    opens.sort((a, b) => a - b);

    // 3. scroll the outline of a 1,025-node plan
    const stored = await app.core.call('plan.importCommit', { doc: bigPlan(), status: 'draft' });
    if (!stored.ok) throw new Error(stored.error.message);
    await page.goto(`${app.url}#/plan/${stored.result.id}`);
    await page.locator('[data-test=outline-row]').first().waitFor();
    const scroll = await page.evaluate(async () => {
      const vp = document.querySelector('[data-test=outline-viewport]') as HTMLElement;
      const frames: number[] = [];
      let last = performance.now();
      const rendered: number[] = [];
      for (let i = 0; i < 240; i++) {
        vp.scrollTop += 120;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const now = performance.now();
        frames.push(now - last);
        last = now;
        rendered.push(document.querySelectorAll('[data-test=outline-row]').length);
      }
      return { frames, rendered, height: vp.scrollHeight };
    });
    const f = scroll.frames.slice(5).sort((a, b) => a - b);
    return [
      '## App (browser mode, Debian Chromium headless)',
      '',
      `- first paint of the library: first-contentful-paint p50 ${ms(percentile(paints, 0.5))} ms; page load → first plan card shown p50 ${ms(percentile(cards, 0.5))} ms (5 loads)`,
      `- open the largest seed (杨浦 2015, 97 KB, 120 nodes) from the library: click → outline and node panel shown p50 ${ms(percentile(opens, 0.5))} ms, max ${ms(opens[opens.length - 1])} ms (5 runs)`,
      `- outline of a 1,025-node plan, 240 scroll steps of 120 px: frame time p50 ${ms(percentile(f, 0.5))} ms, p95 ${ms(percentile(f, 0.95))} ms, max ${ms(f[f.length - 1])} ms; rows in the DOM at most ${Math.max(...scroll.rendered)} (virtualised; scroll height ${scroll.height} px)`,
      '',
      'Headless Chromium without GPU; frame times include the browser\'s own work. 16.7 ms is one frame at 60 Hz.',
      '',
    ].join('\n');
  } finally {
    await app.close();
  }
}
