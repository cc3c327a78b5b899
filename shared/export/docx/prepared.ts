/**
 * Runs and table-cell paragraphs written from templates. docx builds a tree of a dozen components for every run
 * (rPr, rFonts, b, sz … each with its attributes) and turns it into an object tree when the package is compiled;
 * the export has ~1,000 runs and ~600 cell paragraphs in a handful of kinds. Each kind is built once with docx's
 * own components around a marker text and prepared (prepForXml); every use then copies only the objects on the
 * path to the marker and puts its text there. docx still writes the XML (escaping included), so it is the same
 * XML byte for byte (tests/export/export-docx.test.ts builds each seed both ways and compares the packages).
 *
 * Only components whose preparation is pure are templated: runs with text and run properties, table cells of one
 * line of plain text, and paragraph properties (the paragraph's children stay components). The last paragraph of a
 * section must be a docx Paragraph (it takes the section's sectPr): realLast.
 */
import { Paragraph, XmlComponent, type IParagraphOptions, type ParagraphChild, type TableCell } from 'docx';

type Xmlable = ReturnType<XmlComponent['prepForXml']>;

/** Text of the component a template is made from: private-use characters, never one of its attributes. */
const MARK = '\u{F8FF}\u{F8FE}text';

/** A component whose prepared form is known: docx writes it as it would the component it was made from. */
export class Prepared extends XmlComponent {
  constructor(rootKey: string, private readonly xml: Xmlable) {
    super(rootKey);
  }

  override prepForXml(): Xmlable {
    return this.xml;
  }
}

type Path = (string | number)[];

/** Where the marker is in a prepared tree, or null when it is not there. */
function pathTo(node: unknown, path: Path = []): Path | null {
  if (node === MARK) return path;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) { const p = pathTo(node[i], [...path, i]); if (p) return p; }
  } else if (node && typeof node === 'object') {
    for (const k of Object.keys(node)) { const p = pathTo((node as Record<string, unknown>)[k], [...path, k]); if (p) return p; }
  }
  return null;
}

/** The prepared tree with `text` at the marker: new objects on the path, everything else shared (docx only reads it). */
function fill(node: unknown, path: Path, at: number, text: string): unknown {
  if (at === path.length) return text;
  const key = path[at];
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = fill(node[key as number], path, at + 1, text);
    return copy;
  }
  const obj = node as Record<string, unknown>;
  return { ...obj, [key]: fill(obj[key as string], path, at + 1, text) };
}

/** A table cell from a template: its own width is set, so the table's column widths leave it alone. */
class PreparedCell extends Prepared {
  readonly options = {};
  setColumnWidth(): void {}
}

export interface Template { rootKey: string; xml: Xmlable; path: Path | null }

/** Templates of one export, by kind (fonts differ between exports). */
export type Templates = Map<string, Template>;

/**
 * A component written as `make(text)` would be. `make` is called once per key, with a marker for the text; the
 * component it returns must not use or change the context when prepared. Without templates (null): `make(text)`.
 */
export function fromTemplate(templates: Templates | null, key: string, text: string, make: (text: string) => XmlComponent): XmlComponent {
  if (!templates) return make(text);
  const t = template(templates, key, () => make(MARK));
  return new Prepared(t.rootKey, t.path ? (fill(t.xml, t.path, 0, text) as Xmlable) : t.xml);
}

/** fromTemplate for a table cell (`make` gives a cell with its width set). */
export function cellFromTemplate(templates: Templates | null, key: string, text: string, make: (text: string) => TableCell): TableCell {
  if (!templates) return make(text);
  const t = template(templates, key, () => make(MARK));
  return new PreparedCell(t.rootKey, t.path ? (fill(t.xml, t.path, 0, text) as Xmlable) : t.xml) as unknown as TableCell;
}

function template(templates: Templates, key: string, make: () => XmlComponent): Template {
  let t = templates.get(key);
  if (!t) {
    const c = make();
    const xml = c.prepForXml({ stack: [] } as unknown as Parameters<XmlComponent['prepForXml']>[0]);
    t = { rootKey: (c as unknown as { rootKey: string }).rootKey, xml, path: pathTo(xml) };
    templates.set(key, t);
  }
  return t;
}

/** A paragraph whose properties (w:pPr) come from a template; its children are prepared as usual. */
class PreparedParagraph extends XmlComponent {
  constructor(pPr: Xmlable | null, children: readonly ParagraphChild[], readonly real: () => Paragraph) {
    super('w:p');
    if (pPr) this.root.push(new Prepared('w:pPr', pPr));
    for (const c of children) this.root.push(c);
  }
}

/**
 * `new Paragraph({ ...options, children })`, its properties written from the template of `key` (the same options
 * give the same key). Not for a section's last paragraph (realLast).
 */
export function paragraph(templates: Templates | null, key: string, options: Omit<IParagraphOptions, 'children' | 'text'>, children: ParagraphChild[]): Paragraph {
  const real = () => new Paragraph({ ...options, children });
  if (!templates) return real();
  const t = template(templates, `p ${key}`, () => new Paragraph(options));
  const x = (t.xml as Record<string, unknown>)['w:p'];
  const pPr = Array.isArray(x) && x.length ? (x[0] as Xmlable) : null;
  return new PreparedParagraph(pPr, children, real) as unknown as Paragraph;
}

/** The section's children with a docx Paragraph last, as docx wants (it puts the sectPr there). */
export function realLast<T>(children: T[]): T[] {
  const last = children[children.length - 1];
  if (last instanceof PreparedParagraph) children[children.length - 1] = last.real() as unknown as T;
  return children;
}
