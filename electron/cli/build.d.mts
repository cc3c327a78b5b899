/** Types of electron/cli/build.mjs (for the tests and tests/bench/cli.ts). */
export const ROOT: string;
export const CLI_OUT: string;
export const CLI_BIN: string;
export function cliBuildOptions(root?: string, outdir?: string): Record<string, unknown>;
export function compareScriptOptions(root?: string, outdir?: string): Record<string, unknown>;
export function cliBundleStale(root?: string, outdir?: string): boolean;
/** Resolves with esbuild's metafile. */
export function buildCli(opts?: { root?: string; outdir?: string }): Promise<{
  inputs: Record<string, { bytes: number }>;
  outputs: Record<string, { bytes: number; entryPoint?: string; imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, { bytesInOutput: number }> }>;
}>;
