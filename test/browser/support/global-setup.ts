/**
 * Vitest globalSetup of the `browser` project: serves the built app (dist/) with vite's
 * `preview()` on a free loopback port, hands its URL to the tests (`inject('baseURL')`,
 * or `baseURL()` from ./index), and closes it when the run ends.
 *
 * It serves a private copy of dist/ (in a temp folder), so another build in the same
 * checkout while the tests run cannot pull files from under them.
 *
 * It never builds: `npm test` runs `npm run build` first. Run alone with
 *   npm run build && npx vitest run --project browser
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
  }
}

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => ok(port));
    });
  });
}

/** Newest modification time (ms) of a file or of any file under a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`browser tests: ${dist}/index.html is missing; run \`npm run build\` first`);
  }
  const built = statSync(join(dist, 'index.html')).mtimeMs;
  const sources = Math.max(
    ...['src', 'data', 'public', 'index.html', 'vite.config.ts'].map((p) => newest(join(ROOT, p))),
  );
  if (sources > built) {
    console.warn('browser tests: dist/ is older than the sources; testing the old build (run `npm run build`)');
  }
  const served = mkdtempSync(join(tmpdir(), 'decoupling-dist-'));
  cpSync(dist, served, { recursive: true });
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    try {
      const server = await preview({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'warn',
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
        build: { outDir: served, emptyOutDir: false },
      });
      const address = server.httpServer.address() as AddressInfo;
      project.provide('baseURL', `http://127.0.0.1:${address.port}`);
      return async () => {
        await server.close();
        rmSync(served, { recursive: true, force: true });
      };
    } catch (e) {
      lastError = e; // the port was taken between probing and listening: try another
    }
  }
  rmSync(served, { recursive: true, force: true });
  throw lastError;
}
