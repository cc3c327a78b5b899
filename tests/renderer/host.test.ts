// @vitest-environment happy-dom
/**
 * The renderer's hosts (renderer/src/host): the desktop host exists only with the preload's api object and then calls
 * the core through it (never fetch); the browser host posts to the bridge; installHost makes a host's client the one
 * the stores get from useApi().
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useApi } from '../../renderer/src/api/client';
import { installHost, useHost } from '../../renderer/src/host';
import { createBrowserHost } from '../../renderer/src/host/browser';
import { createElectronHost } from '../../renderer/src/host/electron';

afterEach(() => {
  installHost(null);
  vi.unstubAllGlobals();
});

describe('hosts', () => {
  it('no desktop host without the preload', () => {
    expect(createElectronHost({})).toBeNull();
  });

  it('the desktop host calls the core through the preload, with its menu, and a save survives closing', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const info = vi.fn(async (input: unknown) => ({ ok: true, result: { seen: input } }));
    const menu = { onCommand: () => () => {} };
    const host = createElectronHost({ api: { 'app.info': info } as never, appMenu: menu })!;
    expect(host.kind).toBe('desktop');
    expect(host.menu).toBe(menu);
    expect(host.dialogs).toBeNull();
    expect(host.savesSurviveUnload).toBe(true);
    expect(await host.api.call('app.info', {})).toEqual({ seen: {} });
    expect(info).toHaveBeenCalledTimes(1);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('the browser host posts to /api/<method>, has no menu and asks before leaving', async () => {
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ ok: true, result: { dataDir: '/d' } })));
    vi.stubGlobal('fetch', fetchSpy);
    const host = createBrowserHost();
    expect(host.kind).toBe('browser');
    expect(host.menu).toBeNull();
    expect(host.savesSurviveUnload).toBe(false);
    expect(await host.api.call('app.info', {})).toEqual({ dataDir: '/d' });
    expect(fetchSpy).toHaveBeenCalledWith('/api/app.info', expect.objectContaining({ method: 'POST' }));
  });

  it('installHost makes the host the one components and stores reach', () => {
    const host = createElectronHost({ api: {} as never })!;
    installHost(host);
    expect(useHost()).toBe(host);
    expect(useApi()).toBe(host.api);
  });
});
