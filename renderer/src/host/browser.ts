/** Browser mode: the HTTP bridge on the page's own origin, no native menu or dialogs, files as downloads. */
import { ApiClient, httpTransport } from '../api/client';
import type { Host } from './index';

/** Save through the browser download mechanism (Blob + <a download>). */
export function downloadFile(fileName: string, data: BlobPart, mime: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the download has taken the blob by the next turn; give slow hosts a minute anyway
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserHost(api: ApiClient = new ApiClient(httpTransport())): Host {
  return {
    kind: 'browser',
    api,
    menu: null,
    dialogs: null,
    savesSurviveUnload: false,
    print: () => window.print(),
    saveFile: downloadFile,
    reload: () => window.location.reload(),
    closeWindow: () => window.close(),
  };
}
