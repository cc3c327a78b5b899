/** Types of after-pack.mjs (plain JS so electron-builder can import it without a build step). */
export declare const SENTINEL: string;
export declare const WIRE_VERSION: number;
export declare const FUSES_V1: string[];
export declare const FUSE_SETTINGS: Record<string, boolean>;
export type FuseState = boolean | 'removed' | string;
export declare function readFuses(buf: Buffer): Record<string, FuseState>;
export declare function setFuses(buf: Buffer, settings?: Record<string, boolean>): Buffer;
export declare function flipFuses(file: string, settings?: Record<string, boolean>): Promise<Record<string, FuseState>>;
export interface PackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export declare function electronBinaryPath(context: PackContextLike): string;
export default function afterPack(context: PackContextLike): Promise<void>;
