/**
 * Local HTTP server for the benchmark pages and bundles (127.0.0.1, random port). Serves gzip when
 * asked (as a CDN would), so the byte counts the browser reports are transfer sizes.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json' };

export async function startServer({ out, root }) {
  const pages = new Map();
  const gz = new Map();
  const mounts = [
    ['/b/', path.join(out, 'b')],
    ['/sl/', path.join(root, 'node_modules/@shoelace-style/shoelace/dist/themes')],
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let body;
    let type = 'text/html';
    let cache = 'no-store';
    if (url.pathname.startsWith('/p/')) {
      body = pages.get(url.pathname.slice(3));
    } else {
      for (const [prefix, dir] of mounts) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
          body = readFileSync(file);
          type = TYPES[path.extname(file)] ?? 'application/octet-stream';
          cache = 'public, max-age=31536000, immutable';
        }
      }
    }
    if (body === undefined) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const headers = { 'content-type': type, 'cache-control': cache };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = url.pathname;
      let zipped = url.pathname.startsWith('/p/') ? undefined : gz.get(key);
      if (!zipped) {
        zipped = gzipSync(body, { level: 9 });
        if (!url.pathname.startsWith('/p/')) gz.set(key, zipped);
      }
      headers['content-encoding'] = 'gzip';
      body = zipped;
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Serves a page at /p/<name> and keeps a copy under <out>/pages/ for inspection. */
    setPage: (name, htmlText) => {
      pages.set(name, htmlText);
      mkdirSync(path.join(out, 'pages'), { recursive: true });
      writeFileSync(path.join(out, 'pages', name), htmlText);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
