/**
 * The file types a planner may import, without the dot: what the import dialogs offer (the desktop's file picker,
 * the page's file input) and what `plan-workbench import <folder>` takes from a folder. readSource (source.ts) is
 * the judge of a file's content; this list only says which names are offered. The exchange file (.json) is offered
 * by the page's dialog besides these.
 */
export const IMPORTABLE_EXTENSIONS = ['docx', 'doc', 'wps', 'pdf', 'xlsx', 'txt', 'md', 'markdown', 'html', 'htm', 'mht', 'mhtml'] as const;
