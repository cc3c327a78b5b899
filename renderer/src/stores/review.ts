/**
 * Review annotations of the plan open in the editor: comments and suggestions with their threads, the
 * filters of the review panel, counts per node for the outline, the selection a new comment is made on,
 * and review mode (审阅模式: the plan read-only, commenting and suggesting allowed).
 *
 * The core re-anchors every annotation on each review.list (an anchor follows its quote through edits),
 * so the list is fetched again whenever the editor's revision changes (after each autosave, after an
 * accepted suggestion). Before an annotation is added the editor's pending autosave is flushed, so the
 * stored text — which the core checks the quote against — is the text on screen.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useApi } from '../api/client';
import { useEditorStore } from './editor';
import { usePrefs } from './prefs';
import { refreshEditor } from '../review/serverChange';
import { storedFlag } from '../storedFlag';
import { roleMay, session } from '../api/session';
import { isItemField, type AnchorField, type AnnotationView, type ItemField } from '../../../shared/review/model';
import { itemTexts, type IndicatorOutcome } from '../../../shared/review/fields';

/**
 * Live review on the office server (plan-workbench serve): the open editor listens to the plan's server-sent events
 * (review/live.ts); while that stream cannot be had it asks for the annotations again this often (tab visible).
 */
export const LIVE_REVIEW_MS = 5000;

export type AnnotationKind = 'comment' | 'suggestion';
export type TextField = 'heading' | 'body';

/**
 * A range of text the planner or reviewer has selected in the node panel — or one entry of a list field (a department
 * chip, an indicator row, a milestone cell): then start is the entry's index, end = start + 1, quote the entry as
 * written (shared/review/fields.ts itemTexts).
 */
export interface TextSelection { nodeId: string; field: TextField | ItemField; start: number; end: number; quote: string }

/** Where a new annotation goes (the contract's NewAnchor). */
export interface DraftAnchor { nodeId: string; field: TextField | ItemField | 'node'; start: number; end: number; quote: string }

/** The annotation being written in the review panel. */
export interface Draft { kind: AnnotationKind; anchor: DraftAnchor; body: string; replacement: string }

export interface ReviewFilters {
  /** 'open': only open threads; 'all': every status. */
  status: 'open' | 'all';
  /** Only annotations whose author is me (my identity's name). */
  mine: boolean;
  /** Only this reviewer's (author name), or everyone's. */
  reviewer: string | null;
  /** Only annotations under this top-level node (part), or the whole plan. */
  part: string | null;
}

/** Why an action was refused before reaching the core (i18n key under review.errors). */
export class ReviewRefused extends Error {
  constructor(readonly reason: 'noIdentity' | 'unsaved' | 'noSelection' | 'selectionChanged' | 'notLoaded' | 'reviewMode') {
    super(reason);
    this.name = 'ReviewRefused';
  }
}

function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reading order of the fields of one node in the review panel. */
const FIELD_ORDER: Record<AnchorField, number> = { node: 0, heading: 1, body: 2, lead: 3, partners: 4, indicators: 5, milestones: 6 };
export const useReview = defineStore('review', () => {
  const api = () => useApi();
  const editor = useEditorStore();
  const prefs = usePrefs();

  const planId = ref<string | null>(null);
  const items = shallowRef<AnnotationView[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const filters = reactive<ReviewFilters>({ status: 'open', mine: false, reviewer: null, part: null });
  /** The thread shown as current (highlighted in the text). */
  const activeId = ref<string | null>(null);
  /** Asks the node panel to reveal the active thread's range (seq changes on every request). */
  const revealRequest = shallowRef<{ id: string; seq: number } | null>(null);
  let revealSeq = 0;
  const selection = ref<TextSelection | null>(null);
  const draft = ref<Draft | null>(null);
  const panelOpen = storedFlag('editor.reviewOpen', false);
  /** An accept in progress (the plan is saved, changed by the core, and loaded again). */
  const accepting = ref<string | null>(null);
  /**
   * The last time a plan's annotations changed outside the panel (review package or Word comments imported):
   * the editor watches it and lists them again. seq makes every announcement a change, even for the same plan.
   */
  const changedOutside = shallowRef<{ planId: string; seq: number } | null>(null);
  let changedSeq = 0;
  function announceChanged(id: string): void {
    changedOutside.value = { planId: id, seq: ++changedSeq };
  }


  /**
   * Why this account may not change the plan's text, on the office server: its role (a reviewer or a clerk never
   * edits a plan), or the plan (the server's rights for it: a reference plan, another's draft shared to read).
   * null: it may. Such plans open in review mode, which cannot be left (the server would refuse every save).
   */
  const lockReason = computed<'reviewer' | 'clerk' | 'reference' | 'plan' | null>(() => {
    const role = session.mode === 'server' ? session.user?.role : undefined;
    if (role === 'reviewer' || role === 'clerk') return role;
    if (editor.rights && !editor.rights.edit) return editor.meta?.status === 'reference' ? 'reference' : 'plan';
    return null;
  });
  const readOnlyRole = () => lockReason.value !== null;
  /** May this account comment and suggest (review.add)? Outside the office server always; there, not a clerk. */
  const mayComment = computed(() => roleMay('review.add'));
  const reviewModeLocked = computed(readOnlyRole);
  /** Review mode is the editor's read-only state. */
  const reviewMode = computed({
    get: () => editor.readOnly,
    set: (v: boolean) => { editor.readOnly = v || readOnlyRole(); },
  });

  // --- loading ------------------------------------------------------------------------------------
  let inflight: Promise<void> | null = null;
  let again = false;

  /** Fetch the list again (anchors re-resolved by the core). Calls while one runs are folded into one more. */
  async function refresh(): Promise<void> {
    if (inflight) { again = true; return inflight; }
    const id = planId.value;
    if (!id) return;
    loading.value = true;
    inflight = (async () => {
      try {
        do {
          again = false;
          try {
            const list = await api().call('review.list', { planId: id });
            if (planId.value !== id) return;
            items.value = list;
            error.value = null;
          } catch (e) {
            if (planId.value !== id) return;
            error.value = errMessage(e);
          }
        } while (again && planId.value === id);
      } finally {
        loading.value = false;
      }
    })();
    try {
      await inflight;
    } finally {
      inflight = null;
    }
  }

  /** Start on another plan: its annotations, filters reset, review mode when the plan is under review. */
  async function load(id: string): Promise<void> {
    planId.value = id;
    items.value = [];
    error.value = null;
    activeId.value = null;
    selection.value = null;
    draft.value = null;
    Object.assign(filters, { status: 'open', mine: false, reviewer: null, part: null });
    void prefs.load();
    await refresh();
  }

  function clear() {
    planId.value = null;
    items.value = [];
    activeId.value = null;
    selection.value = null;
    draft.value = null;
  }

  // follow the editor: a new plan loads its annotations; a new revision (autosave, accepted suggestion) re-anchors them
  watch(() => [editor.planId, editor.loaded && !editor.loading, editor.revision] as const, ([id, ready]) => {
    if (!id) { clear(); return; }
    if (!ready) return; // (while another plan loads, meta is still the previous plan's)
    if (id !== planId.value) {
      reviewMode.value = editor.meta?.status === 'review' || readOnlyRole();
      void load(id);
    } else void refresh();
  }, { immediate: true });
  // submitted for review (or taken back): the mode follows the status
  watch(() => editor.meta?.status, (s, old) => {
    if (!old || !s || s === old || editor.planId !== planId.value) return;
    if (s === 'review') reviewMode.value = true;
    else if (old === 'review') reviewMode.value = readOnlyRole();
  });
  // the plan's rights changed while it is open (its share lowered to read, or raised to edit: live.ts 'rights'):
  // it becomes read-only at once, or may be edited again (review mode stays where the plan's status puts it)
  watch(lockReason, (r, old) => {
    if (editor.planId !== planId.value || !editor.loaded) return;
    if (r && !old) editor.readOnly = true;
    else if (!r && old) editor.readOnly = editor.meta?.status === 'review';
  });
  // a selection belongs to the node it was made in
  watch(() => editor.selectedId, (id) => {
    if (selection.value && selection.value.nodeId !== id) selection.value = null;
  });

  // --- derived ------------------------------------------------------------------------------------
  function isMine(a: AnnotationView): boolean {
    return prefs.hasIdentity && a.author.name === prefs.identity.name;
  }

  /** The top-level node (part) an annotation sits under, by where its anchor is now. */
  function partOf(a: AnnotationView): string | null {
    let id: string | null = a.resolved.nodeId || a.anchor.nodeId;
    if (!editor.info.has(id)) id = a.anchor.path.find((p) => editor.info.has(p)) ?? null;
    if (!id) return a.anchor.path[0] ?? null;
    let p = editor.info.get(id)?.parentId ?? null;
    while (p) { id = p; p = editor.info.get(p)?.parentId ?? null; }
    return id;
  }

  const filtered = computed(() => items.value.filter((a) =>
    (filters.status === 'all' || a.status === 'open') &&
    (!filters.mine || isMine(a)) &&
    (filters.reviewer === null || a.author.name === filters.reviewer) &&
    (filters.part === null || partOf(a) === filters.part)));

  /**
   * Threads whose anchor is found (ok, moved or changed), in plan order then time: node by node, and in a node the
   * whole-node comments, then the heading's, then the body's, each field by position (walk 5: a body suggestion
   * made first was listed above the heading's).
   */
  const anchored = computed(() => {
    const order = new Map<string, number>();
    let i = 0;
    for (const id of editor.info.keys()) order.set(id, i++);
    return filtered.value
      .filter((a) => a.resolved.state !== 'orphaned')
      .map((a, k) => ({ a, k, o: order.get(a.resolved.nodeId) ?? Number.MAX_SAFE_INTEGER }))
      .sort((x, y) => x.o - y.o || FIELD_ORDER[x.a.resolved.field] - FIELD_ORDER[y.a.resolved.field] || x.a.resolved.start - y.a.resolved.start || x.k - y.k)
      .map((x) => x.a);
  });
  /** Threads whose anchor cannot be found: listed in their own group, never hidden. */
  const orphaned = computed(() => filtered.value.filter((a) => a.resolved.state === 'orphaned'));

  /** Open annotations per node (for the outline badges). */
  const openCountByNode = computed(() => {
    const map = new Map<string, number>();
    for (const a of items.value) {
      if (a.status !== 'open' || a.resolved.state === 'orphaned') continue;
      map.set(a.resolved.nodeId, (map.get(a.resolved.nodeId) ?? 0) + 1);
    }
    return map;
  });

  const openCount = computed(() => items.value.filter((a) => a.status === 'open').length);
  const reviewers = computed(() => [...new Set(items.value.map((a) => a.author.name))].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  const active = computed(() => items.value.find((a) => a.id === activeId.value) ?? null);

  /** Annotations on one node's field (where their anchors are now), for highlighting. */
  function rangesOf(nodeId: string, field: TextField): AnnotationView[] {
    return items.value.filter((a) => a.resolved.state !== 'orphaned' && a.resolved.nodeId === nodeId && a.resolved.field === field &&
      (a.status === 'open' || a.id === activeId.value));
  }

  // --- selection and threads ----------------------------------------------------------------------
  function setSelection(s: TextSelection | null) {
    selection.value = s && s.end > s.start ? s : null;
  }
  /** One entry of a list field as the selection (a chip, an indicator row, a milestone cell); false when there is none. */
  function selectEntry(nodeId: string, field: ItemField, index: number): boolean {
    const node = editor.info.get(nodeId)?.node;
    const quote = node ? itemTexts(node, field)[index] : undefined;
    if (quote === undefined) return false;
    selection.value = { nodeId, field, start: index, end: index + 1, quote };
    return true;
  }

  /** Indexes of a node's entries of `field` that open annotations are on (the editor marks them). */
  function entriesMarked(nodeId: string, field: ItemField): number[] {
    return items.value.filter((a) => a.status === 'open' && a.resolved.state !== 'orphaned' && a.resolved.nodeId === nodeId && a.resolved.field === field).map((a) => a.resolved.start);
  }

  /** A field lost its selection (only clears it if that field held it). */
  function clearSelection(nodeId: string, field: TextField | ItemField) {
    const s = selection.value;
    if (s && s.nodeId === nodeId && s.field === field) selection.value = null;
  }

  /** Make a thread current: select its node in the editor and reveal its range. */
  function focusThread(id: string) {
    const a = items.value.find((x) => x.id === id);
    if (!a) return;
    activeId.value = id;
    const node = editor.info.has(a.resolved.nodeId) ? a.resolved.nodeId : a.anchor.path.slice().reverse().find((p) => editor.info.has(p)) ?? null;
    if (node) editor.select(node);
    revealRequest.value = { id, seq: ++revealSeq };
  }

  /**
   * Open the composer. Without `whole`, on the current selection (a suggestion needs one); with it (or
   * when nothing is selected, for a comment) on the selected node as a whole. False when nothing fits.
   */
  function startDraft(kind: AnnotationKind, opts: { whole?: boolean; nodeId?: string } = {}): boolean {
    // an account whose role may not comment (the office server's clerk) gets no composer: the server would refuse it
    if (!mayComment.value) return false;
    const sel = selection.value;
    const nodeId = opts.nodeId ?? editor.selectedId;
    let anchor: DraftAnchor | null = null;
    if (!opts.whole && sel && (!opts.nodeId || sel.nodeId === opts.nodeId)) anchor = { nodeId: sel.nodeId, field: sel.field, start: sel.start, end: sel.end, quote: sel.quote };
    else if (kind === 'comment' && nodeId && editor.info.has(nodeId)) anchor = { nodeId, field: 'node', start: 0, end: 0, quote: '' };
    if (!anchor) return false;
    draft.value = { kind, anchor, body: '', replacement: kind === 'suggestion' ? anchor.quote : '' };
    panelOpen.value = true;
    return true;
  }

  function cancelDraft() {
    draft.value = null;
  }

  /**
   * Check an anchor against the node as it is now: the quote may have moved while the composer was open
   * (the planner kept typing). Returns the anchor to send, or throws ReviewRefused('selectionChanged').
   */
  function checkAnchor(a: DraftAnchor): DraftAnchor {
    if (a.field === 'node') return a;
    const node = editor.info.get(a.nodeId)?.node;
    if (!node) throw new ReviewRefused('selectionChanged');
    if (isItemField(a.field)) {
      // an entry: at its index, else the nearest entry with the same words
      const list = itemTexts(node, a.field);
      if (list[a.start] === a.quote) return a;
      let best = -1;
      list.forEach((x, i) => { if (x === a.quote && (best < 0 || Math.abs(i - a.start) < Math.abs(best - a.start))) best = i; });
      if (best < 0) throw new ReviewRefused('selectionChanged');
      return { ...a, start: best, end: best + 1 };
    }
    const text = a.field === 'heading' ? node.heading : node.body;
    if (text.slice(a.start, a.end) === a.quote) return a;
    // the nearest occurrence of the quote
    let best = -1;
    for (let i = text.indexOf(a.quote); i >= 0; i = text.indexOf(a.quote, i + 1)) {
      if (best < 0 || Math.abs(i - a.start) < Math.abs(best - a.start)) best = i;
    }
    if (best < 0 || !a.quote) throw new ReviewRefused('selectionChanged');
    return { ...a, start: best, end: best + a.quote.length };
  }

  /** Make sure the stored plan is the plan on screen (the core checks quotes and revisions against it). */
  async function flushEditor() {
    if (!editor.loaded) throw new ReviewRefused('notLoaded');
    await editor.flush();
    if (editor.hasUnsaved) throw new ReviewRefused('unsaved');
  }

  function put(a: AnnotationView) {
    const i = items.value.findIndex((x) => x.id === a.id);
    items.value = i < 0 ? [...items.value, a] : items.value.map((x, k) => (k === i ? a : x));
  }

  /** Add an annotation (asks for the reviewer identity first if there is none). */
  async function add(kind: AnnotationKind, anchor: DraftAnchor, body: string, replacement?: string): Promise<AnnotationView> {
    const id = planId.value;
    if (!id) throw new ReviewRefused('notLoaded');
    if (!(await prefs.ensureIdentity())) throw new ReviewRefused('noIdentity');
    await flushEditor();
    const a = checkAnchor(anchor);
    const r = await api().call('review.add', {
      planId: id,
      kind,
      anchor: { nodeId: a.nodeId, field: a.field, start: a.start, end: a.end, quote: a.quote },
      body,
      ...(kind === 'suggestion' ? { replacement: replacement ?? '' } : {}),
    });
    if (planId.value === id) put(r);
    return r;
  }

  /** Send the composer's annotation; the new thread becomes current. */
  async function submitDraft(): Promise<AnnotationView> {
    const d = draft.value;
    if (!d) throw new ReviewRefused('noSelection');
    const r = await add(d.kind, d.anchor, d.body.trim(), d.kind === 'suggestion' ? d.replacement : undefined);
    if (draft.value === d) draft.value = null;
    selection.value = null;
    activeId.value = r.id;
    return r;
  }

  async function reply(annotationId: string, body: string): Promise<AnnotationView> {
    const id = planId.value!;
    if (!(await prefs.ensureIdentity())) throw new ReviewRefused('noIdentity');
    const r = await api().call('review.reply', { planId: id, annotationId, body: body.trim() });
    if (planId.value === id) put(r);
    return r;
  }

  async function edit(annotationId: string, body: string, replacement?: string): Promise<AnnotationView> {
    const id = planId.value!;
    const r = await api().call('review.edit', { planId: id, annotationId, body, ...(replacement !== undefined ? { replacement } : {}) });
    if (planId.value === id) put(r);
    return r;
  }

  /** Resolve / reopen a comment; reject (or reopen) a suggestion. */
  async function setStatus(annotationId: string, status: 'open' | 'resolved' | 'rejected'): Promise<AnnotationView> {
    const id = planId.value!;
    if (!(await prefs.ensureIdentity())) throw new ReviewRefused('noIdentity');
    const r = await api().call('review.setStatus', { planId: id, annotationId, status });
    if (planId.value === id) put(r);
    return r;
  }

  async function remove(annotationId: string): Promise<void> {
    const id = planId.value!;
    await api().call('review.delete', { planId: id, annotationId });
    if (planId.value !== id) return;
    items.value = items.value.filter((a) => a.id !== annotationId);
    if (activeId.value === annotationId) activeId.value = null;
  }

  /**
   * Accept a suggestion (the author, in edit mode): pending edits are saved first, the core replaces the
   * range in the stored plan (a new revision), and the plan is loaded again into the editor with the same
   * selection and folding (serverChange.refreshEditor: not over edits typed while the accept was on its way). The core says what it did to an indicator (`indicator`: its figures re-read from the words
   * or kept, other indicators of the words not added), for the thread to tell the planner.
   */
  async function accept(annotationId: string): Promise<{ annotation: AnnotationView; indicator: IndicatorOutcome | null }> {
    const id = planId.value;
    if (!id) throw new ReviewRefused('notLoaded');
    if (reviewMode.value) throw new ReviewRefused('reviewMode');
    if (!(await prefs.ensureIdentity())) throw new ReviewRefused('noIdentity');
    accepting.value = annotationId;
    try {
      await flushEditor();
      const r = await api().call('review.accept', { planId: id, annotationId, baseRevision: editor.revision });
      const indicator = r.indicator ?? null;
      if (planId.value !== id) return { annotation: r.annotation, indicator };
      put(r.annotation);
      // reloaded as any change the core makes (serverChange): not over what the planner typed meanwhile, which is
      // kept; its save then meets the accept's revision, known as the app's own (noteOwnChange): merged by itself
      // when the typing was in other nodes, else the merge view says the accept and the typing met in one node
      if (editor.planId === id) editor.noteOwnChange(r.revision);
      const sel = editor.selectedId;
      if ((await refreshEditor(id)) && sel && editor.info.has(sel)) editor.expandTo(sel);
      await refresh();
      return { annotation: items.value.find((a) => a.id === annotationId) ?? r.annotation, indicator };
    } finally {
      accepting.value = null;
    }
  }

  return {
    planId, items, loading, error, filters, activeId, active, revealRequest, selection, draft, panelOpen, accepting, reviewMode, reviewModeLocked, lockReason, mayComment, changedOutside,
    filtered, anchored, orphaned, openCountByNode, openCount, reviewers,
    isMine, partOf, rangesOf, selectEntry, entriesMarked, load, refresh, clear,
    setSelection, clearSelection, focusThread, startDraft, cancelDraft, submitDraft,
    add, reply, edit, setStatus, remove, accept, announceChanged,
  };
});
