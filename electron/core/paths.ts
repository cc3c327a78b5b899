/**
 * Where the library lives when no --data-dir is given. One function, used by every host
 * that is not Electron (the bridge, the CLI); Electron uses app.getPath('userData').
 *
 *   Windows: %APPDATA%\plan-workbench           (fallback: <home>\AppData\Roaming\plan-workbench)
 *   macOS:   ~/Library/Application Support/plan-workbench
 *   others:  $XDG_DATA_HOME/plan-workbench      (fallback: ~/.local/share/plan-workbench)
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'plan-workbench';

export function defaultDataDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA && path.win32.isAbsolute(env.APPDATA) ? env.APPDATA : path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_DIR_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  const xdg = env.XDG_DATA_HOME && path.posix.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.posix.join(home, '.local', 'share');
  return path.posix.join(xdg, APP_DIR_NAME);
}
