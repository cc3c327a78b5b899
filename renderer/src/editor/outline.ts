/** Outline constants and pure helpers (kept out of the component so tests can use them). */

/** Fixed row height of the virtual list, in px. */
export const ROW_HEIGHT = 30;
/** Rows rendered above and below the visible ones. */
export const OVERSCAN = 8;

export type DropZone = 'before' | 'after' | 'into';

/** Where a drop at `offsetY` px from the top of a row of `height` puts the dragged node. */
export function zoneOf(offsetY: number, height = ROW_HEIGHT): DropZone {
  if (offsetY < height * 0.25) return 'before';
  if (offsetY > height * 0.75) return 'after';
  return 'into';
}

/** The rows [start, end) to render for a list of `count` rows scrolled to `scrollTop` in a viewport of `height`. */
export function visibleWindow(count: number, scrollTop: number, height: number, rowHeight = ROW_HEIGHT, overscan = OVERSCAN): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}
