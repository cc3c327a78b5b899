/**
 * A corpus text made into a Word file whose numbers are Word's own list numbering (the `docx-list` format of
 * tests/corpus/expected.ts): every paragraph that starts with 一、 / （一） / 1. / （1） loses that marker and gets a
 * w:numPr of one multi-level list instead (levels 一、, （一）, 1., （1）, each restarting under the level above, as
 * Word's 多级列表 does). The numbers are then nowhere in the text; the importer must read them from numbering.xml.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';

const LEVELS = [
  { re: /^[一二三四五六七八九十]+、\s*/, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
  { re: /^（[一二三四五六七八九十]+）\s*/, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
  { re: /^[0-9]{1,2}\.\s*/, format: LevelFormat.DECIMAL, text: '%3.' },
  { re: /^（[0-9]{1,2}）\s*/, format: LevelFormat.DECIMAL, text: '（%4）' },
];

/** The paragraphs of `text` with their list level (−1: no list), markers removed — what the .docx will hold. */
export function listParagraphs(text: string): { text: string; level: number }[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
    const level = LEVELS.findIndex((x) => x.re.test(line));
    return level < 0 ? { text: line, level } : { text: line.replace(LEVELS[level].re, ''), level };
  });
}

export async function listNumberedDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'plan',
        levels: LEVELS.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.START })),
      }],
    },
    sections: [{
      children: listParagraphs(text).map((p) => (p.level < 0
        ? new Paragraph({ text: p.text })
        : new Paragraph({ text: p.text, numbering: { reference: 'plan', level: p.level } }))),
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
