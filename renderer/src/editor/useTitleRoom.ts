/**
 * The plan's title in the editor's toolbar takes the room the toolbar leaves it (walk 9). The toolbar is one wrapping
 * flex line: its buttons that do not fit go to a second line. A flex line breaks by each item's base size, so the
 * title, based at a few characters (6em; 3em in a short window) to keep the buttons on one line where they fit, was
 * cut at those few characters at 1024×768 even while the second line, there anyway, had room for the buttons it would
 * push down. Now its base size is the widest it can have without the toolbar taking more lines than it takes with the
 * title at its few characters (titleRoom, on the measured widths), up to its full width: in a window where the
 * toolbar is one line anyway it keeps the rest of that line (as before: it grows into it), where the toolbar wraps
 * it is cut only when the buttons cannot make room. Its full text is its tooltip and its accessible name.
 * At 1280–1440 px the toolbar of a plan under review is one full line (the round, 结束审阅, 本轮以来的修改, 审阅包与批注,
 * 审阅模式 …) and the title was cut to keep it so (walk 10): where it would be, the toolbar goes tight first
 * (data-tight on the bar, EditorView.vue's styles) — narrower padding and gaps, 命令's Ctrl K left to its tooltip —
 * which gives the title ~150 px. The save state keeps its words (已保存 / 未保存 / 保存中…, three characters) while
 * the title is whole with them: at 1280×800 a draft showed a bare coloured dot, its words only on hover (ui38). Only
 * where leaving them to the tooltip is what makes the title whole (data-tight="dot") is it the dot alone (its
 * accessible name still says it; an error or a conflict always keeps its words).
 * Since ui41 the title wraps onto a second line where its room is narrower than its text (EditorView.vue's styles):
 * it is whole with half its width, and the toolbar goes tight only where even two lines would cut it; where tight is
 * not enough either, the title takes that width and the buttons it pushes wrap onto the toolbar's next line.
 */
import { onBeforeUnmount, watch, type Ref } from 'vue';

/**
 * A plan title cut into what may wrap anywhere and what must stay on one line (`keep`): its period — a bracketed
 * group with a year, （2026—2028年） or (2026-2028), else a bare year range 2026—2028年 — which broke as
 * "（2026— / 2028年）" where the title wrapped onto two lines (ui42). The editor prints the kept parts nowrap and
 * useTitleRoom gives the title at least the widest of them.
 */
export function titleSegments(title: string): { text: string; keep: boolean }[] {
  const out: { text: string; keep: boolean }[] = [];
  const re = /[（(][^（()）]{0,24}?\d{4}[^（()）]{0,24}?[）)]|\d{4}\s*(?:[-—–~～至到]|——)\s*\d{4}\s*年?/g;
  let at = 0;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    if (m.index > at) out.push({ text: title.slice(at, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < title.length) out.push({ text: title.slice(at), keep: false });
  return out;
}

/**
 * The widest title (px, from `min` up to `full`) with which items of these widths (in order; the title's at `index`)
 * wrap onto no more lines of width `line`, `gap` apart, than with the title at `min` — as a wrapping flex container
 * breaks its lines: an item goes on the current line if it fits there, else it starts the next one.
 */
export function titleRoom(widths: readonly number[], index: number, gap: number, line: number, min: number, full: number): number {
  const lines = (title: number) => toolbarLines(widths, index, gap, line, title);
  if (full <= min) return full;
  const most = lines(min);
  if (lines(full) <= most) return full;
  let lo = min;
  let hi = full;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (lines(mid) <= most) lo = mid; else hi = mid;
  }
  return lo;
}

/** How many lines items of these widths take in a wrapping flex line of width `line`, the title's (at `index`) `title` wide. */
export function toolbarLines(widths: readonly number[], index: number, gap: number, line: number, title: number): number {
  let n = 1;
  let x = -1;
  widths.forEach((w0, i) => {
    const w = i === index ? title : w0;
    if (x < 0) x = w;
    else if (x + gap + w <= line + 0.5) x += gap + w;
    else { n++; x = w; }
  });
  return n;
}

/** The boxes a flex container lays out: its children, those of `display: contents` ones in their place, none hidden or out of flow. */
function flexItems(el: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const c of Array.from(el.children) as HTMLElement[]) {
    const cs = getComputedStyle(c);
    if (cs.display === 'none' || cs.position === 'absolute' || cs.position === 'fixed') continue;
    if (cs.display === 'contents') out.push(...flexItems(c));
    else out.push(c);
  }
  return out;
}

/** Keep the title's base size at titleRoom while the toolbar or any of its items changes size; `fit` after the title's text changes. */
export function useTitleRoom(bar: Ref<HTMLElement | undefined | null>, title: Ref<HTMLElement | undefined | null>) {
  let observer: ResizeObserver | null = null;
  let frame = 0;
  const observed = new Set<Element>();

  /** The title's room with the toolbar as it is now laid out (its base size reset to the stylesheet's first). */
  function measure(b: HTMLElement, t: HTMLElement): { room: number; min: number; full: number; keep: number; items: HTMLElement[]; lines: (title: number) => number } | null {
    t.style.flexBasis = '';
    const min = parseFloat(getComputedStyle(t).flexBasis) || 0;
    // its text's own width, not scrollWidth (an integer, rounded down as often as up): a base size rounded down
    // by a fraction of a pixel cut the last characters behind an ellipsis with the whole line fitting (1440×900)
    // (measured on one line: the title wraps onto two where its room is narrower, and then its text is as wide as its box)
    const wrap = t.style.whiteSpace;
    t.style.whiteSpace = 'nowrap';
    const range = document.createRange();
    range.selectNodeContents(t);
    const full = Math.ceil(Math.max(t.scrollWidth, range.getBoundingClientRect().width));
    // the widest part that may not wrap (its period, titleSegments): two lines need at least its width
    const keep = Math.ceil(Math.max(0, ...Array.from(t.querySelectorAll<HTMLElement>('[data-keep]'), (k) => k.getBoundingClientRect().width)));
    t.style.whiteSpace = wrap;
    const cs = getComputedStyle(b);
    const line = b.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const gap = parseFloat(cs.columnGap) || 0;
    const items = flexItems(b);
    const index = items.indexOf(t);
    if (index < 0 || line <= 0) return null;
    const widths = items.map((el) => {
      if (el === t) return min;
      const basis = getComputedStyle(el).flexBasis;
      if (parseFloat(el.style.flexGrow || getComputedStyle(el).flexGrow) > 0 && basis.endsWith('%')) return 0; // the spacer (flex: 1)
      const r = el.getBoundingClientRect().width;
      return Math.max(r, el.scrollWidth);
    });
    return { room: titleRoom(widths, index, gap, line, min, full), min, full, keep, items, lines: (w) => toolbarLines(widths, index, gap, line, w) };
  }

  function fit() {
    frame = 0;
    const b = bar.value;
    const t = title.value;
    if (!b || !t || !b.isConnected) return;
    // first with every button on the bar; where that takes a second line, again with the less used ones in 更多
    // (data-more, EditorView.vue: ui42, a plan under review in edit mode took two lines at 1280×720) — kept there
    // when the bar is one line with them collapsed
    // — and where it is still more than one line, the next ones (data-more="2": 命令, h-ui43, at 900×700), and last
    // (data-more="3", 683×512) the round's chip shortened to 第 N 轮 (the status chip 审核中 beside it says the rest)
    const moreBefore = b.getAttribute('data-more');
    const more = (level: string | null) => { if (level === null) b.removeAttribute('data-more'); else b.setAttribute('data-more', level); };
    more(null);
    let lines = fitAt(b, t);
    if (lines <= 1 || !b.querySelector('[data-more-toggle]')) return;
    for (const level of ['', '2', '3']) {
      more(level);
      lines = fitAt(b, t, level === '3');
      if (lines === 0) { more(moreBefore); return; }
      if (lines <= 1) return;
    }
  }

  /**
   * Fit the title with the bar as it is (its 更多 state set): the number of lines the bar then takes (0: not measured).
   * `cut`: the last resort, with every button that may go into 更多 there — the title is cut (its two lines end in …,
   * its tooltip says it whole) rather than push the buttons onto a second line (h-ui43: 900×700).
   */
  function fitAt(b: HTMLElement, t: HTMLElement, cut = false): number {
    const was = t.style.flexBasis;
    // first with the toolbar at its roomy density; where that cuts the title, tight (data-tight: the buttons' padding
    // and gaps narrower, 命令's Ctrl K hint left to its tooltip) when that gives it more; where the title is still cut
    // and the save state's words are what cut it, those too (data-tight="dot")
    const tightBefore = b.getAttribute('data-tight');
    const density = (level: string | null) => { if (level === null) b.removeAttribute('data-tight'); else b.setAttribute('data-tight', level); };
    density(null);
    let m = measure(b, t);
    let level: string | null = null;
    // whole: on one line, or on two (the title wraps onto a second line rather than being cut, ui41) — half its
    // width and a character for where the line breaks, and no less than its period, which does not wrap (ui42)
    const em = parseFloat(getComputedStyle(t).fontSize) || 15;
    const twoLines = (x: { full: number; keep: number }) => Math.min(x.full, Math.max(Math.ceil(x.full / 2) + em, x.keep));
    const whole = (x: { room: number; full: number; keep: number }) => x.room >= twoLines(x);
    // still cut on two lines with the buttons as tight as they go: the title takes the two lines' width anyway and the
    // buttons it pushes go to the toolbar's next line (ui41: at 1280×800 a plan under review showed 静安区推进智慧城区
    // 建设三年行动… with every button on one line) — a title row rather than a cut title; `cut`: the title cut instead
    const roomOf = (x: NonNullable<typeof m>) => {
      const need = twoLines(x);
      return cut && x.lines(Math.floor(need) - 1) > x.lines(x.min) ? x.room : Math.max(x.room, need);
    };
    const linesOf = (x: NonNullable<typeof m>) => x.lines(Math.floor(roomOf(x)) - 1);
    // `cut`, the last resort: tight also where the title is whole but the buttons take a second line — the bar can
    // give no more to 更多 (h-ui44: in English at 900×700 the buttons' longer words took two lines with the title whole)
    const short = (x: NonNullable<typeof m>) => !whole(x) || (cut && linesOf(x) > 1);
    if (m && short(m)) {
      density('');
      const tight = measure(b, t);
      if (tight && (tight.room > m.room || (cut && linesOf(tight) < linesOf(m)))) { m = tight; level = ''; }
      if (short(m)) {
        density('dot');
        const dot = measure(b, t);
        if (dot && (whole(dot) || (cut && linesOf(dot) < linesOf(m)))) { m = dot; level = 'dot'; }
      }
      density(level);
    }
    if (!m) {
      t.style.flexBasis = was;
      density(tightBefore);
      return 0;
    }
    const room = roomOf(m);
    // (a pixel less: the items' widths are measured to a pixel, and a line filled to its last fraction of one pushed
    // 问题 onto a second line at 1280×800 — the title, with its free room, grows into that pixel anyway)
    t.style.flexBasis = room > m.min ? `${Math.floor(room) - 1}px` : '';
    // on two lines: the toolbar's padding narrower (data-title-wrap), so that it is no taller than with one (the
    // plan's text starts where it did: compact-chrome.e2e) — its width is not touched, nothing is measured again
    b.toggleAttribute('data-title-wrap', t.clientHeight > (parseFloat(getComputedStyle(t).lineHeight) || em * 1.2) * 1.5);
    for (const el of m.items) if (el !== t && !observed.has(el)) { observed.add(el); observer?.observe(el); }
    return m.lines(Math.floor(room) - 1);
  }
  const schedule = () => { if (!frame) frame = requestAnimationFrame(fit); };

  watch([bar, title], ([b]) => {
    observer?.disconnect();
    observed.clear();
    if (!b || typeof ResizeObserver === 'undefined') return;
    observer = new ResizeObserver(schedule);
    observer.observe(b);
    schedule();
  }, { immediate: true, flush: 'post' });
  onBeforeUnmount(() => {
    observer?.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
  return { fit: schedule };
}
