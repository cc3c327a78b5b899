import type zh from './office.zh-CN';

/** Messages of the office features: print preview, help, recent plans, duplicate imports. */
const en: typeof zh = {
  duplicate: {
    title: 'This file was imported before',
    body: 'The library already holds plans imported from the same file (same text):',
    open: 'Open the existing plan',
    anyway: 'Import anyway',
    updated: 'updated {when}',
  },
  recent: { title: 'Recently opened', empty: '' },
  card: { open: 'Open' },
  preview: {
    title: 'Preview and print',
    open: 'Preview',
    print: 'Print',
    close: 'Close',
    pages: '{n} pages',
    rendering: 'Laying out with LibreOffice…',
    html: 'Approximate preview (GB/T 9704: A4, 22 lines × 28 characters). With LibreOffice installed the pages match the exported file.',
    images: 'Pages laid out by LibreOffice from the exported Word file: as exported.',
    failed: 'LibreOffice could not lay out the pages: {message}. Showing the approximate preview.',
    layout: 'Layout',
    cover: 'Notice cover',
    annex: 'Task table',
  },
  help: {
    title: 'Help',
    shortcuts: 'Shortcuts',
    tasks: 'Main tasks',
    close: 'Close',
    keys: {
      palette: 'Command palette (outline commands, export, compare, review, import, help)',
      help: 'Open this help',
      save: 'Save now',
      undo: 'Undo / redo',
      comment: 'Comment on the selected text',
      addSibling: 'New sibling after the current node',
      indent: 'Demote / promote',
      move: 'Move up / down',
      print: 'Print from the preview',
    },
    taskList: {
      import: 'Import: Library › Import, choose a Word, PDF, text or web file, check what was recognised, save.',
      newPlan: 'New plan: Library › New plan, or “Use as template” on a plan card.',
      edit: 'Edit: pick a node in the outline, edit heading, text, departments, indicators and milestones; saved automatically.',
      compare: 'Compare: editor toolbar “Compare”, then the previous plan, the template or another district’s plan.',
      review: 'Review: “Submit for review” opens a round; select text to comment or suggest wording.',
      preview: 'Preview and print: editor toolbar “Preview” shows the official pages; then “Print”.',
      export: 'Export: editor toolbar “Export” makes the GB/T 9704 Word file, or PDF, Markdown.',
      backup: 'Backups: top bar “Backup and restore”.',
    },
  },
  palette: {
    export: 'Export Word / PDF…',
    preview: 'Preview and print',
    compare: 'Compare…',
    review: 'Review mode',
    import: 'Import a plan…',
    help: 'Help and shortcuts',
  },
};
export default en;
