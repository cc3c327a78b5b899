/**
 * Runs, table cells and body paragraphs written from templates. docx builds a tree of a dozen components for every run
 * (rPr, rFonts, b, sz … each with its attributes), turns it into an object tree when the package is compiled and then
 * writes that tree as XML; the export has ~1,000 runs and ~600 cell paragraphs in a handful of kinds. Each kind is
 * built once with docx's own components around a marker text, prepared (prepForXml) and written as XML (xmlOf, docx's
 * writer to the byte); every use is then that XML with its own text, escaped as docx escapes it. Such a piece stands
 * in docx's tree as one empty element whose name docx cannot write otherwise (`<\uF8FD12/>`: `<` in text and
 * attributes is always escaped), and the piece's XML replaces it once the part is written (expandFragments). So docx
 * neither prepares nor writes what it would write the same way every time, and the XML is the same byte for byte
 * (tests/export/export-docx.test.ts builds each seed both ways and compares the packages).
 *
 * Only components whose preparation is pure are templated: runs with text and run properties, table cells of one
 * line of plain text, and paragraph properties; a body paragraph made of those (and of comment marks, prepared as
 * usual) is written whole. The last paragraph of a section must be a docx Paragraph (it takes the section's sectPr):
 * realLast.
 */
import { Paragraph, XmlComponent, type IParagraphOptions, type ParagraphChild, type TableCell, type TableRow } from 'docx';

type Xmlable = ReturnType<XmlComponent['prepForXml']>;
type Context = Parameters<XmlComponent['prepForXml']>[0];

/** Text of the component a template is made from: private-use characters, never one of its attributes. */
const MARK = '\u{F8FF}\u{F8FE}text';

// --- docx's XML writer ---------------------------------------------------------------------------

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text and attribute values escaped as docx escapes them (control characters but tab and line ends dropped). */
export function escapeXml(value: string): string {
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

const escapeValue = (v: unknown) => (typeof v === 'string' ? escapeXml(v) : v);

/**
 * A prepared tree written as docx writes it (its stringifyXmlable, no indent, no declaration; the xml package's
 * rules, quirks included: text content replaces the element before it, an empty array gives `<a></a>`).
 */
export function xmlOf(data: unknown): string {
  if (typeof data !== 'object' || data === null) return String(data);
  const name = Object.keys(data)[0] as string | undefined;
  const values = name === undefined ? undefined : (data as Record<string, unknown>)[name];
  let attributes = '';
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const key of Object.keys(attr)) attributes += ` ${key}="${String(escapeValue(attr[key]))}"`;
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values) {
          if (typeof value === 'object') {
            if (Object.keys(value)[0] === '_attr') addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(xmlOf(value));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  const open = (name ? `<${name}` : '') + attributes;
  if (!content.length) return `${open}/>`;
  let inner = '';
  for (const c of content) inner += c === undefined ? '' : String(c);
  return name ? `${open}>${inner}</${name}>` : inner;
}

// --- pieces of XML in docx's tree ------------------------------------------------------------------

/** Start of a piece's stand-in element: a private-use character, never written by docx after a `<`. */
const PIECE = '\u{F8FD}';

/** The pieces of XML met while a document was prepared, by the document (context.file). */
const pieces = new WeakMap<object, string[]>();

/**
 * A piece of XML written as it is, in place of the component it was made from (same root element). Not an
 * XmlComponent (whose constructor defines its fields one by one): docx takes anything with a prepForXml for a
 * component, and reads its rootKey.
 */
export class Fragment {
  constructor(readonly rootKey: string, readonly xml: string) {}

  prepForXml(context: Context): Xmlable {
    const file = (context as { file?: object }).file ?? context;
    let list = pieces.get(file);
    if (!list) pieces.set(file, (list = []));
    list.push(this.xml);
    return { [`${PIECE}${list.length - 1}`]: {} } as unknown as Xmlable;
  }
}

/**
 * `c` written as XML now and put in the part as it is. docx takes `{<list reference>-<instance>}` anywhere in a part
 * it has written for a list number and replaces it (its NumberingReplacer runs over document.xml, comments.xml, the
 * headers and footers …); a piece goes in after that, so text of the user's in it stays as written. `c` must not
 * use or change the context when prepared (runs, tracked-change runs).
 */
export function asWritten<T extends object>(c: T): T {
  const x = (c as unknown as XmlComponent).prepForXml({ stack: [] } as unknown as Context);
  return new Fragment((c as unknown as { rootKey: string }).rootKey, xmlOf(x)) as unknown as T;
}

/** The document's Word comments for which `which(k)` (k: 0-based, in order) is true, written as they are (asWritten). */
export function commentsAsWritten(file: unknown, which: (k: number) => boolean): void {
  const root = (file as { comments?: { root?: unknown[] } }).comments?.root;
  if (!Array.isArray(root)) return;
  let k = 0;
  for (let i = 0; i < root.length; i++) {
    if ((root[i] as { rootKey?: string } | null)?.rootKey !== 'w:comment') continue;
    if (which(k++)) root[i] = asWritten(root[i] as object);
  }
}

/** Text docx could rewrite in a part (see asWritten). */
export const mayBeRewritten = (text: string) => text.includes('{');

/** A part's XML with every piece's stand-in replaced by the piece (`file`: the docx Document it was written from). */
export function expandFragments(xml: string, file: object): string {
  const list = pieces.get(file);
  if (!list || !xml.includes(`<${PIECE}`)) return xml;
  return xml.replace(/<\u{F8FD}(\d+)\/>/gu, (_, i: string) => list[Number(i)]);
}

/** Forget the pieces of a document once its parts are written. */
export function dropFragments(file: object): void {
  pieces.delete(file);
}

// --- templates ---------------------------------------------------------------------------------------

/** A table cell from a template: its own width is set, so the table's column widths leave it alone. */
class FragmentCell extends Fragment {
  readonly options = {};
  setColumnWidth(): void {}
}

/** A kind of component as XML: `before` + the escaped text + `after` (no text: `before` alone). */
export interface Template { rootKey: string; before: string; after: string | null }

/** Templates by kind, for one set of fonts. */
export type Templates = Map<string, Template>;

const byFonts = new WeakMap<object, Templates>();

/**
 * The templates of exports in these fonts, kept from one export to the next: a kind's key names everything its
 * component is made from but the fonts (run role, size and colour; cell width, merge and style; paragraph options).
 */
export function templatesFor(fonts: object): Templates {
  let t = byFonts.get(fonts);
  // kinds are few (cell widths come from a handful of column sets); a bound all the same
  if (!t || t.size > 2000) byFonts.set(fonts, (t = new Map()));
  return t;
}

/**
 * A component written as `make(text)` would be. `make` is called once per key, with a marker for the text; the
 * component it returns must not use or change the context when prepared. Without templates (null): `make(text)`.
 */
export function fromTemplate(templates: Templates | null, key: string, text: string, make: (text: string) => XmlComponent): XmlComponent {
  if (!templates) return make(text);
  const t = template(templates, key, () => make(MARK));
  return new Fragment(t.rootKey, t.after === null ? t.before : t.before + escapeXml(text) + t.after) as unknown as XmlComponent;
}

/** fromTemplate for a table cell (`make` gives a cell with its width set). */
export function cellFromTemplate(templates: Templates | null, key: string, text: string, make: (text: string) => TableCell): TableCell {
  if (!templates) return make(text);
  const t = template(templates, key, () => make(MARK));
  return new FragmentCell(t.rootKey, t.after === null ? t.before : t.before + escapeXml(text) + t.after) as unknown as TableCell;
}

/** Stands for the paragraphs of a cell in its template: an element docx cannot write otherwise. */
const SLOT = `${MARK}slot`;
class Slot extends XmlComponent {
  constructor() { super('w:p'); }
  override prepForXml(): Xmlable { return { [SLOT]: {} } as unknown as Xmlable; }
}

/**
 * A table cell written as `make(paras)` would be, its paragraphs made from templates (fromTemplate). `make` is called
 * once per key, with a stand-in for the paragraphs, and must give a cell whose width is set.
 */
export function cellOfParagraphs(templates: Templates | null, key: string, paras: XmlComponent[], make: (children: XmlComponent[]) => TableCell): TableCell {
  if (!templates || !paras.every((p) => p instanceof Fragment)) return make(paras);
  const t = template(templates, `cell of ${key}`, () => make([new Slot()]), `<${SLOT}/>`);
  if (t.after === null) return make(paras);
  let xml = t.before;
  for (const p of paras) xml += (p as Fragment).xml;
  return new FragmentCell(t.rootKey, xml + t.after) as unknown as TableCell;
}

/** Stands for the cells of a row in its template. */
class SlotCell extends XmlComponent {
  constructor() { super('w:tc'); }
  override prepForXml(): Xmlable { return { [SLOT]: {} } as unknown as Xmlable; }
}

/** A table row from a template: its cells are written already (the table only reads them to set widths). */
class FragmentRow extends Fragment {
  constructor(xml: string, readonly cells: FragmentCell[]) {
    super('w:tr', xml);
  }
}

/**
 * A table row written as `make(cells)` would be, its cells made from templates (cellFromTemplate, cellOfParagraphs).
 * `make` is called once per key, with a stand-in for the cells; the row's options must not depend on them.
 */
export function rowOfCells(templates: Templates | null, key: string, cells: TableCell[], make: (children: TableCell[]) => TableRow): TableRow {
  if (!templates || !cells.length || !cells.every((c) => (c as unknown) instanceof FragmentCell)) return make(cells);
  const t = template(templates, `row ${key}`, () => make([new SlotCell() as unknown as TableCell]), `<${SLOT}/>`);
  if (t.after === null) return make(cells);
  let xml = t.before;
  for (const c of cells) xml += (c as unknown as FragmentCell).xml;
  return new FragmentRow(xml + t.after, cells as unknown as FragmentCell[]) as unknown as TableRow;
}

function template(templates: Templates, key: string, make: () => XmlComponent, mark = MARK): Template {
  let t = templates.get(key);
  if (!t) {
    const c = make();
    const xml = xmlOf(c.prepForXml({ stack: [] } as unknown as Context));
    const at = xml.indexOf(mark);
    if (at >= 0 && xml.indexOf(mark, at + 1) >= 0) throw new Error(`template ${key}: the text is written twice`);
    t = { rootKey: (c as unknown as { rootKey: string }).rootKey, before: at < 0 ? xml : xml.slice(0, at), after: at < 0 ? null : xml.slice(at + mark.length) };
    templates.set(key, t);
  }
  return t;
}

/**
 * A paragraph whose properties (w:pPr) come from a template, written whole: its children are prepared as usual
 * (templated runs are XML already) and written with xmlOf, as docx writes a Paragraph of them.
 */
class PreparedParagraph extends XmlComponent {
  constructor(private readonly pPr: string | null, private readonly children: readonly ParagraphChild[], readonly real: () => Paragraph) {
    super('w:p');
  }

  override prepForXml(context: Context): Xmlable {
    let inner = this.pPr ?? '';
    let count = this.pPr === null ? 0 : 1;
    context.stack.push(this);
    for (const c of this.children) {
      if (c instanceof Fragment) { inner += c.xml; count++; continue; }
      const comp = c as unknown as XmlComponent & { writtenAs?: XmlComponent[] };
      for (const part of comp.writtenAs ?? [comp]) {
        const x = part.prepForXml(context);
        if (x === undefined) continue;
        inner += xmlOf(x);
        count++;
      }
    }
    context.stack.pop();
    return new Fragment('w:p', count ? `<w:p>${inner}</w:p>` : '<w:p/>').prepForXml(context);
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
  // `<w:p>` + the properties + `</w:p>`, or `<w:p/>` without any
  const pPr = t.before.startsWith('<w:p>') ? t.before.slice(5, -6) : null;
  return new PreparedParagraph(pPr, children, real) as unknown as Paragraph;
}

// --- parts written the same way every time -------------------------------------------------------------

type Part = XmlComponent & { prepForXml(context: Context): Xmlable };

/**
 * Parts of the package that docx writes the same for every export in these fonts (styles, numbering, settings, font
 * table, theme, empty foot- and endnotes, and footers made of templated paragraphs): written by docx the first time,
 * kept as XML (in `templates`) and given as one piece after that. The styles are made from the fonts alone, the others
 * from nothing that changes between exports (buildDocx passes the same options every time).
 */
export function keepParts(file: unknown, templates: Templates | null): void {
  if (!templates) return;
  const f = file as {
    Styles: Part; Numbering: Part; Settings: Part; FontTable: { View: Part }; Theme: Part;
    FootNotes: { View: Part }; Endnotes: { View: Part }; Footers: Array<{ View: Part }>;
  };
  const keep = (key: string, c: Part | undefined) => {
    if (!c) return;
    const prep = c.prepForXml.bind(c);
    const rootKey = (c as unknown as { rootKey: string }).rootKey;
    c.prepForXml = (context: Context) => {
      const t = templates.get(`part ${key}`);
      if (t) return new Fragment(rootKey, t.before).prepForXml(context);
      const x = prep(context);
      // kept with its own pieces in place (their stand-ins are numbered for this document only)
      if (x) templates.set(`part ${key}`, { rootKey, before: expandFragments(xmlOf(x), file as object), after: null });
      return x;
    };
  };
  keep('styles', f.Styles);
  keep('numbering', f.Numbering);
  keep('settings', f.Settings);
  keep('fonts', f.FontTable.View);
  keep('theme', f.Theme);
  keep('footnotes', f.FootNotes.View);
  keep('endnotes', f.Endnotes.View);
  for (const footer of f.Footers) {
    const children = (footer.View as unknown as { root: unknown[] }).root.slice(1);
    if (children.length && children.every((c) => c instanceof Fragment)) keep(`footer ${children.map((c) => (c as Fragment).xml).join('')}`, footer.View);
  }
}

/** The section's children with a docx Paragraph last, as docx wants (it puts the sectPr there). */
export function realLast<T>(children: T[]): T[] {
  const last = children[children.length - 1];
  if (last instanceof PreparedParagraph) children[children.length - 1] = last.real() as unknown as T;
  return children;
}
