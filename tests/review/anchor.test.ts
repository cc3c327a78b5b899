/**
 * Re-anchoring of annotations under edits, on the 杨浦 2015–2017 seed.
 * The quoted sentences were read in seeds/002_72028bf86ba9aa86.txt, line 219 (the section on 民生 applications):
 *   "…家庭光纤接入率达到90%以上、家庭光纤用户平均互联网接入带宽达到40兆比特/秒。…"
 *   "搭建养老服务云平台,将老人健康信息、养老院信息…" and, later in the same paragraph, "搭建养老服务平台,将老人健康信息、养老院信息…"
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/importer/index.js';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';
import { makeAnchor, resolveAnchor, similarity, updatedAnchor } from '../../shared/review/anchor.js';

const SEED = path.join(import.meta.dirname, '..', '..', 'seeds', '002_72028bf86ba9aa86.txt');
const QUOTE = '家庭光纤接入率达到90%以上';
const TWICE = '将老人健康信息、养老院信息';

let doc: PlanDoc;
let node: PlanNode;
let parent: PlanNode;

const find = (d: PlanDoc, id: string): PlanNode => [...walk(d.nodes)].find((w) => w.node.id === id)!.node;
const edit = (f: (d: PlanDoc) => void): PlanDoc => {
  const d = structuredClone(doc);
  f(d);
  return d;
};

beforeAll(async () => {
  doc = await importFile({ bytes: new Uint8Array(fs.readFileSync(SEED)), fileName: path.basename(SEED) });
  const hit = [...walk(doc.nodes)].find((w) => w.node.body.includes(QUOTE))!;
  node = hit.node;
  parent = hit.path[hit.path.length - 1];
});

describe('anchors', () => {
  it('finds the seed sentence in one node, under a parent (the fixture is what the test thinks it is)', () => {
    expect(node.body.split(QUOTE)).toHaveLength(2);
    expect(node.body.split(TWICE)).toHaveLength(3);
    expect(parent).toBeDefined();
  });

  it('is made from a selection with context on both sides and the ancestors', () => {
    const start = node.body.indexOf(QUOTE);
    const a = makeAnchor(doc, { nodeId: node.id, field: 'body', start, end: start + QUOTE.length, quote: QUOTE });
    expect(a).toMatchObject({ nodeId: node.id, field: 'body', quote: QUOTE, start });
    expect(a.prefix.endsWith('提高社区的宽带建设与无线网覆盖率,')).toBe(true);
    expect(a.suffix.startsWith('、家庭光纤用户平均')).toBe(true);
    expect(a.path).toContain(parent.id);
    expect(resolveAnchor(doc, a)).toMatchObject({ state: 'ok', nodeId: node.id, start, end: start + QUOTE.length, text: QUOTE });
  });

  it('a selection whose offsets are stale is found by its text; text not in the node is refused', () => {
    const a = makeAnchor(doc, { nodeId: node.id, field: 'body', start: 0, end: QUOTE.length, quote: QUOTE });
    expect(a.start).toBe(node.body.indexOf(QUOTE));
    expect(() => makeAnchor(doc, { nodeId: node.id, field: 'body', start: 0, end: 4, quote: '不存在的' })).toThrow(/不在该节点/);
    expect(() => makeAnchor(doc, { nodeId: 'n-none', field: 'body', start: 0, end: 1, quote: '家' })).toThrow(/没有编号/);
  });

  const anchor = () => {
    const start = node.body.indexOf(QUOTE);
    return makeAnchor(doc, { nodeId: node.id, field: 'body', start, end: start + QUOTE.length, quote: QUOTE });
  };

  it('insert before: the quote has moved within the node', () => {
    const a = anchor();
    const d = edit((x) => { find(x, node.id).body = '新增的第一句话。' + find(x, node.id).body; });
    const r = resolveAnchor(d, a);
    expect(r).toMatchObject({ state: 'moved', nodeId: node.id, field: 'body', start: a.start + 8, text: QUOTE });
    // re-recorded at the new place, it is 'ok' from then on
    const b = updatedAnchor(d, a, r);
    expect(b.start).toBe(a.start + 8);
    expect(resolveAnchor(d, b).state).toBe('ok');
  });

  it('change inside: the edited quote is found by its context and shown as changed', () => {
    const a = anchor();
    const d = edit((x) => { find(x, node.id).body = find(x, node.id).body.replace(QUOTE, '家庭光纤接入率达到95%以上'); });
    expect(resolveAnchor(d, a)).toMatchObject({ state: 'changed', nodeId: node.id, start: a.start, text: '家庭光纤接入率达到95%以上' });
    // the recorded quote stays (the reviewer commented on 90%)
    expect(updatedAnchor(d, a, resolveAnchor(d, a)).quote).toBe(QUOTE);
  });

  it('move the node: the anchor follows its node id to the new place in the tree', () => {
    const a = anchor();
    const d = edit((x) => {
      const p = find(x, parent.id);
      const moved = p.children.splice(p.children.findIndex((c) => c.id === node.id), 1)[0];
      x.nodes[x.nodes.length - 1].children.push(moved);
    });
    const r = resolveAnchor(d, a);
    expect(r).toMatchObject({ state: 'ok', nodeId: node.id, start: a.start });
    expect(updatedAnchor(d, a, r).path).toEqual([d.nodes[d.nodes.length - 1].id]);
  });

  it('the sentence moved into the parent: found in the ancestors', () => {
    const a = anchor();
    const d = edit((x) => {
      const n = find(x, node.id);
      n.body = n.body.replace(QUOTE, '');
      find(x, parent.id).body += '\n' + QUOTE + '。';
    });
    expect(resolveAnchor(d, a)).toMatchObject({ state: 'moved', nodeId: parent.id, field: 'body', text: QUOTE });
  });

  it('edited in place while the parent holds the same sentence: changed in its own node, not moved to the parent', () => {
    const a = anchor();
    const d = edit((x) => {
      find(x, node.id).body = find(x, node.id).body.replace(QUOTE, '家庭光纤接入率达到92%以上');
      find(x, parent.id).body += '\n' + QUOTE + '。';
    });
    expect(resolveAnchor(d, a)).toMatchObject({ state: 'changed', nodeId: node.id, text: '家庭光纤接入率达到92%以上' });
  });

  it('the node deleted, the sentence kept in its parent: found through the recorded path', () => {
    const a = anchor();
    const d = edit((x) => {
      const p = find(x, parent.id);
      p.children = p.children.filter((c) => c.id !== node.id);
      p.body += QUOTE;
    });
    expect(resolveAnchor(d, a)).toMatchObject({ state: 'moved', nodeId: parent.id });
  });

  it('delete the quoted text: orphaned, with the recorded anchor kept', () => {
    const a = anchor();
    const d = edit((x) => { find(x, node.id).body = find(x, node.id).body.replace(QUOTE, ''); });
    const r = resolveAnchor(d, a);
    expect(r).toMatchObject({ state: 'orphaned', nodeId: node.id, text: '' });
    expect(updatedAnchor(d, a, r)).toEqual(a);
  });

  it('of two occurrences, the one with the recorded context wins even when another comes first', () => {
    const second = node.body.indexOf(TWICE, node.body.indexOf(TWICE) + 1);
    const a = makeAnchor(doc, { nodeId: node.id, field: 'body', start: second, end: second + TWICE.length, quote: TWICE });
    expect(a.prefix.endsWith('搭建养老服务平台,')).toBe(true);
    // an edit before both shifts them; the first occurrence is now nearer to the old offset than the second
    const shift = second - node.body.indexOf(TWICE);
    const d = edit((x) => { find(x, node.id).body = 'x'.repeat(shift) + find(x, node.id).body; });
    const r = resolveAnchor(d, a);
    expect(r.state).toBe('moved');
    expect(r.start).toBe(second + shift);
  });

  it('a comment on the whole node lives as long as the node', () => {
    const a = makeAnchor(doc, { nodeId: node.id, field: 'node', start: 0, end: 0, quote: '' });
    expect(resolveAnchor(doc, a).state).toBe('ok');
    const d = edit((x) => { const p = find(x, parent.id); p.children = p.children.filter((c) => c.id !== node.id); });
    expect(resolveAnchor(d, a).state).toBe('orphaned');
  });

  it('similarity is a bigram Dice coefficient', () => {
    expect(similarity('家庭光纤接入率', '家庭光纤接入率')).toBe(1);
    expect(similarity('ab', 'cd')).toBe(0);
    // 达到90%以上 vs 达到95%以上: bigrams 达到 到9 90 0% %以 以上 vs 达到 到9 95 5% %以 以上 → 4 common of 6+6
    expect(similarity('达到90%以上', '达到95%以上')).toBeCloseTo(8 / 12, 5);
  });
});
