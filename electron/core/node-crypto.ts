/**
 * node:crypto, loaded on first use (process.getBuiltinModule: Node ≥ 20.16, package.json asks for 20.19). Loading it
 * costs ~2 ms, and a command that only reads plans (plan-workbench compare) never makes a plan id or a facet hash.
 */
import type * as NodeCrypto from 'node:crypto';

let cryptoModule: typeof NodeCrypto | undefined;
export const nodeCrypto = (): typeof NodeCrypto => (cryptoModule ??= process.getBuiltinModule('node:crypto') as typeof NodeCrypto);
