#!/bin/sh
# The bad files of walk 10, made from the corpus (written for the tests, not real plans) with LibreOffice, poppler,
# iconv and python3. Usage: sh make-bad-files.sh <out dir>   (ImageMagick is not needed)
set -e
OUT=${1:-/tmp/walk10/files}
C=$(cd "$(dirname "$0")/../../corpus/docs" && pwd)
mkdir -p "$OUT" && cd "$OUT"
conv() { # conv <corpus file> <name> <to> [filter]: a copy named <name>.txt converted with soffice into <name>.<to>
  d=$(mktemp -d); cp "$C/$1" "$d/$2.txt"; (cd "$d" && soffice --headless --convert-to "$3${4:+:$4}" "$2.txt" >/dev/null 2>&1); cp "$d/$2.${3%%:*}" .; rm -rf "$d"
}
# a .docx that is a PNG: page 1 of a PDF rendered by pdftoppm
conv 01-classic-four-levels.txt 东湖新基建 pdf
pdftoppm -png -r 100 -f 1 -l 1 东湖新基建.pdf page && mv page-1.png page.png && cp page.png 图片改名.docx
# a .docx cut in half
conv 04-chapter-section-resp.txt 截断 docx
python3 -c "import sys; b=open('截断.docx','rb').read(); open('截断的.docx','wb').write(b[:len(b)//2])"
iconv -f UTF-8 -t GBK "$C/06-action-keytask.txt" > GBK编码.txt
( printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$C/08-decimal.txt" ) > UTF16带BOM.txt
: > 空文件.txt
# 30 MB (refused: over 20 MB) and 4 MB (accepted by size, refused for 28,770 nodes after a visible 识别 step)
python3 - "$C/03-skipped-level.txt" <<'PY'
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
head, body = '\n'.join(lines[:3]), '\n'.join(lines[3:])
for name, mb in (('三十兆文本.txt', 30), ('四兆文本.txt', 4)):
    n = mb * 1024 * 1024 // len(body.encode()) + 1
    open(name, 'w', encoding='utf-8').write('\n'.join([head] + [body] * n))
PY
conv 21-gongzuo-fangan-paren-tasks.txt LibreOffice另存 doc
# a PDF that is only an image: the PNG in a flat ODF document (base64), converted by LibreOffice
B=$(base64 -w0 page.png)
cat > 扫描件.fodt <<FODT
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p><draw:frame draw:name="img1" text:anchor-type="as-char" svg:width="16cm" svg:height="22.6cm"><draw:image><office:binary-data>$B</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>
FODT
soffice --headless --convert-to pdf 扫描件.fodt >/dev/null 2>&1 && mv 扫描件.pdf 只有图片的扫描件.pdf && rm 扫描件.fodt
# a PDF with an open password (LibreOffice's PDF export options as JSON, 7.4+), and one cut to a third
conv 13-pdf-dash-footers.txt 有密码的 pdf 'writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}'
conv 14-pdf-page-of-pages.txt 损坏 pdf
python3 -c "b=open('损坏.pdf','rb').read(); open('损坏的.pdf','wb').write(b[:len(b)//3])"
rm -f 截断.docx 损坏.pdf
# a Markdown plan with a 批注 block whose 状态 is wrong and one that never closes
cat > 批注坏块.md <<'MD'
# 临江市西湖区全民健身设施建设实施方案（2025—2027年）

## 一、总体要求

到2027年，全区人均体育场地面积达到2.8平方米。

## 二、主要任务

### （一）建设社区健身中心

新建社区健身中心6个，每个街道至少1个。

责任单位：区体育局（牵头），各街道办事处（配合）

### （二）改造公园健身步道

改造公园健身步道20公里。

责任单位：区绿化市容局（牵头），区体育局（配合）

<!-- 批注 a1
类型：批注
状态：待定
位置：二、主要任务 › （一）建设社区健身中心
标注：整个节点
作者：李审核
时间：2026-11-30T09:00:00.000Z
内容：请核对健身中心数量
-->

<!-- 批注 a2
类型：批注
状态：未解决
位置：二、主要任务 › （二）改造公园健身步道
标注：整个节点
作者：李审核
时间：2026-11-30T09:05:00.000Z
内容：步道长度是否含新建

## 三、保障措施

加强组织领导，落实资金保障。
MD
ls -la
