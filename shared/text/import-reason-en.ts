/**
 * A refused import's own reason in English: the importer writes each file's reason in Chinese (its size and the
 * limit, the line, the part, what the file holds instead, what to do), and an English window showed only the error
 * code's general words (「The file could not be read.」 for every damaged file alike). This reads the Chinese sentence
 * and says the same in English, its figures, extensions and names kept — `details.en` of every ImportError
 * (shared/errors.ts), which the import dialog, the batch panel and the CLI's --json rows give in English.
 * A sentence no rule reads gives undefined (the dialog then says the code's words, as before); the tests check that
 * every refusal the importer and the hosts can write is read (tests/importer/refusal-en.test.ts).
 */

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** A place in a plan file as the Chinese names it (planjson.ts where()), in English: "nodes item 1 › heading". */
const pathEn = (p: string) => (p.trim() === '文件顶层' ? 'the top level' : p.replace(/\s*第 (\d+) 项/g, ' item $1').trim());

const SAVE_DOCX = 'save it as .docx in Word or WPS and import that';
const AGAIN = 'copy or download it again from where it came from';
const WHAT_TO_PICK = "choose the plan's own Word, PDF or text file";
const MALICIOUS = 'the file may have been built to attack the app, or is too complex';

/** What a file is, named the way the Chinese sentences name it (spaces left out). */
const KINDS: Record<string, string> = {
  普通的zip压缩包: 'an ordinary zip archive',
  Excel工作簿: 'an Excel workbook',
  PowerPoint演示文稿: 'a PowerPoint presentation',
  OFD版式文件: 'an OFD document',
};

const RULES: Rule[] = [
  // sizes and limits
  [/^文件过大\(([\d.]+) MB,上限 ([\d.]+) MB\)/, (m) => `The file is too large (${m[1]} MB; the limit is ${m[2]} MB): check that it is the right file. A plan's text is usually under 1 MB; remove the pictures of a Word document, or save it as .txt.`],
  [/^文本过长\((\d+) 个字符,上限 (\d+)\)/, (m) => `The text is too long (${m[1]} characters; the limit is ${m[2]}).`],
  [/^文字超过 (\d+) 个字符/, (m) => `The text is longer than ${m[1]} characters.`],
  [/^标题和段落过多\((\d+) 个,上限 (\d+) 个\)/, (m) => `Too many headings and paragraphs (${m[1]}; the limit is ${m[2]}): split the document into several files.`],
  [/^压缩包中的文件过多\((\d+) 个,上限 (\d+)\)/, (m) => `The package holds too many files (${m[1]}; the limit is ${m[2]}).`],
  [/^压缩包中的文件过多\(超过 (\d+) 个\)/, (m) => `The package holds too many files (more than ${m[1]}).`],
  [/^解压后的内容过大\(超过 (\d+) 字节\)/, (m) => `Unpacked, the content is larger than ${m[1]} bytes: ${MALICIOUS}.`],
  [/^工作簿的行数过多\(各工作表共超过 (\d+) 行,含空行\)/, (m) => `The workbook has too many rows (more than ${m[1]} in all its sheets, empty rows included).`],
  [/^工作簿的行数过多\(超过 (\d+) 行\)/, (m) => `The workbook has too many rows (more than ${m[1]}).`],
  [/^工作簿的单元格过多\(超过 (\d+) 个有内容的单元格\)/, (m) => `The workbook has too many cells (more than ${m[1]} that hold something).`],
  [/^PDF 共 (\d+) 页,超过 (\d+) 页的上限/, (m) => `The PDF has ${m[1]} pages, more than the limit of ${m[2]}: export only the plan's own pages and import that.`],
  [/^处理时间超过 ([\d.]+) 秒/, (m) => `Reading it took longer than ${m[1]} seconds and was stopped: ${MALICIOUS}.`],
  [/^处理所需内存超过 (\d+) MB/, (m) => `Reading it needed more than ${m[1]} MB of memory and was stopped: ${MALICIOUS}.`],
  // empty, no text
  [/^文件是空的/, () => `The file is empty (0 bytes): check that you chose the right file, or ${AGAIN}.`],
  [/^文件中只有空白字符/, () => `The file holds only white space, no text: check that you chose the right file, or ${AGAIN}.`],
  [/^Word 文档中没有文字内容/, () => 'The Word document holds no text.'],
  [/^文件中没有文字内容/, () => 'The file holds no text.'],
  [/^Excel 工作簿中没有可见的工作表/, () => 'The Excel workbook has no visible sheet.'],
  [/^Excel 工作簿中没有文字内容/, () => 'The Excel workbook holds no text.'],
  [/^导入结果不符合 (\S+) 格式/, (m) => `What was read is not a valid ${m[1]} plan.`],
  // text encodings
  [/^不是文本文件/, () => 'Not a text file (it holds many binary bytes), nor a .docx document.'],
  [/^无法识别文本编码/, () => 'The text encoding is not recognised (UTF-8, UTF-16 and GBK/GB18030 are): save it as UTF-8 in Notepad or WPS and import that.'],
  [/^文件标记为 UTF-8,但含有无效的 UTF-8 字节/, () => 'The file says it is UTF-8 but holds bytes that are not (it may be damaged or cut short).'],
  [/^文件标记为 (\S+),但内容不是有效的/, (m) => `The file says it is ${m[1]} but its content is not valid ${m[1]} (it may be damaged or cut short).`],
  [/^文本中含有替换字符 U\+FFFD\(第 (\d+) 行\)/, (m) => `The text holds the replacement character U+FFFD (line ${m[1]}): text was lost in an earlier conversion.`],
  [/^文件是 UTF-32 编码/, () => 'The file is UTF-32 text: save it as UTF-8 and import that.'],
  // what the file is instead
  [/^这是 (PNG|JPEG|GIF) 图片/, (m) => `This is a ${m[1]} picture, not a text or Word document: ${WHAT_TO_PICK} (text in a picture needs OCR first).`],
  [/^这是 (zip|gzip|7z|RAR) 压缩文件/, (m) => `This is a ${m[1]} archive, not text: unpack it and import the plan inside.`],
  [/^这是可执行文件/, () => `This is a program, not text: ${WHAT_TO_PICK}.`],
  [/^暂不支持 PDF/, () => 'PDF is not read here: save it as .docx or .txt in Word or WPS and import that.'],
  [/^暂不支持 RTF/, () => `RTF is not supported: ${SAVE_DOCX}.`],
  [/^暂不支持 OFD/, () => 'OFD documents are not supported: save it as .docx or .txt and import that.'],
  [/^这是旧版 Office 文件格式/, () => 'This is an old Office file: save an old Word (.doc) file as .docx; remove the password of an encrypted .docx first.'],
  [/^这是 PowerPoint 演示文稿/, () => 'This is a PowerPoint presentation, not a Word document: copy its text into a Word document or a text file and import that.'],
  [/^这是 Excel 二进制工作簿\(\.xlsb\)/, () => 'This is a binary Excel workbook (.xlsb): save it as .xlsx in Excel or WPS and import that.'],
  [/^这是旧版 Excel 工作簿\(\.xls\),扩展名却是 \.(\w+)/, (m) => `This is an old Excel workbook (.xls) named .${m[1]}: save it as .xlsx in Excel or WPS and import that.`],
  [/^旧版 Excel 工作簿\(\.xls\)/, () => 'Old Excel workbooks (.xls) cannot be imported yet: save it as .xlsx in Excel or WPS and import that.'],
  [/^启用宏的 Excel 工作簿\(\.xlsm\)/, () => 'A macro-enabled Excel workbook (.xlsm) cannot be imported: save it as .xlsx (without macros) and import that.'],
  [/^(?:启用宏的 Word 文档\(\.docm\)|文档是启用宏的格式\(\.docm\))/, () => 'A macro-enabled Word document (.docm) cannot be imported: save it as .docx (without macros) in Word.'],
  [/^启用宏的 Word 模板\(\.dotm\)/, () => 'A macro-enabled Word template (.dotm) cannot be imported: save it as .docx (without macros) in Word.'],
  [/^文档包含宏\(VBA\)/, () => 'The document holds macros (VBA) and cannot be imported: save it as .docx (without macros) in Word.'],
  [/^这是 zip 压缩包,不是 Word 文档/, () => 'This is a zip archive, not a Word document: unpack it and import the .docx or .txt inside.'],
  [/^这是 zip 压缩包,但已损坏或不完整/, () => `This is a zip archive, but damaged or incomplete (perhaps only partly downloaded): ${AGAIN}.`],
  [/^文件扩展名是 \.(\w+),但内容是(.+?),不是 Word 文档/, (m) => `The file is named .${m[1]} but holds ${KINDS[m[2].replace(/\s/g, '')] ?? 'something else'}, not a Word document (it has no word/document.xml): check that you chose the right file, or find the Word file itself.`],
  [/^文件扩展名是 \.pdf,但内容不是 PDF 文档/, () => 'The file is named .pdf but is not a PDF document (it may be damaged or only partly downloaded).'],
  [/^网页存档\(\.mht\)已损坏/, () => 'The web archive (.mht) is damaged: no web page was found in it.'],
  [/^网页存档\(\.mht\)中没有网页正文/, () => 'The web archive (.mht) holds no web page (text/html).'],
  [/^PDF 只能在桌面程序或命令行中导入/, () => 'A PDF can be imported only in the desktop app or the command line: use one of them, or save it as .docx or .txt.'],
  [/^旧版 Word\(\.doc\)\/WPS\(\.wps\) 文件只能在桌面程序/, () => 'Old Word (.doc) and WPS (.wps) files can be imported only in the desktop app or the command line: use one of them, or save it as .docx.'],
  // damaged, encrypted, unsafe
  [/^Word 文档已损坏/, () => `The Word document is damaged: ${AGAIN}, or open it in Word or WPS and save it as .docx again.`],
  [/^(WPS|Word) 文档已损坏,无法读取正文/, (m) => `The ${m[1]} document is damaged and its text cannot be read: open it in ${m[1]} and save it as .docx.`],
  [/^Excel 工作簿已损坏或不完整/, () => `The Excel workbook is damaged or incomplete (perhaps only partly downloaded): ${AGAIN}, or open it in Excel or WPS and save it as .xlsx again.`],
  [/^Excel 工作簿已损坏/, () => 'The Excel workbook is damaged: open it in Excel or WPS and save it as .xlsx again.'],
  [/^PDF 文件已损坏,部分页面无法读取/, () => 'The PDF is damaged; some of its pages cannot be read (perhaps only partly downloaded): download it again, or find the Word or text version.'],
  [/^PDF 文件已损坏/, () => 'The PDF is damaged and cannot be read (perhaps only partly downloaded): download it again, or find the Word or text version.'],
  [/^PDF 设有打开密码/, () => 'The PDF has an open password: open it in a PDF reader and save an unencrypted copy, or save it as .docx.'],
  [/^文档已加密/, () => 'The document is encrypted: remove its password in Word first.'],
  [/^文档设有打开密码/, () => 'The document has an open password: remove it in Word or WPS and save it as .docx.'],
  [/^Excel 工作簿设有打开密码/, () => 'The Excel workbook has an open password: remove it in Excel or WPS and save it as .xlsx.'],
  [/^(\S+) 含有 DOCTYPE\/ENTITY 声明/, (m) => `${m[1]} holds a DOCTYPE/ENTITY declaration: refused for safety.`],
  // plan exchange files
  [/^文件不是规划交换文件:内容不是 JSON 对象/, () => 'Not a plan exchange file: the content is not a JSON object (a plan-workbench/v1 file exported by the app is).'],
  [/^JSON 格式有误(?:\(第 (\d+) 行附近\))?/, (m) => `The JSON is malformed${m[1] ? ` (near line ${m[1]})` : ''}: the file may be damaged or cut short.`],
  [/^这是审阅包,不是规划文件/, () => 'This is a review package, not a plan: open it with Import review package (the editor’s Review package & comments menu, or the library).'],
  [/^这个 JSON 文件不是规划交换文件/, () => 'This JSON file is not a plan exchange file (it lacks "format": "plan-workbench/v1").'],
  // (the place as planjson.ts where() writes it: keys joined by ›, "第 N 项" the Nth of a list, 文件顶层 the file itself —
  // "nodes 第 1 项 › children 第 2 项 › heading")
  [/^规划文件不符合 (\S+) 格式:(.+?)\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/, (m) => `The plan file is not valid ${m[1]}: at ${pathEn(m[2])} (${m[3]}).`],
  [/^这是较新版本的规划文件\((.+?)\),本程序只能读取 (\S+?),/, (m) => `This plan file is of a newer version (${m[1]}); this app reads ${m[2]} only: update Plan Workbench and import it again.`],
  [/^不认识的规划文件格式“(.*)”,本程序只能读取 (\S+)/, (m) => `Unknown plan file format "${m[1]}"; this app reads ${m[2]} only.`],
  // scans, other Office files
  [/^这是扫描版 PDF/, () => 'This is a scanned PDF: its pages are pictures with no text layer. Run OCR first, or find the Word or text version.'],
  [/^PDF 的 (\d+) 页中只有 (\d+) 页有文字层/, (m) => `Only ${m[2]} of the PDF's ${m[1]} pages have a text layer; the others are scanned pictures. Run OCR first, or find the Word or text version.`],
  [/^这个 WPS 文件不是 Word 兼容格式/, () => 'This WPS file is not in a Word-compatible format (perhaps an early WPS format): save it as .docx in WPS and import that.'],
  [/^这是 Excel 表格,不是 Word 文档/, () => 'This is an Excel workbook, not a Word document: copy its content into a Word document and import that.'],
  [/^这是旧版 Office 文件,但不是 Word 文档/, () => 'This is an old Office file, but not a Word document: it cannot be imported.'],
  [/^导入已取消/, () => 'The import was cancelled.'],
];

/** The English of a refused import's Chinese reason (without 「无法导入 <file>:」), or undefined when no rule reads it. */
export function importReasonEn(reason: string): string | undefined {
  for (const [re, say] of RULES) {
    const m = re.exec(reason);
    if (m) return say(m);
  }
  return undefined;
}
