import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Toast { id: number; kind: 'info' | 'error' | 'ok'; text: string }

/** Short messages at the bottom of the window (errors stay until closed). */
export const useToasts = defineStore('toasts', () => {
  const items = ref<Toast[]>([]);
  let next = 1;
  function push(kind: Toast['kind'], text: string) {
    const id = next++;
    items.value.push({ id, kind, text });
    if (kind !== 'error') setTimeout(() => dismiss(id), 4000);
    return id;
  }
  function dismiss(id: number) {
    items.value = items.value.filter((t) => t.id !== id);
  }
  return { items, push, dismiss, info: (t: string) => push('info', t), ok: (t: string) => push('ok', t), error: (t: string) => push('error', t) };
});
