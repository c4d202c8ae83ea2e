/* Decoupling Dashboard service worker: the app works offline after one visit.
 *
 * At build time the `offline-precache` plugin (vite.config.ts) replaces the PRECACHE
 * placeholder below with { version, files }: every file the build wrote to dist/
 * (index.html, JS and CSS chunks, the engine worker, icons, manifest, data/*.json),
 * as paths relative to this worker's scope, and a hash of their contents.
 *
 * - install: fetch and cache every file of that list (cache name carries the hash),
 *   then take over at once (skipWaiting).
 * - activate: delete caches of older builds, claim open pages.
 * - fetch: same-origin GET only. Navigations get the cached page of that path (another
 *   .html entry) or else index.html (the app reads its scenario from the query string). Everything else: cache first, then network,
 *   storing successful same-origin responses for next time.
 * Nothing here ever talks to another origin.
 */
/* eslint-disable no-restricted-globals */
'use strict';

/** @type {{ version: string, files: string[] } | null} */
const PRECACHE = /*__PRECACHE__*/ null;

const PREFIX = 'decoupling-';
const VERSION = PRECACHE ? PRECACHE.version : 'dev';
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
const INDEX_URL = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (PRECACHE) {
        const cache = await caches.open(CACHE);
        const urls = PRECACHE.files.map((f) => new URL(f, SCOPE).href);
        // cache: 'reload' bypasses the HTTP cache so a new build never stores stale files.
        await cache.addAll(urls.map((u) => new Request(u, { cache: 'reload' })));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  if (request.headers.has('range')) return;

  if (request.mode === 'navigate') {
    event.respondWith(navigation(url, request));
    return;
  }
  event.respondWith(fromCacheOrNetwork(url.origin + url.pathname, request));
});

/**
 * A page of the build (index.html, or another .html entry such as a presenter window) from
 * the cache; any other path in scope is the app itself (index.html), which reads the URL.
 * @param {URL} url
 * @param {Request} request
 */
async function navigation(url, request) {
  const cache = await caches.open(CACHE);
  const path = url.origin + url.pathname;
  const candidates = url.pathname.endsWith('/') ? [path + 'index.html'] : [path, path + '.html'];
  for (const key of candidates) {
    const hit = await cache.match(key);
    if (hit) return hit;
  }
  return fromCacheOrNetwork(INDEX_URL, request);
}

/**
 * @param {string} key cache key (query string dropped: the build's file names are hashed)
 * @param {Request} request the original request, fetched when the cache has no answer
 */
async function fromCacheOrNetwork(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && request.mode !== 'navigate') {
    await cache.put(key, response.clone());
  }
  return response;
}
