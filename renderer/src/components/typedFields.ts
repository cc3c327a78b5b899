/**
 * Text typed into a field the plan takes only when the field is left or on Enter (DateField's 成文日期, the
 * v-keep-typed numbers of editor/keepTyped.ts) and not yet taken. A way out that does not blur the field — a keyboard
 * shortcut or a link to the compare view or to another plan, Electron's menu, the window closed — would otherwise drop
 * it (review of session 35: a 成文日期 typed, then the palette's 对比, and the date was gone). Every such way out
 * calls `commitTyped` first (editor/useSaveOnLeave.ts, the import dialog's 保存到资料库 by Ctrl+Enter): each field takes
 * what it shows, or keeps it, says why under it and is named in the answer, for the caller to ask before it goes on.
 */

/** Takes the field's typed text into the model: null when it did (or nothing was typed), else the text it refused. */
export type TakeTyped = () => string | null;

const fields = new Map<TakeTyped, () => Element | null>();

/** A field that may hold typed text; `el` its element (for `commitTyped(within)`). Returns the release. */
export function holdTyped(el: () => Element | null, take: TakeTyped): () => void {
  fields.set(take, el);
  return () => { fields.delete(take); };
}

/**
 * Every field holding typed text (inside `within` when given) takes it; the texts that could not be taken.
 * `exceptFocused`: not the field that has the focus — the window only hidden (the planner switched to another window
 * to look the date up), the typing not done: "2026年3月1" on its way to 15日 is no date to take, nor to write back
 * under the cursor as 2026年3月1日. The field takes it when it is left, on Enter, or on a real way out.
 */
export function commitTyped(within: Element | null = null, { exceptFocused = false }: { exceptFocused?: boolean } = {}): string[] {
  const refused: string[] = [];
  const focused = exceptFocused && typeof document !== 'undefined' ? document.activeElement : null;
  for (const [take, el] of [...fields]) {
    if (within || focused) {
      const e = el();
      if (within && (!e || !within.contains(e))) continue;
      if (focused && e && (e === focused || e.contains(focused))) continue;
    }
    const r = take();
    if (r !== null) refused.push(r);
  }
  return refused;
}
