import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface WebOptions {
  /** The built dashboard (`vite build` output); defaults to the checkout's web/dist. */
  dir?: string;
}

/** src/api/plugins and dist/api/plugins are both three levels under the checkout. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The dashboard talks to this origin only; scripts and styles come from it, and reports open as
 * blobs it creates.
 */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CloudDiagnoze — dashboard not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1c2433}
code{background:#f1f3f6;padding:2px 6px;border-radius:4px}</style></head>
<body><main><h1>The dashboard is not built yet</h1>
<p>Run <code>npm run build</code> in the CloudDiagnoze checkout (or start with <code>npm start</code>,
which builds first), then reload this page.</p>
<p>The API works meanwhile: see <a href="/docs">/docs</a>.</p></main></body></html>
`;

async function readIfFile(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** Serves the built dashboard at `/` and its hashed assets under `/assets/`, same origin as the API. */
export async function webRoutes(app: FastifyInstance, options: WebOptions): Promise<void> {
  const root = resolve(options.dir ?? DEFAULT_WEB_DIR);
  const assets = join(root, 'assets');

  const index = async (reply: FastifyReply) => {
    const html = await readIfFile(join(root, 'index.html'));
    void reply
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .type('text/html; charset=utf-8');
    if (html === null) return reply.code(503).send(NOT_BUILT);
    return reply.header('content-security-policy', DASHBOARD_CSP).send(html);
  };

  app.get('/', { schema: { hide: true } }, async (_request, reply) => index(reply));
  app.get('/index.html', { schema: { hide: true } }, async (_request, reply) => index(reply));

  app.get<{ Params: { '*': string } }>(
    '/assets/*',
    { schema: { hide: true } },
    async (request, reply) => {
      const path = resolve(assets, request.params['*']);
      const type = CONTENT_TYPES[extname(path)];
      const body = path.startsWith(assets + sep) && type ? await readIfFile(path) : null;
      if (body === null) {
        return reply.code(404).send({
          error: { code: 'not_found', message: `no asset ${request.params['*']}` },
        });
      }
      // Vite names assets after their content hash: a name never changes meaning.
      return reply
        .type(type!)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );
}
