/**
 * The plan's title in the editor's toolbar takes the room the toolbar leaves it (walk 9). The toolbar is one wrapping
 * flex line: its buttons that do not fit go to a second line. A flex line breaks by each item's base size, so the
 * title, based at a few characters (6em; 3em in a short window) to keep the buttons on one line where they fit, was
 * cut at those few characters at 1024×768 even while the second line, there anyway, had room for the buttons it would
 * push down. Now its base size is the widest it can have without the toolbar taking more lines than it takes with the
 * title at its few characters (titleRoom, on the measured widths), up to its full width: in a window where the
 * toolbar is one line anyway it keeps the rest of that line (as before: it grows into it), where the toolbar wraps
 * it is cut only when the buttons cannot make room. Its full text is its tooltip and its accessible name.
 */
import { onBeforeUnmount, watch, type Ref } from 'vue';

/**
 * The widest title (px, from `min` up to `full`) with which items of these widths (in order; the title's at `index`)
 * wrap onto no more lines of width `line`, `gap` apart, than with the title at `min` — as a wrapping flex container
 * breaks its lines: an item goes on the current line if it fits there, else it starts the next one.
 */
export function titleRoom(widths: readonly number[], index: number, gap: number, line: number, min: number, full: number): number {
  const lines = (title: number) => {
    let n = 1;
    let x = -1;
    widths.forEach((w0, i) => {
      const w = i === index ? title : w0;
      if (x < 0) x = w;
      else if (x + gap + w <= line + 0.5) x += gap + w;
      else { n++; x = w; }
    });
    return n;
  };
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

  function fit() {
    frame = 0;
    const b = bar.value;
    const t = title.value;
    if (!b || !t || !b.isConnected) return;
    // the base size the stylesheet gives it (6em, 3em in a short window), measured without ours
    const was = t.style.flexBasis;
    t.style.flexBasis = '';
    const min = parseFloat(getComputedStyle(t).flexBasis) || 0;
    const full = t.scrollWidth;
    const cs = getComputedStyle(b);
    const line = b.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const gap = parseFloat(cs.columnGap) || 0;
    const items = flexItems(b);
    const index = items.indexOf(t);
    if (index < 0 || line <= 0) { t.style.flexBasis = was; return; }
    const widths = items.map((el) => {
      if (el === t) return min;
      const basis = getComputedStyle(el).flexBasis;
      if (parseFloat(el.style.flexGrow || getComputedStyle(el).flexGrow) > 0 && basis.endsWith('%')) return 0; // the spacer (flex: 1)
      const r = el.getBoundingClientRect().width;
      return Math.max(r, el.scrollWidth);
    });
    const room = titleRoom(widths, index, gap, line, min, full);
    t.style.flexBasis = room > min ? `${Math.floor(room)}px` : '';
    for (const el of items) if (el !== t && !observed.has(el)) { observed.add(el); observer?.observe(el); }
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
