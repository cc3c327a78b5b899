/**
 * The importer's small public surface for the rest of shared/ and the renderer — what the importer knows about
 * how plans are written, which numbering, compare and export must read the same way:
 *   - the marker grammar (numbering.ts reads a number as the importer reads a heading's marker),
 *   - the theme keywords (compare weighs themes, the renderer names them),
 *   - the field lines (export/markdown.ts writes 牵头单位/指标/节点 lines the importer reads back; shared/fieldtext.ts
 *     prints a node's field lines from its fields) and the indicator sentences (lint compares them with the fields),
 *   - the level of a place or organ (export/upward.ts: a 主送机关 above the issuer makes a 上行文).
 * Re-exports only: importing this module does not load the readers (markdown-it, OOXML) or the parser. The whole
 * importer is index.ts. Everything else in shared/importer is internal (eslint.config.mjs enforces both).
 */
export { RULE, readMarker, type Marker, type MarkerRule } from './grammar';
export { THEMES, themeCounts, themesOf } from './themes';
export { departmentsFieldLine, departmentsOf, fieldLines, indicatorEntry, indicatorsFieldLine, milestoneEntry, milestonesFieldLine, readFieldLine, statementsIn, type FieldLine } from './fieldlines';
export { findIndicators } from './indicators';
export { textMilestones } from './celltable';
export { readSharedLine } from './sharedline';
export { groupLead } from './departments';
export { readPrintedHead, type HeadReading, type PrintedHead } from './headread';
export { IMPORTABLE_EXTENSIONS } from './extensions';
export { placeLevel, type PlaceLevel } from './places';
