/**
 * The editor toolbar's title width (renderer/src/editor/useTitleRoom.ts titleRoom): the widest title that does not
 * make the wrapping toolbar take more lines than with the title at its few characters (walk 9: at 1024×768 it was cut
 * at 6em while the second line, there anyway, had room for the buttons it pushes down).
 */
import { describe, expect, it } from 'vitest';
import { titleRoom, titleSegments } from '../../renderer/src/editor/useTitleRoom';

describe('titleRoom', () => {
  // back link 60, title (index 1), chip 40, spacer 0, then buttons; 8 px apart
  const items = [60, 90, 40, 0, 70, 90, 100, 100, 100, 100, 100, 100];
  it('one line anyway: the title keeps what the line leaves it (cut: the buttons would need a second line)', () => {
    // 60+90+40+0+70+90+600 = 950 + 11 gaps of 8 = 1038: one line at 1100; the title may grow by the 62 px left
    expect(titleRoom(items, 1, 8, 1100, 90, 400)).toBe(152);
    // its whole text fits: all of it
    expect(titleRoom(items, 1, 8, 1100, 90, 120)).toBe(120);
  });
  it('two lines anyway: the title takes its full width when the buttons it pushes down fit on the second line', () => {
    // at 700 px: line 1 holds 60 90 40 0 70 90 100 100 (=550+7×8=606, the next 100 does not fit), line 2 the other four
    expect(titleRoom(items, 1, 8, 700, 90, 311)).toBe(311);
  });
  it('never a third line: the title is cut where the buttons cannot make more room', () => {
    // at 700 px, with a title of 600 px the buttons would need a third line; the widest that keeps two lines
    const t = titleRoom(items, 1, 8, 700, 90, 600);
    expect(t).toBeLessThan(600);
    expect(t).toBeGreaterThan(90);
    // check by packing: t fits in two lines, t + 1 does not
    const lines = (w: number) => {
      let n = 1;
      let x = -1;
      for (const [i, v] of items.entries()) {
        const width = i === 1 ? w : v;
        if (x < 0) x = width; else if (x + 8 + width <= 700) x += 8 + width; else { n++; x = width; }
      }
      return n;
    };
    expect(lines(t)).toBe(2);
    expect(lines(t + 1)).toBe(3);
  });
  it('a title shorter than its base keeps its own width', () => {
    expect(titleRoom(items, 1, 8, 700, 90, 50)).toBe(50);
  });
});

describe('titleSegments: the period stays on one line (ui42: "（2026— / 2028年）")', () => {
  const kept = (title: string) => titleSegments(title).filter((s) => s.keep).map((s) => s.text);
  it('a bracketed group with a year, full-width or ASCII, and a bare year range; the rest may wrap anywhere', () => {
    expect(kept('临江市东湖区推进数字政府与智慧城区建设三年行动计划（2026—2028年）')).toEqual(['（2026—2028年）']);
    expect(kept('静安区推进智慧城区建设三年行动方案(2027-2029)')).toEqual(['(2027-2029)']);
    expect(kept('青川区2026—2028年数字乡村建设实施方案')).toEqual(['2026—2028年']);
    expect(kept('南屿县“十五五”智慧水务规划（2026至2030年）（征求意见稿）')).toEqual(['（2026至2030年）']);
    // a bracket without a year is text like any other
    expect(kept('云溪区智慧城市建设行动计划（征求意见稿）')).toEqual([]);
  });
  it('the segments are the title, in order', () => {
    for (const title of ['临江市东湖区推进数字政府与智慧城区建设三年行动计划（2026—2028年）', '青川区2026—2028年数字乡村建设实施方案', '无年份的标题', '']) {
      expect(titleSegments(title).map((s) => s.text).join('')).toBe(title);
    }
  });
});
