/**
 * One server-sent event stream of the office server (GET /api/events…) read as a browser's EventSource reads it:
 * its events, and whether the server closed it. For the office suite (both storages).
 */
import http from 'node:http';

export interface EventStream {
  status: number;
  events: Array<{ event: string; data: unknown }>;
  closed: Promise<void>;
  isClosed(): boolean;
  close(): void;
}

export function openEventStream(port: number, cookie: string | null, query: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (cookie) headers.cookie = cookie;
    const req = http.request({ host: '127.0.0.1', port, method: 'GET', path: `/api/events${query}`, headers, agent: false }, (res) => {
      let closedNow = false;
      let markClosed!: () => void;
      const closed = new Promise<void>((r) => (markClosed = r));
      const s: EventStream = { status: res.statusCode!, events: [], closed, isClosed: () => closedNow, close: () => req.destroy() };
      res.on('close', () => {
        closedNow = true;
        markClosed();
      });
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (res.statusCode !== 200) return;
        buf += chunk;
        let at: number;
        while ((at = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, at);
          buf = buf.slice(at + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length) s.events.push({ event, data: JSON.parse(data.join('\n')) });
        }
      });
      resolve(s);
    });
    req.on('error', reject);
    req.end();
  });
}
