/** The office server on a library folder (SQLite, `plan-workbench serve --data-dir`): the suite in office-suite.ts. */
import { officeSuite } from './office-suite.js';

officeSuite('sqlite');
