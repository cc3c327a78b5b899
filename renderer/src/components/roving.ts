/**
 * Keyboard movement inside a group that is one Tab stop (a roving tabindex): the import level table's style row
 * (ImportLevels.vue) and a chip field's ✎ / × with its box (editor/ChipsInput.vue) move along a line of controls alike.
 */

/**
 * Where ← / → / Home / End move from `items[at]`: the previous, next, first or last control — `to` undefined at an edge
 * (the key is still the group's: it does nothing). null for any other key.
 */
export function lineStep(items: readonly HTMLElement[], at: number, key: string): { to: HTMLElement | undefined } | null {
  if (key === 'ArrowLeft') return { to: items[at - 1] };
  if (key === 'ArrowRight') return { to: items[at + 1] };
  if (key === 'Home') return { to: items[0] };
  if (key === 'End') return { to: items[items.length - 1] };
  return null;
}
