/**
 * One API call over HTTP on the page's own origin (browser mode: the bridge or the office server): POST
 * /api/<method> with a JSON body and the session's CSRF header (./session.ts). Always an Envelope: no connection →
 * 'offline', an answer that is not an Envelope → 'bad-response'. Used by httpTransport (./client.ts) and by the
 * office server's own methods (login, logout, auth.me in ./session.ts).
 */
import type { Envelope } from '../../../shared/api/contract';

export async function postApi(url: string, input: unknown, headers: Record<string, string>): Promise<{ env: Envelope<unknown>; status: number }> {
  let res: Response;
  const body = JSON.stringify(input ?? {});
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      credentials: 'same-origin',
      body,
      // lets a save started while the tab closes complete; browsers allow it only for small bodies (64 KB in
      // UTF-8 bytes, not UTF-16 units: a Chinese character is 3 bytes) — over it, fetch rejects at once
      keepalive: body.length < 20_000 || new TextEncoder().encode(body).length < 60_000,
    });
  } catch (e) {
    return { env: { ok: false, error: { code: 'offline', message: '无法连接到规划工作台的服务,请确认它仍在运行', details: { cause: String(e) } } }, status: 0 };
  }
  try {
    return { env: (await res.json()) as Envelope<unknown>, status: res.status };
  } catch {
    return { env: { ok: false, error: { code: 'bad-response', message: `服务返回了无法识别的内容(HTTP ${res.status})` } }, status: res.status };
  }
}
