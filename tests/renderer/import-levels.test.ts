/**
 * The level table's operations (renderer/src/components/importLevels.ts) on small hand-made tables: what each
 * button does to the levels, and the mapping that is sent for it (only what differs from the shown preview).
 */
import { describe, expect, it } from 'vitest';
import {
  canMergeUp, canMoveDown, canMoveUp, canSplit, kindChoices, mappingFor, mergeUp, moveDown, moveUp, sameRows, setKind, sortRows, split, withTextRows,
  type LevelRow,
} from '../../renderer/src/components/importLevels';

const row = (key: string, depth: number, kind: LevelRow['kind'], sample = key): LevelRow => ({ key, sample, depth, kind, count: 1 });
/** 一、 part › (一) section › 1. item: the common three-level plan. */
const three = [row('cn', 0, 'part', '一、'), row('cnparen', 1, 'section', '(一)'), row('arabic', 2, 'item', '1.')];
/** 一、 part › (一) and 1. on one level (merged) › (1) item. */
const shared = [row('cn', 0, 'part'), row('cnparen', 1, 'section'), row('arabic', 1, 'section'), row('paren', 2, 'item')];
const table = (rows: LevelRow[]) => sortRows(rows).map((r) => `${r.key}@${r.depth}:${r.kind}`);

describe('level table operations', () => {
  it('kind choices: the model kinds in a planner\'s order, then 正文 (text)', () => {
    const kinds = kindChoices();
    expect(kinds.slice(0, 5)).toEqual(['part', 'section', 'action', 'task', 'item']);
    expect(kinds).toContain('appendix');
    expect(kinds[kinds.length - 1]).toBe('text');
  });

  it('setKind changes one style only', () => {
    expect(table(setKind(three, 'arabic', 'task'))).toEqual(['cn@0:part', 'cnparen@1:section', 'arabic@2:task']);
  });

  it('mergeUp: a style alone on its level joins the level above, takes its kind, and its sub-levels move up with it', () => {
    expect(table(mergeUp(three, 'cnparen'))).toEqual(['cn@0:part', 'cnparen@0:part', 'arabic@1:item']);
    expect(table(mergeUp(three, 'arabic'))).toEqual(['cn@0:part', 'cnparen@1:section', 'arabic@1:section']);
    expect(canMergeUp(three, 'cn')).toBe(false);
    expect(table(mergeUp(three, 'cn'))).toEqual(table(three));
  });

  it('mergeUp of a style that shares its level leaves the levels below where they are', () => {
    expect(table(mergeUp(shared, 'arabic'))).toEqual(['cn@0:part', 'arabic@0:part', 'cnparen@1:section', 'paren@2:item']);
  });

  it('split: only a style that shares its level; it gets a level of its own just below, the deeper levels move down', () => {
    expect(canSplit(three, 'arabic')).toBe(false);
    expect(canSplit(shared, 'arabic')).toBe(true);
    expect(table(split(shared, 'arabic'))).toEqual(['cn@0:part', 'cnparen@1:section', 'arabic@2:section', 'paren@3:item']);
  });

  it('moveUp / moveDown swap a level with its neighbour', () => {
    expect(table(moveUp(three, 'cnparen'))).toEqual(['cnparen@0:section', 'cn@1:part', 'arabic@2:item']);
    expect(table(moveDown(three, 'cn'))).toEqual(['cnparen@0:section', 'cn@1:part', 'arabic@2:item']);
    expect(canMoveUp(three, 'cn')).toBe(false);
    expect(canMoveDown(three, 'arabic')).toBe(false);
    expect(canMoveDown(three, 'cnparen')).toBe(true);
  });

  it('moveUp / moveDown of a style sharing its level give it its own level above / below the others', () => {
    expect(table(moveUp(shared, 'arabic'))).toEqual(['cn@0:part', 'arabic@1:section', 'cnparen@2:section', 'paren@3:item']);
    expect(table(moveDown(shared, 'cnparen'))).toEqual(['cn@0:part', 'arabic@1:section', 'cnparen@2:section', 'paren@3:item']);
    // the deepest style alone cannot go further down; sharing the top level it can still go up
    expect(canMoveDown(shared, 'paren')).toBe(false);
    const top = [row('a', 0, 'part'), row('b', 0, 'part')];
    expect(canMoveUp(top, 'b')).toBe(true);
    expect(table(moveUp(top, 'b'))).toEqual(['b@0:part', 'a@1:part']);
  });

  it('mappingFor names only what differs from the shown preview, on top of the mapping it was made with', () => {
    expect(mappingFor({}, three, setKind(three, 'arabic', 'task'))).toEqual({ arabic: { kind: 'task' } });
    expect(mappingFor({}, three, mergeUp(three, 'arabic'))).toEqual({ arabic: { kind: 'section', depth: 1 } });
    // a preview made with { arabic: task } reports arabic as task; a further change keeps that and adds the new one
    const shown = setKind(three, 'arabic', 'task');
    expect(mappingFor({ arabic: { kind: 'task' } }, shown, setKind(shown, 'cnparen', 'action'))).toEqual({ arabic: { kind: 'task' }, cnparen: { kind: 'action' } });
    expect(mappingFor({}, three, three)).toEqual({});
  });

  it('rows read as 正文 take no part in level operations; the others work around them', () => {
    const withText = [row('cn', 0, 'part'), row('cnparen', 1, 'text'), row('arabic', 2, 'item')];
    for (const can of [canMergeUp, canMoveUp, canMoveDown, canSplit]) expect(can(withText, 'cnparen'), can.name).toBe(false);
    expect(table(moveUp(withText, 'cnparen'))).toEqual(table(withText));
    // 1. is the level right under 一、 once (一) is text: merging joins 一、, the text row stays where it was
    expect(canMergeUp(withText, 'arabic')).toBe(true);
    expect(table(mergeUp(withText, 'arabic'))).toEqual(['cn@0:part', 'arabic@0:part', 'cnparen@1:text']);
    expect(table(moveUp(withText, 'arabic'))).toEqual(['arabic@0:item', 'cn@1:part', 'cnparen@1:text']);
    expect(canMoveDown(withText, 'arabic')).toBe(false);
  });

  it('withTextRows keeps a row for each style the mapping reads as 正文 that the importer no longer reports', () => {
    const known = new Map([['arabic', row('arabic', 2, 'task', '1.')]]);
    const reported = three.slice(0, 2);
    expect(withTextRows(reported, { arabic: { kind: 'text' } }, known)).toEqual([...reported, { ...row('arabic', 2, 'text', '1.') }]);
    // never seen (a remembered mapping): a bare row below the others, named by its key
    expect(withTextRows(reported, { paren: { kind: 'text' } }, known).pop()).toEqual({ key: 'paren', sample: '', count: 0, depth: 2, kind: 'text' });
    // a style still reported, or not read as text, adds nothing
    expect(withTextRows(three, { arabic: { kind: 'text' }, cn: { kind: 'task' } }, known)).toEqual(three);
  });

  it('sameRows compares styles, depths and kinds, not the order given', () => {
    expect(sameRows(three, [...three].reverse())).toBe(true);
    expect(sameRows(three, setKind(three, 'cn', 'text'))).toBe(false);
  });
});
