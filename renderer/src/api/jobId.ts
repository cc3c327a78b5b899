/** A client-side id for a cancellable job (plan.importPreview / plan.importCancel, export.pdf / export.cancel). */
export const newJobId = (prefix: 'import' | 'pdf'): string => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
