/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const DATA_DIR = resolve(ROOT, 'data');

/**
 * The Content-Security-Policy of the built app. Only in the build: the dev server injects
 * an inline script (React refresh preamble) that `script-src 'self'` would block.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Right after <meta charset>, before anything that loads.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
        const charset = /<meta\s+charset=[^>]*>/i;
        if (!charset.test(html)) throw new Error('csp-meta: index.html has no <meta charset>');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}

/**
 * The tab icon as a data: URL in the built pages. Chromium fetches the tab icon again on every
 * history entry the page writes (each committed change of the scenario writes one), and an
 * SVG icon is then parsed as a whole SVG document on the main thread: ~4 ms per entry on the
 * bench machine, the largest cost of a keyboard step. An inlined 32 px PNG
 * (scripts/favicon-png.mjs makes it from favicon.svg) costs a fraction; the SVG stays the
 * install icon of the web manifest.
 */
function inlineFavicon(): Plugin {
  let publicDir = '';
  return {
    name: 'inline-favicon',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const link = /<link rel="icon" href="[^"]*favicon\.png" type="image\/png"\s*\/?>/;
        if (!link.test(html)) throw new Error('inline-favicon: no <link rel="icon" … favicon.png> in the page');
        const png = readFileSync(join(publicDir, 'favicon.png')).toString('base64');
        return html.replace(link, `<link rel="icon" href="data:image/png;base64,${png}" type="image/png" />`);
      },
    },
  };
}

/**
 * The build leaves the prose of levers, events and generations (`note`, `condition`) out of the
 * JavaScript: the page reads it from data/*.json the first time a popover asks
 * (src/ui/data/useNote.ts). It keeps the first load under its budget; dev and tests keep the prose.
 */
function leanData(): Plugin {
  const FILES = /[\\/]data[\\/](levers|events|generations)\.json$/;
  const strip = (row: Record<string, unknown>) => {
    delete row.note;
    delete row.condition;
    return row;
  };
  return {
    name: 'lean-data',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ define: { __LEAN_DATA__: 'true' } }),
    transform(code, id) {
      const m = FILES.exec(id);
      if (!m) return null;
      const json = JSON.parse(code) as unknown;
      if (Array.isArray(json)) json.forEach((r) => strip(r as Record<string, unknown>));
      else {
        const obj = json as Record<string, unknown>;
        delete obj.notes;
        for (const r of (obj[m[1]] as Record<string, unknown>[]) ?? []) strip(r);
      }
      return { code: JSON.stringify(json), map: null };
    },
  };
}

/**
 * The bundled data files' shapes, checked with zod when the build or the dev server starts and
 * when one of them changes under the dev server (an overlay names the file, the field and the
 * reason). The page trusts the files it was built with and ships no validator for them
 * (src/registry/dataSchemas.ts); the CLI checks them itself (src/cli/checkData.ts).
 */
function checkedData(): Plugin {
  // The checker is the app's own TypeScript, loaded through Vite's module runner (not bundled into this config).
  const check = async () => {
    const { module } = await runnerImport<typeof import('./src/registry/dataSchemas')>(
      resolve(ROOT, 'src/registry/dataSchemas.ts'),
      { configFile: false, logLevel: 'error' },
    );
    module.checkDataFiles((name) => JSON.parse(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8')) as unknown);
  };
  const DATA_FILE = /[\\/]data[\\/][a-z]+\.json$/;
  return {
    name: 'checked-data',
    async buildStart() {
      await check();
    },
    async handleHotUpdate({ file, server }) {
      if (!DATA_FILE.test(file)) return;
      try {
        await check();
      } catch (e) {
        server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
      }
    },
  };
}

/**
 * data/*.json (the source of truth, never copied into public/) is served at /data/*.json by
 * the dev server and copied to dist/data/ by the build, so the app can fetch it at run time.
 */
function dataFiles(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'data-files',
    configResolved(c) {
      config = c;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path, query = ''] = (req.url ?? '').split('?');
        const m = /^\/data\/([A-Za-z0-9._-]+\.json)$/.exec(path);
        if (!m || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        // `import levers from '../../data/levers.json'` is a module request: vite transforms it.
        if (req.headers['sec-fetch-dest'] === 'script' || /(^|&)(import|url|raw)\b/.test(query)) return next();
        const file = join(DATA_DIR, m[1]);
        if (!existsSync(file)) {
          // A real 404, not the SPA fallback's index.html, so the app's error path shows.
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`data/${m[1]} not found`);
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
      });
    },
    configurePreviewServer(server) {
      // Missing data files are a 404 in preview too (not the SPA fallback's index.html).
      const dir = resolve(config.root, config.build.outDir, 'data');
      server.middlewares.use((req, res, next) => {
        const m = /^\/data\/([^/?#]+)(?:[?#].*)?$/.exec(req.url ?? '');
        if (!m) return next();
        let name = '';
        try {
          name = decodeURIComponent(m[1]);
        } catch {
          /* malformed: 404 below */
        }
        if (name && !/[\\/]|\.\./.test(name) && existsSync(join(dir, name))) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('not found');
      });
    },
    writeBundle() {
      const out = resolve(config.root, config.build.outDir, 'data');
      mkdirSync(out, { recursive: true });
      for (const name of readdirSync(DATA_DIR)) {
        if (name.endsWith('.json')) copyFileSync(join(DATA_DIR, name), join(out, name));
      }
    },
  };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/**
 * Writes dist/sw.js from public/sw.js with the precache list filled in: every file of the
 * finished build except the worker itself and source maps, plus a hash of their contents
 * that names the cache, so each build installs fresh and deletes the old cache.
 */
function offlinePrecache(): Plugin {
  let config: ResolvedConfig;
  let isAppBuild = false;
  return {
    name: 'offline-precache',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      config = c;
    },
    generateBundle(_options, bundle) {
      // Only the app's own build emits index.html; the engine worker's sub-build does not.
      if ('index.html' in bundle) isAppBuild = true;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (!isAppBuild) return;
        isAppBuild = false;
        const outDir = resolve(config.root, config.build.outDir);
        const template = join(config.publicDir, 'sw.js');
        if (!existsSync(template)) throw new Error(`offline-precache: ${template} not found`);
        const files = listFiles(outDir)
          .map((p) => relative(outDir, p).split(sep).join('/'))
          .filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !f.startsWith('.'))
          .sort();
        const hash = createHash('sha256');
        for (const f of files)
          hash
            .update(f)
            .update('\0')
            .update(readFileSync(join(outDir, f)));
        const manifest = { version: hash.digest('hex').slice(0, 16), files };
        const src = readFileSync(template, 'utf8');
        const placeholder = '/*__PRECACHE__*/ null';
        if (!src.includes(placeholder)) {
          throw new Error(`offline-precache: placeholder ${placeholder} not found in ${template}`);
        }
        writeFileSync(join(outDir, 'sw.js'), src.replace(placeholder, JSON.stringify(manifest)));
        config.logger.info(`offline-precache: ${files.length} files, version ${manifest.version}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [checkedData(), react(), cspMeta(), inlineFavicon(), dataFiles(), offlinePrecache(), leanData()],
  define: { __LEAN_DATA__: 'false' },
  worker: { format: 'es' },
  build: {
    rollupOptions: {
      // the dashboard and the one-chart embed for articles (embed.html?chart=<id>&<scenario>)
      input: { main: resolve(ROOT, 'index.html'), embed: resolve(ROOT, 'embed.html') },
    },
  },
  test: {
    projects: [
      // Unit tests in Node: a jsdom per file cost ~1 s of setup each (97 s of a 352 s run). A .ts
      // file that needs a DOM says so in its first line (`// @vitest-environment jsdom`); the
      // component tests (.tsx) run in jsdom, with Testing Library's waits at 10 s, not 1 s, since
      // under CI the unit files share the two cores with Chromium.
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // worker threads start faster than forked processes: 41 s against 47 s for the engine's files
          pool: 'threads',
          // the files share one module graph: 73 s against 128 s for the 104 files alone (importing
          // the engine, the registry and d3 again for each file was 18 s, and its setup 4 s); no file
          // here mocks a module, and each resets what it sets (stores, timers, memos)
          isolate: false,
          include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
          setupFiles: ['test/unit/setup-fc.ts'],
          // a test checks figures, not speed: beside Chromium on two cores, 5 s timed out a CLI test
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-dom',
          environment: 'jsdom',
          pool: 'threads',
          include: ['test/unit/**/*.test.tsx', 'src/**/*.test.tsx'],
          setupFiles: ['test/unit/setup-fc.ts', 'test/unit/setup-dom.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'gates',
          environment: 'node',
          include: ['test/gates/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
