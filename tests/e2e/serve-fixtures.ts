// A tiny static server for the e2e pages, on loopback only. Every request it receives is logged,
// so tests can tell which requests the pages (and nothing else) made.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface FixtureServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** A page with the strictest Content Security Policy: nothing but what the page itself is. */
const STRICT_CSP = { 'content-security-policy': "default-src 'none'" };

/** Pages a test generates: path → HTML, and the headers to send with it. */
export type GeneratedPages = Record<string, { html: string; headers?: Record<string, string> }>;

export function serveFixtures(root: string, generated: GeneratedPages = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    let path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    requests.push(path);
    // /spa/... is the single-page site's own routes: they all serve its one page.
    if (path.startsWith('/spa/')) path = '/pages/spa.html';
    // /csp/<path> serves <path> under a strict Content Security Policy.
    const headers = path.startsWith('/csp/') ? STRICT_CSP : {};
    path = path.replace(/^\/csp\//, '/');
    if (path.includes('..')) return void res.writeHead(400).end();
    const page = generated[path];
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
      return void res.end(page.html);
    }
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
