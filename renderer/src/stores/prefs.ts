/**
 * Preferences: the reviewer identity (审阅人身份: name, department) that signs annotations and changes.
 * Stored by the core (prefs.get / prefs.set). The dialog that edits it is opened from the top bar, and
 * asked for (ensureIdentity) the first time someone comments without one.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useApi } from '../api/client';
import { NOBODY, type Person } from '../../../shared/review/model';

export const usePrefs = defineStore('prefs', () => {
  const identity = ref<Person>({ name: '', department: '' });
  const loaded = ref(false);
  const error = ref<string | null>(null);
  /** The identity dialog; `resolve` answers the ensureIdentity() that opened it (true = saved). */
  const dialog = ref<{ reason: 'menu' | 'comment'; resolve: (ok: boolean) => void } | null>(null);

  /** A name is set (the core's placeholder 未署名 counts as none). */
  const hasIdentity = computed(() => {
    const n = identity.value.name.trim();
    return n !== '' && n !== NOBODY.name;
  });

  let loading: Promise<void> | null = null;
  async function load(force = false): Promise<void> {
    if (loaded.value && !force) return;
    if (loading) return loading;
    loading = (async () => {
      try {
        const r = await useApi().call('prefs.get', {});
        identity.value = r.identity;
        error.value = null;
      } catch (e) {
        error.value = e instanceof Error ? e.message : String(e);
      } finally {
        loaded.value = true;
        loading = null;
      }
    })();
    return loading;
  }

  /** Save the identity (trimmed). Throws the core's error (shown by the dialog). */
  async function save(p: Person): Promise<Person> {
    const r = await useApi().call('prefs.set', { identity: { name: p.name.trim(), department: p.department.trim() } });
    identity.value = r.identity;
    loaded.value = true;
    return r.identity;
  }

  function openDialog(reason: 'menu' | 'comment' = 'menu'): Promise<boolean> {
    dialog.value?.resolve(false);
    return new Promise((resolve) => {
      dialog.value = { reason, resolve: (ok) => { dialog.value = null; resolve(ok); } };
    });
  }

  /** True when an identity is set, asking for one first if needed. */
  async function ensureIdentity(): Promise<boolean> {
    await load();
    if (hasIdentity.value) return true;
    const ok = await openDialog('comment');
    return ok && hasIdentity.value;
  }

  return { identity, loaded, error, dialog, hasIdentity, load, save, openDialog, ensureIdentity };
});
