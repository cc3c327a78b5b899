/**
 * electron-builder afterPack hook (electron-builder.yml → afterPack): flips Electron's fuses in the
 * packaged binary, before it is signed and wrapped into the installer.
 *
 * electron-builder 25 has no `electronFuses` option (26 has, but needs Node 22) and @electron/fuses
 * is not a dependency, so the fuse wire is written here directly. The format is Electron's own
 * (docs/tutorial/fuses.md in electron/electron, and @electron/fuses): somewhere in the binary the
 * sentinel string below, then one byte wire version (1), one byte wire length n, then n bytes, one
 * per fuse, '0' (off) / '1' (on) / 'r' (removed). Fuse i of the V1 wire is FUSES_V1[i].
 *
 * Plain Node ESM (no TypeScript, no 'electron'): electron-builder imports it as it is.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const WIRE_VERSION = 1;

/** The V1 fuse wire, in wire order. */
export const FUSES_V1 = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];

/**
 * What this app sets. Fuses not named keep Electron's default.
 *   RunAsNode off                       ELECTRON_RUN_AS_NODE cannot turn the app into a node binary
 *   EnableCookieEncryption on           cookies on disk encrypted with the OS key store
 *   EnableNodeOptionsEnvironmentVariable off  NODE_OPTIONS cannot inject code into main
 *   EnableNodeCliInspectArguments off   --inspect cannot attach a debugger to main
 *   OnlyLoadAppFromAsar on              the app is loaded from app.asar only, never a loose folder
 *   GrantFileProtocolExtraPrivileges off  file:// gets no extra privileges (the app uses app://)
 * Left at the default: EnableEmbeddedAsarIntegrityValidation (needs asar integrity data in the
 * binary, which electron-builder 25 writes for macOS only — switching it on for Windows/Linux would
 * stop the app from starting) and LoadBrowserProcessSpecificV8Snapshot (no custom snapshot).
 */
export const FUSE_SETTINGS = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

const ON = 0x31; // '1'
const OFF = 0x30; // '0'
const REMOVED = 0x72; // 'r'

function findSentinels(buf) {
  const needle = Buffer.from(SENTINEL, 'ascii');
  const found = [];
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The fuses of a binary (Buffer) as { name: true | false | 'removed' }. Throws without a fuse wire. */
export function readFuses(buf) {
  const [at] = findSentinels(buf);
  if (at === undefined) throw new Error('No Electron fuse wire in this file (sentinel not found).');
  const wire = at + SENTINEL.length;
  const version = buf[wire];
  const length = buf[wire + 1];
  if (version !== WIRE_VERSION) throw new Error(`Unknown fuse wire version ${version} (this hook knows ${WIRE_VERSION}).`);
  const out = {};
  for (let i = 0; i < length; i++) {
    const name = FUSES_V1[i] ?? `fuse${i}`;
    const b = buf[wire + 2 + i];
    out[name] = b === ON ? true : b === OFF ? false : b === REMOVED ? 'removed' : `0x${b.toString(16)}`;
  }
  return out;
}

/**
 * Set `settings` ({ fuseName: boolean }) in a binary held in memory; returns the changed buffer.
 * Refuses (throws) an unknown fuse name, a wire too short for a requested fuse, an unknown wire
 * version, or more than two wires (two occur in universal macOS binaries).
 */
export function setFuses(buf, settings = FUSE_SETTINGS) {
  const sentinels = findSentinels(buf);
  if (sentinels.length === 0) throw new Error('No Electron fuse wire in this file (sentinel not found).');
  if (sentinels.length > 2) throw new Error(`Found ${sentinels.length} fuse wires; at most 2 expected.`);
  for (const name of Object.keys(settings)) {
    if (!FUSES_V1.includes(name)) throw new Error(`Unknown fuse ${name}.`);
  }
  for (const at of sentinels) {
    const wire = at + SENTINEL.length;
    if (buf[wire] !== WIRE_VERSION) throw new Error(`Unknown fuse wire version ${buf[wire]} (this hook knows ${WIRE_VERSION}).`);
    const length = buf[wire + 1];
    for (const [name, value] of Object.entries(settings)) {
      const i = FUSES_V1.indexOf(name);
      if (i >= length) throw new Error(`The fuse wire of this Electron has ${length} fuses; ${name} (#${i}) is not among them.`);
      const pos = wire + 2 + i;
      if (buf[pos] === REMOVED) continue; // a removed fuse cannot be set
      buf[pos] = value ? ON : OFF;
    }
  }
  return buf;
}

/** Flip the fuses of the Electron binary at `file` in place; returns the fuses as now set. */
export async function flipFuses(file, settings = FUSE_SETTINGS) {
  const buf = await fs.readFile(file);
  setFuses(buf, settings);
  await fs.writeFile(file, buf);
  return readFuses(buf);
}

/** The packaged Electron binary electron-builder made for this platform. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName);
  if (electronPlatformName === 'darwin') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
  }
  throw new Error(`Unsupported platform ${electronPlatformName}.`);
}

export default async function afterPack(context) {
  const file = electronBinaryPath(context);
  const fuses = await flipFuses(file);
  console.log(`  • electron fuses set  file=${file} ${Object.entries(fuses).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}
