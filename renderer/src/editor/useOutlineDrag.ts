/**
 * Drag and drop in the outline (HTML5): upper quarter of a row = before, lower quarter = after, middle = into;
 * the viewport scrolls near its edges. Nothing can be dragged in review mode (read-only).
 */
import { ref, type Ref } from 'vue';
import type { OutlineRow, useEditorStore } from '../stores/editor';
import { ROW_HEIGHT, zoneOf } from './outline';

/** `viewport` is the scrolling element; `focusTree` gives the focus back to the tree after a drop. */
export function useOutlineDrag(store: ReturnType<typeof useEditorStore>, viewport: Ref<HTMLElement | undefined>, focusTree: () => void) {
  const dragId = ref<string | null>(null);
  const drop = ref<{ id: string; where: 'before' | 'after' | 'into' } | null>(null);

  function onDragStart(e: DragEvent, row: OutlineRow) {
    if (store.readOnly) { e.preventDefault(); return; }
    dragId.value = row.node.id;
    store.select(row.node.id, { reveal: false });
    if (e.dataTransfer) {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', row.node.id);
    }
  }

  function canDrop(target: string): boolean {
    const d = dragId.value;
    return !!d && d !== target && !store.isDescendant(target, d);
  }

  function onDragOver(e: DragEvent, row: OutlineRow) {
    if (!canDrop(row.node.id)) { drop.value = null; return; }
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    const el = e.currentTarget as HTMLElement;
    const rect = el.getBoundingClientRect();
    const offset = rect.height > 0 ? e.clientY - rect.top : (e.offsetY ?? ROW_HEIGHT / 2);
    drop.value = { id: row.node.id, where: zoneOf(offset, rect.height || ROW_HEIGHT) };
    autoScroll(e.clientY);
  }

  function autoScroll(clientY: number) {
    const el = viewport.value;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    if (clientY < rect.top + 30) el.scrollTop -= ROW_HEIGHT;
    else if (clientY > rect.bottom - 30) el.scrollTop += ROW_HEIGHT;
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    const d = dragId.value;
    const target = drop.value;
    dragId.value = null;
    drop.value = null;
    if (d && target) store.dropOn(d, target.id, target.where);
    focusTree();
  }

  function onDragEnd() {
    dragId.value = null;
    drop.value = null;
  }

  /** The pointer left the viewport: no drop marker. */
  function onDragLeave() {
    drop.value = null;
  }

  return { dragId, drop, onDragStart, onDragOver, onDrop, onDragEnd, onDragLeave };
}
