/**
 * What the review's file dialogs share (review package, Word comments): a file chosen in the dialog or handed
 * in (dropped), checked by its name, sent to the core, and the core's report shown — or a clear error, after
 * which another file can be chosen. Closing while the core works drops the answer.
 */
import { nextTick, onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { failureText } from './roundsSupport';
import { useModalFocus } from '../components/useModalFocus';

export interface FileReportOptions<R> {
  /** Whether a file of this name can be read here … */
  accepts(name: string): boolean;
  /** … and the message when it cannot. */
  wrongFile(name: string): string;
  /** Send the file to the core. */
  load(file: File): Promise<R>;
  /** data-test of the control focused when the dialog opens without a file, and when the report is shown. */
  chooseTest: string;
  reportTest: string;
  /** A file given at once (dropped on the library): read it on mount. */
  initialFile?: () => File | null | undefined;
  onReport?(r: R): void;
  emitClose(): void;
}

export function useFileReport<R>(o: FileReportOptions<R>) {
  const { t } = useI18n();
  const phase = ref<'choose' | 'reading' | 'report' | 'error'>('choose');
  const fileName = ref('');
  const report = ref(null) as Ref<R | null>;
  const problem = ref<{ text: string; code?: string } | null>(null);
  const dialog = ref<HTMLElement>();
  const fileInput = ref<HTMLInputElement>();
  const { trapTab } = useModalFocus(dialog);
  let closed = false;

  async function run(file: File) {
    fileName.value = file.name;
    problem.value = null;
    report.value = null;
    if (!o.accepts(file.name)) {
      problem.value = { text: o.wrongFile(file.name) };
      phase.value = 'error';
      return;
    }
    phase.value = 'reading';
    try {
      const r = await o.load(file);
      if (closed) return;
      report.value = r;
      phase.value = 'report';
      o.onReport?.(r);
      await nextTick();
      dialog.value?.querySelector<HTMLButtonElement>(`[data-test=${o.reportTest}]`)?.focus();
    } catch (e) {
      if (closed) return;
      problem.value = failureText(t, e, 'rounds.unsaved', 'rounds.failed');
      phase.value = 'error';
    }
  }

  function pick(e: Event) {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (f) void run(f);
  }

  function close() {
    if (closed) return;
    closed = true;
    o.emitClose();
  }

  onMounted(() => {
    const f = o.initialFile?.();
    if (f) void run(f);
    else dialog.value?.querySelector<HTMLElement>(`[data-test=${o.chooseTest}]`)?.focus();
  });
  onBeforeUnmount(() => { closed = true; });

  return { phase, fileName, report, problem, dialog, fileInput, trapTab, run, pick, close };
}
