/**
 * The office server on PostgreSQL (`plan-workbench serve --db postgres://…`): the same suite as server.test.ts
 * (office-suite.ts), on a real PostgreSQL started in a temporary folder. Skipped with the reason printed when
 * PostgreSQL is missing; a failure under CI (.ci/run installs it).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres.js';
import { officeSuite } from './office-suite.js';

const PG = postgresAvailable();
let cluster: PgCluster | null = null;

describe.runIf(PG)('office server on PostgreSQL', () => {
  beforeAll(async () => {
    cluster = await startPostgres({ prefix: 'pw-pg-office-' });
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  officeSuite('postgres', () => cluster!);
});
