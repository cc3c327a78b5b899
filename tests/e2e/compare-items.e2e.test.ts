/**
 * The compare view in Chromium, a draft against its template: 杨浦 2015–2017 (seed 002) made into a 2027–2029
 * draft through the core, three items (事项) of 重点任务3 推进三网融合 edited (a partner, a milestone, one removed,
 * one added). The task's row is a change, its field diff lists the four items, and milestones of an untouched
 * task read 第1年 … 第3年 with 2027 / 2015 on one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk, type PlanNode } from '../../shared/model/plan';
import { call, e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('compare items (e2e)', () => {
  let app: App;
  let template = '';
  let draft = '';

  beforeAll(async () => {
    app = await startApp();
    const list = await call(app, 'library.list', {});
    template = list.find((p) => p.district === '杨浦区')!.id;
    draft = (await call(app, 'plan.createFromTemplate', { templateId: template, district: '杨浦区', period: { start: 2027, end: 2029 }, mode: 'full' })).id;
    const { revision, id: _id, ...doc } = await call(app, 'plan.get', { id: draft });
    const task = [...walk(doc.nodes)].find(({ node }) => node.kind === 'task' && node.heading === '推进三网融合')!.node;
    const items = task.children.filter((c) => c.kind === 'item');
    items[0].partners = ['区建管委'];
    items[2].milestones = [{ year: 2028, stage: '推进', text: '白频谱骨干物联专网试点' }];
    const added: PlanNode = { ...items[1], id: 'e2e-new-item', number: '4)', heading: '推进5G网络与NGB-W网络协同建设', body: '', partners: [], lead: [], children: [] };
    task.children = task.children.filter((c) => c !== items[1]);
    task.children.push(added);
    await call(app, 'plan.save', { id: draft, doc, baseRevision: revision });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const row = (left: string) =>
    app.page.locator('[data-test=compare-row]').filter({ has: app.page.locator('[data-test=row-left]', { hasText: left }) }).filter({ has: app.page.locator('[data-test=row-right]', { hasText: left }) }).first();

  it('the task with edited items is a change and lists them', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/compare?left=${draft}&right=${template}`);
    const r = row('推进三网融合');
    await r.waitFor({ timeout: 60_000 });
    expect(await r.getAttribute('class')).toContain('changed');
    await r.click();
    const items = page.locator('[data-test=item-diff]');
    await items.waitFor();
    expect(await items.locator('h4').first().innerText()).toContain('4 项事项有差异');
    const rows = items.locator('[data-test=item-row]');
    expect(await rows.count()).toBe(4);
    const texts = await rows.allInnerTexts();
    expect(texts[0]).toContain('配合部门');
    expect(texts[0]).toContain('区建管委');
    expect(texts[1]).toContain('仅右侧');
    expect(texts[1]).toContain('着力在民生服务');
    expect(texts[2]).toContain('年度节点');
    expect(texts[2]).toContain('第2年');
    expect(texts[3]).toContain('仅左侧');
    expect(texts[3]).toContain('推进5G网络与NGB-W网络协同建设');
    expect(await page.getByTestId('pair-detail').innerText()).not.toContain('均无差异');
    await items.scrollIntoViewIfNeeded();
    await app.shot('compare-items');
  }, 120_000);

  it('milestones of an untouched task line up by plan year', async () => {
    const { page } = app;
    const r = row('建设综合云平台');
    await r.click();
    const ms = page.locator('[data-test=milestone-diff]');
    await ms.waitFor();
    const firstCells = await ms.locator('tbody tr td:first-child').allInnerTexts();
    expect(firstCells.map((x) => x.replace(/\s+/g, ''))).toEqual(['第1年2027/2015', '第2年2028/2016', '第3年2029/2017']);
    expect(await ms.locator('tbody tr.changed').count()).toBe(0);
    expect(await ms.locator('tbody tr').first().innerText()).toContain('建立政务云平台');
    await ms.scrollIntoViewIfNeeded();
    await app.shot('compare-items-milestones');
  }, 60_000);
});
