/**
 * GB/T 9704-2012 《党政机关公文格式》 in docx units: every number the Word exporter uses, with its source.
 * Environment-free. Collected in ../../../shared/gbt9704.md (the team's notes); sources are cited as there:
 *   [std §x]  a clause of the standard
 *   [HC] hehecat/gongwen · [MZ] mizzlelover/gongwen-gbt9704-skill · [KS] kamisky/GB-T-9704-2012-gongwen-format
 *   [UW] a Word-saved 公文 fixture (shedan9/ultimate-word-js) · [DX] docx@9.15.2, checked by unzipping
 *   [render]  measured here: tests/render/check.ts (LibreOffice → PDF → poppler), results in docs/export.md
 * "calc" marks a number derived from others; "⚠" one the standard does not fix (practice), see docs/export.md.
 *
 * Units: 1 pt = 20 twips; 1 mm = 56.693 twips; run size in half-points; border size in 1/8 pt;
 * docGrid charSpace in 1/4096 pt.
 */
import type { PlanNode } from '../model/plan';
import { readNumber } from '../numbering';

export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

/** 字号 → half-points [KS §2]. */
export const SIZE = {
  /** 二号 22 pt: the document title [std §7.3.1]. */
  er: 44,
  /** 小二 18 pt: annex table titles ⚠ practice. */
  xiaoEr: 36,
  /** 三号 16 pt: body, headings, 发文字号, 主送, 附件说明, signature [std §7.3]. */
  san: 32,
  /** 四号 14 pt: page numbers [std §7.5]; 版记 [std §7.4]. */
  si: 28,
  /** 小四 12 pt: annex table cells ⚠ practice (四号 to 五号). */
  xiaoSi: 24,
  /** 五号 10.5 pt. */
  wu: 21,
} as const;

/** A4 portrait and the 版心 [std §5.1, §5.2.1]. */
export const PAGE = {
  /** 210 mm [std §5.1]. */
  width: 11906,
  /** 297 mm [std §5.1]. */
  height: 16838,
  /** 天头 37 mm ±1 [std §5.2.1]; 2098 as in the Word fixture [UW]. */
  top: 2098,
  /** 订口 28 mm ±1 [std §5.2.1] (1587.4 twips; [UW] 1587, docx notes 1588 — within the tolerance). */
  left: 1588,
  /** 210 − 28 − 156 = 26 mm, calc [KS][HC][UW]. */
  right: 1474,
  /** 297 − 37 − 225 = 35 mm, calc [KS][HC][UW]. */
  bottom: 1984,
  /** 版心 156 mm wide (calc: 11906 − 1588 − 1474) [std §5.2.1]. */
  textWidth: 8844,
  /** 版心 225 mm high (calc: 16838 − 2098 − 1984) [std §5.2.1]. */
  textHeight: 12756,
  /**
   * Footer distance from the page edge. The page number's dash must sit 7 mm below the 版心, i.e. 28 mm above
   * the bottom edge [std §7.5]; footer text starts at `footer` from the edge, so 25 mm puts the 14 pt line's
   * middle near 28 mm ⚠ calc; measured by check:render (docs/export.md).
   */
  footer: 1418,
  /** Header distance; no header is used. 851 as in the Word fixture [UW]. */
  header: 851,
} as const;

/** 22 lines × 28 characters [std §5.2.3]. */
export const GRID = {
  lines: 22,
  chars: 28,
  /**
   * Line pitch: floor(12756 / 22) = 579 twips (28.95 pt) so that 22 lines fit the 225 mm 版心 ⚠ calc
   * ([UW] docGrid 579, [KS] 28.99 pt). The standard's own "行" (16 + 14 = 30 pt) would overflow it.
   */
  linePitch: 579,
  /**
   * Characters: a 三号 character is 320 twips; 28 × 320 = 8960 > 8844, so each character is tightened.
   * Used: run character spacing −5 twips (−0.25 pt) in the document defaults → 315 twips a character, 28 × 315 = 8820
   * ⚠ calc [HC]. Not used: a character grid (docGrid linesAndChars, charSpace −848 = (8844/28 − 320)/20 × 4096,
   * counted from the Normal size [DX]) — LibreOffice lays that out at 18 characters a line (measured, docs/export.md).
   */
  charSpacing: -5,
  /** The character-grid alternative, kept for reference (see charSpacing). */
  charSpace: -848,
  /** Pitch of one character, calc: 320 − 5. */
  charPitch: 315,
} as const;

/** Indents (twips). */
export const INDENT = {
  /** First line of body and headings: 2 characters [std §7.3.3]; firstLineChars 200 is the same in Word's grid. */
  firstLine: 640,
  firstLineChars: 200,
  /** 附件说明: 2 characters from the left [std §7.3.4]. */
  annexNote: 640,
  /** 附注 ("（此件公开发布）"): 2 characters from the left, on the line below the date [std §7.3.6]. */
  note: 640,
  /** Signature date: 4 characters from the right when sealed [std §7.3.5.1]. */
  dateRight: 1280,
  /** 版记: one 四号 character from each side, 280 ⚠ ([HC][MZ] use 320). */
  record: 280,
  /** Page number: one 四号 character from the outer side [std §7.5][HC][MZ]. */
  pageNumber: 280,
} as const;

/** The 通知 cover (版头) [std §7.2]. */
export const HEADER = {
  /** 发文机关标志 top: 35 mm below the top of the 版心 [std §7.2.4] (= space before it on page 1). */
  markTop: 1984,
  /** 发文机关标志 size: not fixed by the standard ⚠ ([KS] 72, [MZ] 56, [HC] 60); shrunk to fit the 版心 width. */
  markSize: 60,
  /** Widest the mark may be: the 版心 [std §7.2.4]. */
  markMaxWidth: 8844,
  /** 2 blank lines between mark and 发文字号 [std §7.2.5]: 2 × 579. */
  docNumberBefore: 1158,
  /**
   * 上行文 [std §7.2.6]: the 发文字号 one character from the left, "签发人：" + name one character from the right, on
   * one line (label 仿宋, name 楷体): 320 each side.
   */
  signerIndent: 320,
  /** Red line 4 mm below the 发文字号 [std §7.2.7]. */
  redLineBelow: 227,
  /**
   * Border space (pt) between the 发文字号 line and the red line: 9 pt puts the rule 4.0 mm under the characters'
   * box in LibreOffice (11 pt = 227 twips measured 4.7 mm) ⚠ measured by check:render.
   */
  redLineSpace: 9,
  /** Red line thickness ⚠: 0.5 mm ≈ 12/8 pt ([MZ] 8–12, [HC] 15). */
  redLineSize: 12,
  /** Red: FF0000 [MZ][KS] ([HC] E00000); print ≥ Y80% M80% [std §6.2]. */
  red: 'FF0000',
  /** Title 2 blank lines below the red line [std §7.3.1]. */
  titleBefore: 1158,
} as const;

/** 版记 [std §7.4]. */
export const RECORD = {
  /** 四号 [std §7.4]. */
  size: 28,
  /** First and last lines 0.35 mm: border size 8 (0.353 mm) [std §7.4.1]. */
  thick: 8,
  /** Middle lines 0.25 mm: border size 6 [std §7.4.1]. */
  thin: 6,
  /** Right tab for the 印发 date: 8844 − 280 [MZ]. */
  tab: 8844 - 280,
} as const;

/** Landscape pages for tables [std §8]. Margins rotated so the 版心 stays 225 × 156 mm ⚠. */
export const LANDSCAPE = {
  /** 订口 side faces the table head (top on odd pages) [std §8] ⚠. */
  top: 1588,
  bottom: 1474,
  /** Portrait bottom (35 mm) becomes the left, portrait top (37 mm) the right ⚠. */
  left: 1984,
  right: 2098,
  textWidth: 12756,
  textHeight: 8844,
  /**
   * Footer distance on landscape pages: the bottom margin is only 26 mm there, and with the portrait 25 mm
   * LibreOffice drops the footer (no room). 12 mm keeps "— N —" at the bottom of the landscape page ⚠ (the standard
   * wants it where it sits on portrait pages, i.e. along the sheet's side [std §8]).
   */
  footer: 680,
  /** Table cells: 五号 on an exact 13.5 pt line ⚠ practice (notes: 四号 to 五号, single or exact). */
  cellLine: 270,
  /** Table borders: single, 1/2 pt [MZ]. */
  border: 4,
} as const;

/**
 * 专栏 (box) in the body: a one-cell table 版心 wide ⚠ practice (the standard has no 专栏; plans such as the
 * 十四五 规划纲要 print them as framed panels with the title centred in 黑体).
 */
export const BOX = {
  /** Border: single, 3/4 pt ⚠ practice (a little heavier than the annex tables' 1/2 pt, it frames text). */
  border: 6,
  /** Cell margins (twips): 2 mm left and right so the text keeps off the frame, none above and below (the lines stay on the grid) ⚠. */
  margins: { left: 113, right: 113, top: 0, bottom: 0 },
} as const;

/** Fonts (eastAsia names as Word writes them) [§9 of the notes; HC fontAliases, MZ, SW]. */
export interface FontSet {
  /** 发文机关标志, titles: 方正小标宋简体. */
  title: string;
  /** Body, levels 3–4, 发文字号, 版记: 仿宋_GB2312. */
  body: string;
  /** Level 2 （一）: 楷体_GB2312. */
  kai: string;
  /** Level 1 一、, 附件 labels, table heads: 黑体. */
  hei: string;
  /** Page numbers: 宋体 [std §7.5]. */
  song: string;
  /** Latin and digits: Times New Roman ⚠ practice. */
  latin: string;
}

export const FONT_SETS: Record<'gb2312' | 'windows', FontSet> = {
  /** The fonts the standard names. `_GB2312` fonts are absent from current Windows ⚠. */
  gb2312: { title: '方正小标宋简体', body: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', song: '宋体', latin: 'Times New Roman' },
  /** What every Windows has: 仿宋, 楷体, 黑体, 宋体 (宋体 for the title in place of 方正小标宋). */
  windows: { title: '宋体', body: '仿宋', kai: '楷体', hei: '黑体', song: '宋体', latin: 'Times New Roman' },
};

/** Page numbers: "— N —", em dash U+2014 on each side [std §7.5]. */
export const PAGE_NUMBER_DASH = '\u2014';

/** Font of a node's heading: 一、/第一章 黑体; （一）and 行动一 at the second level 楷体; the rest 仿宋 [std §7.3.3]. */
export function headingRole(node: PlanNode, number: string, depth: number): 'hei' | 'kai' | 'body' {
  const style = readNumber(number).style;
  if (node.kind === 'part' || node.kind === 'section') {
    if (style === 'chapter' || style === 'cn') return 'hei';
    if (style === 'cnparen') return 'kai';
    return depth === 1 ? 'hei' : depth === 2 ? 'kai' : 'body';
  }
  if (node.kind === 'action') return depth <= 2 ? 'kai' : 'body';
  return 'body';
}
