# Lay out paragraphs like text pulled from a PDF: body paragraphs indented and hard-wrapped at about WIDTH
# characters (no line starts with closing punctuation, runs of digits/Latin letters are not broken — as Word
# typesets), a forced break where '¦' is written, a running header at the top of each page after the first,
# a footer per page.
CLOSE = '，。、；：）」”！？%'
def isal(c):
    return c.isascii() and (c.isalnum() or c in '.%')
def wrap(text, width):
    out = []; cur = ''
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '¦':
            out.append(cur); cur = ''; i += 1; continue
        cur += ch
        nxt = text[i + 1] if i + 1 < len(text) else ''
        if len(cur) >= width and nxt and nxt != '¦' and nxt not in CLOSE and not (isal(ch) and isal(nxt)):
            out.append(cur); cur = ''
        i += 1
    if cur: out.append(cur)
    return out
def layout(paras, width, page_lines, header, footer):
    lines = []
    for kind, text in paras:
        if kind == 'h': lines.append(text)
        else: lines.extend(wrap('　　' + text, width))
    out = []; page = 1; n = 0
    for l in lines:
        if n == 0 and page > 1 and header: out.append(header)
        out.append(l); n += 1
        if n >= page_lines:
            out.append(''); out.append(footer(page)); out.append(''); page += 1; n = 0
    if n: out.append(''); out.append(footer(page))
    return '\n'.join(out) + '\n'
