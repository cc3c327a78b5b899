/**
 * Review of one entry of a list field in Chromium, on a copy of 杨浦 2015–2017 under review: ✎ on the 牵头单位 chip
 * 区科委 of 重点任务1 建设综合云平台 and a comment on it; ✎ on its milestone 2016 推进 建立政务云平台, then 建议修改 with
 * another year; the author (edit mode) accepts it — that milestone changes, nothing else; then the Word export with
 * annotations carries the comment on 区科委 and reading it back adds nothing. Screenshot test-results/field-review-01.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { StoredPlan } from '../../shared/api/contract';
import type { AnnotationView } from '../../shared/review/model';
import { call, e2eEnabled, planIdByTitle, startApp, taskNamed, YANGPU_2015, type App } from './harness';

const TASK = '建设综合云平台';

describe.runIf(e2eEnabled())('review of a department, an indicator, a milestone (e2e)', () => {
  let app: App;
  let planId = '';
  let taskId = '';

  const get = () => call(app, 'plan.get', { id: planId });
  const list = (): Promise<AnnotationView[]> => call(app, 'review.list', { planId });
  const task = (p: StoredPlan) => taskNamed(p, TASK)!;

  beforeAll(async () => {
    app = await startApp();
    planId = (await call(app, 'plan.duplicate', { id: await planIdByTitle(app, YANGPU_2015), title: '杨浦区“智慧城市”建设三年行动计划(条目审阅)' })).id;
    await call(app, 'prefs.set', { identity: { name: '王审阅', department: '区发展改革委' } });
    await call(app, 'plan.setStatus', { id: planId, status: 'review' });
    taskId = task(await get()).id;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('comments on a department chip and suggests on a milestone in review mode; accepted, that milestone alone changes; the Word export carries the comment', async () => {
    const { page } = app;
    const before = task(await get());
    expect(before.lead[0]).toBe('区科委');
    expect(before.milestones[1]).toEqual({ year: 2016, stage: '推进', text: '建立政务云平台' });
    // a fresh document: the page the app opened at start may have read the reviewer's identity before beforeAll set
    // it (a hash change alone keeps that page's stores), and the composer would then ask for the identity first
    await page.goto('about:blank');
    await page.goto(`${app.url}#/plan/${planId}?node=${taskId}`);
    await page.getByTestId('review-banner').waitFor();
    await page.getByTestId('identity').filter({ hasText: '王审阅' }).waitFor();
    await page.locator('[data-test=lead] [data-test=chip]').first().waitFor();

    // ✎ on 区科委 (the fields are disabled in review mode; the ✎ is not)
    await page.locator('[data-test=lead] [data-test=chip-comment]').first().click();
    expect(await page.getByTestId('composer-quote').innerText()).toBe('区科委');
    await page.getByTestId('composer-body').fill('牵头单位宜为区科委与区经委共同牵头');
    await page.getByTestId('composer-send').click();
    await expect.poll(async () => (await list()).length, { timeout: 15_000 }).toBe(1);
    expect((await list())[0].anchor).toMatchObject({ nodeId: taskId, field: 'lead', start: 0, quote: '区科委' });
    await expect.poll(() => page.locator('[data-test=lead] [data-test=chip].rv-marked').count(), { timeout: 15_000 }).toBe(1);

    // ✎ on the milestone 2016 推进, then 建议修改
    await page.locator('[data-test=milestone-cell][data-index="1"] [data-test=milestone-comment]').click();
    await page.getByTestId('review-suggest').click();
    await page.getByTestId('composer-replacement').fill('2017年推进：建立政务云平台');
    await page.getByTestId('composer-body').fill('2016年来不及');
    await page.getByTestId('composer-send').click();
    await expect.poll(async () => (await list()).filter((a) => a.kind === 'suggestion').length, { timeout: 15_000 }).toBe(1);
    const fields = await page.getByTestId('thread').locator('.field').allInnerTexts();
    expect(fields.sort()).toEqual(['年度节点', '牵头单位'].sort());
    await app.shot('field-review-01');

    // the author leaves review mode and accepts
    await page.getByTestId('review-mode').click();
    const s = page.getByTestId('thread').filter({ has: page.getByTestId('suggestion') });
    await s.getByTestId('accept').click();
    await expect.poll(async () => task(await get()).milestones[1], { timeout: 15_000 }).toEqual({ year: 2017, stage: '推进', text: '建立政务云平台' });
    const after = task(await get());
    expect(after.milestones.filter((_, i) => i !== 1)).toEqual(before.milestones.filter((_, i) => i !== 1));
    expect(after.lead).toEqual(before.lead);
    expect(after.body).toBe(before.body);

    // the Word export with annotations: the open comment on 区科委, labelled; read back, nothing new
    const exp = await app.core.call('export.docx', { id: planId, options: { annotations: true } });
    if (!exp.ok) throw new Error(exp.error.message);
    const comments = strFromU8(unzipSync(Buffer.from(exp.result.dataBase64, 'base64'))['word/comments.xml']);
    expect(comments).toContain('〔牵头单位 第1项：区科委〕');
    const back = await app.core.call('review.importWord', { planId, file: { fileName: 'back.docx', dataBase64: exp.result.dataBase64 } });
    expect(back.ok && back.result).toMatchObject({ added: 0, skipped: 1 });
  }, 240_000);
});
