// A ModernGov web service on loopback that answers from recorded XML (test/fixtures/moderngov):
// GET /<prefix>/mgWebService.asmx/<Method>?... is answered with <Method>-<id>.xml (the committee
// or meeting id asked for) or <Method>.xml, from the first folder of `dirs` that has it.
// The prefix /forbidden answers 403, as a firewall does; /not-moderngov answers an HTML page.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface RecordedServer {
  url: string;
  requests: string[];
  dirs: string[];
  close: () => Promise<void>;
}

export async function recordedModernGov(dirs: string[]): Promise<RecordedServer> {
  const requests: string[] = [];
  const state = { dirs };
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${u.pathname}${u.search}`);
    if (u.pathname.startsWith('/forbidden/')) {
      res.writeHead(403, { 'content-type': 'text/html' }).end('<html><body>Access denied</body></html>');
      return;
    }
    if (u.pathname.startsWith('/not-moderngov/')) {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><body><p>Welcome</p></body></html>');
      return;
    }
    const m = /\/mgWebService\.asmx\/(\w+)$/i.exec(u.pathname);
    const id = u.searchParams.get('lCommitteeId') ?? u.searchParams.get('lMeetingId');
    const names = m ? [id ? `${m[1]}-${id}.xml` : '', `${m[1]}.xml`].filter(Boolean) : [];
    for (const dir of state.dirs)
      for (const n of names)
        if (existsSync(join(dir, n))) {
          res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(readFileSync(join(dir, n)));
          return;
        }
    res.writeHead(500, { 'content-type': 'text/plain' }).end('Web Service method name is not valid.');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get dirs() {
      return state.dirs;
    },
    set dirs(d: string[]) {
      state.dirs = d;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
