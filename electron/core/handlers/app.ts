/** app.info: version, data folder, number of plans, host; recovery mode and a read-only library when so. */
import type { Handlers } from '../../../shared/api/contract.js';
import pkg from '../../../package.json' with { type: 'json' };
import type { Lifecycle } from '../lifecycle.js';

export function appHandlers(life: Lifecycle): Pick<Handlers, 'app.info'> {
  return {
    'app.info': async () => {
      const recovery = life.recoveryState();
      return {
        version: pkg.version,
        dataDir: life.opts.dataDir,
        plans: await life.planCount(),
        host: life.opts.host,
        ...(recovery ? { recovery } : {}),
        ...(life.db?.readOnly ? { readOnly: true } : {}),
      };
    },
  };
}
