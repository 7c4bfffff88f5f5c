/**
 * Local HTTP server for the benchmark (127.0.0.1, random port): pages from memory under /p/, bundles
 * from <out>/b/ under /b/, the built CDN files (the packed build's cdn/ folder) under /cdn/. Serves gzip when asked, as a CDN would, so the byte counts the browser
 * reports are transfer sizes.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export async function startServer({ out, cdn }) {
  const pages = new Map();
  const dir = path.join(out, 'b');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    let body = pathname.startsWith('/p/') ? pages.get(pathname.slice(3)) : undefined;
    const [base, rest] = pathname.startsWith('/cdn/') ? [cdn, pathname.slice(5)] : [dir, pathname.slice(3)];
    const file = path.join(base, decodeURIComponent(rest));
    if ((pathname.startsWith('/b/') || (cdn && pathname.startsWith('/cdn/'))) && file.startsWith(base)) {
      try {
        body = readFileSync(file);
      } catch {
        // Not built: 404 below.
      }
    }
    if (body === undefined) return void res.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
    const headers = { 'content-type': pathname.endsWith('.js') ? 'text/javascript' : 'text/html' };
    headers['cache-control'] = pathname.startsWith('/p/') ? 'no-store' : 'public, max-age=31536000, immutable';
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      headers['content-encoding'] = 'gzip';
      body = gzipSync(body, { level: 9 });
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Serves a page at /p/<name> and keeps a copy under <out>/pages/ for inspection. */
    setPage: (name, text) => {
      pages.set(name, text);
      mkdirSync(path.join(out, 'pages'), { recursive: true });
      writeFileSync(path.join(out, 'pages', name), text);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
