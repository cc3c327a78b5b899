/**
 * A remembered view setting that is on or off (检查's and 审阅's panes, what Tab does in a body, the dark theme), kept in
 * this browser's localStorage as one of two words. Where localStorage cannot be read or written (private mode, full
 * storage) the fallback is used and the session keeps what the setting is set to.
 */
import { ref, watch, type Ref } from 'vue';

/** How the two values are written. */
export interface FlagWords { on: string; off: string }
const ONE_ZERO: FlagWords = { on: '1', off: '0' };

/** The stored setting: `fallback` when none is stored (or localStorage cannot be read), else whether it is `words.on`. */
export function readFlag(key: string, fallback: boolean, words: FlagWords = ONE_ZERO): boolean {
  try {
    const v = globalThis.localStorage?.getItem(key);
    return v === null || v === undefined ? fallback : v === words.on;
  } catch {
    return fallback;
  }
}

export function writeFlag(key: string, value: boolean, words: FlagWords = ONE_ZERO): void {
  try {
    globalThis.localStorage?.setItem(key, value ? words.on : words.off);
  } catch {
    /* private mode or full storage: this session keeps it */
  }
}

/** The setting as a ref, read now and written back on every change (`keep`: only while it says so). */
export function storedFlag(key: string, fallback: boolean, opts: { words?: FlagWords; keep?: () => boolean } = {}): Ref<boolean> {
  const flag = ref(readFlag(key, fallback, opts.words));
  watch(flag, (v) => { if (!opts.keep || opts.keep()) writeFlag(key, v, opts.words); });
  return flag;
}
