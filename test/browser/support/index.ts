/**
 * Browser test harness: the built app (vite preview of dist/) in Debian's headless
 * Chromium (/usr/bin/chromium) driven by playwright-core, inside vitest's `browser`
 * project (test/browser/**\/*.test.ts, node environment, files run one after another).
 *
 * The preview server is started once per run by ./global-setup.ts; `npm test` builds first.
 * Run alone:  npm run build && npx vitest run --project browser [file-filter]
 *
 * ── API ────────────────────────────────────────────────────────────────────────────────
 *   setupBrowser(options?)          call at the top of a test file: launches ONE Chromium in
 *                                 beforeAll (fresh temp profile), closes it in afterAll.
 *                                 Returns { browser } (a getter, valid inside tests/hooks).
 *   launchBrowser(options?)       the same launch, by hand: Promise<Browser>.
 *   newAppPage(browser, opts?)    fresh BrowserContext + Page (default 1280×800) with
 *                                 recorders attached; returns AppPage:
 *                                   { context, page, requests, errors, close() }
 *                                 opts: any Playwright BrowserContextOptions (viewport,
 *                                 colorScheme, reducedMotion, bypassCSP, serviceWorkers…).
 *                                 Actions and locator waits time out after 15 s
 *                                 (navigation 30 s), not Playwright's 30 s default.
 *                                 Service workers are BLOCKED unless you pass
 *                                 `serviceWorkers: 'allow'`, so each test sees the network
 *                                 and not a cache (the offline test allows them).
 *   openApp(page, query?, opts?)  goto the app ('' | '?v=1&elec=0.12' | 'v=1&…' | '/path?…')
 *                                 and wait until #root has rendered children (or until
 *                                 opts.waitFor, a selector, is visible). Returns the Response.
 *   screenshot(page, name)        saves test-results/<name>.png (viewport), returns its path.
 *   requests (RequestRecorder)    every request of the context (page, workers, service
 *                                 worker): .all, .offOrigin(), .assertSameOrigin()
 *                                 — throws listing any URL that left the app's origin
 *                                 (data:, blob:, about: are fine). setupBrowser() also checks
 *                                 every page of every test in an afterEach, so a test fails
 *                                 on an off-origin request even if it never asks;
 *                                 .allowOffOrigin(/re/) exempts a URL on purpose.
 *   errors (ErrorRecorder)        console errors, uncaught page errors, failed requests,
 *                                 HTTP ≥ 400 responses and CSP violations (a
 *                                 securitypolicyviolation listener, so even a silently
 *                                 refused eval counts): .all, .assertNone(ignore?: RegExp[]).
 *   runAxe(page, options?)        injects axe-core (node_modules/axe-core/axe.min.js) through
 *                                 page.evaluate — CDP, so the page's CSP does not block it —
 *                                 and returns axe.run's results; options go to axe.run.
 *   formatViolations(v)           readable one-line-per-node text for an assertion message.
 *   baseURL()                     the preview origin, e.g. http://127.0.0.1:41234.
 *   VIEWPORTS                     { desktop: 1280×800, mobile: 390×844 }.
 *
 * ── Example ────────────────────────────────────────────────────────────────────────────
 *   import { describe, expect, it } from 'vitest';
 *   import { newAppPage, openApp, screenshot, setupBrowser } from './support';
 *
 *   const b = setupBrowser();
 *   it('moves the runway KPI', async () => {
 *     const app = await newAppPage(b.browser);
 *     try {
 *       await openApp(app.page, '?v=1');
 *       const kpi = app.page.getByTestId('kpi-runway');
 *       const before = await kpi.textContent();
 *       await app.page.getByRole('slider', { name: /electricity/i }).press('End');
 *       await expect.poll(() => kpi.textContent()).not.toBe(before);
 *       await screenshot(app.page, 'runway-after-slider');
 *       app.requests.assertSameOrigin();
 *       app.errors.assertNone();
 *     } finally {
 *       await app.close();
 *     }
 *   });
 *
 * Keep the whole suite fast (2 cores): one browser per file via setupBrowser(), a new
 * context per test only when state must be fresh; prefer waiting on DOM conditions
 * (locator.waitFor, expect.poll, page.waitForFunction) over fixed timeouts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type LaunchOptions,
  type Page,
  type Response,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

export type { Browser, BrowserContext, Page } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const RESULTS_DIR = join(ROOT, 'test-results');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

/**
 * Chromium 156's headless mode opens the omnibox's pop-up (a WebUI page, chrome://omnibox-popup)
 * in a renderer of its own for each new context: 1.4 s of CPU for every test's page, as much as
 * the dashboard's own renderer (2.8 s against 4.5 s of the whole browser a page load, measured
 * with /proc on a 2-core machine, where the test run is CPU-bound). The last two names switch it
 * off. Chromium reads only the last --disable-features it is given, so the list repeats the ones
 * Playwright 1.65 passes itself (its chromiumSwitches), which would otherwise be dropped.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/** The preview server's origin (no trailing slash). */
export function baseURL(): string {
  const url = inject('baseURL');
  if (!url) throw new Error('baseURL not provided: is test/browser/support/global-setup.ts configured?');
  return url;
}

/**
 * Launches Debian's Chromium headless. Playwright gives each launch a fresh temporary
 * user-data-dir and deletes it on close, so no state survives between files.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/** One browser for the whole test file: launched in beforeAll, closed in afterAll. */
export function setupBrowser(options: LaunchOptions = {}): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Every page of every test is held to the origin, whether or not the test asks.
  afterEach(() => {
    const recorders = LIVE_RECORDERS.splice(0);
    for (const r of recorders) r.assertSameOrigin();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('setupBrowser(): browser is only available inside tests and hooks');
      return browser;
    },
  };
}

// ── recorders ───────────────────────────────────────────────────────────────────────────

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** 'service-worker' for requests its fetch handler made, else 'page' (page or its workers) */
  from: string;
}

/** Recorders of the current test; setupBrowser's afterEach checks and clears them. */
const LIVE_RECORDERS: RequestRecorder[] = [];

export class RequestRecorder {
  readonly all: RecordedRequest[] = [];
  private readonly allowed: RegExp[] = [];
  constructor(readonly origin: string) {
    LIVE_RECORDERS.push(this);
  }

  /** Lets a test that means to reach elsewhere (it should not need to) say so. */
  allowOffOrigin(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  record(r: RecordedRequest): void {
    this.all.push(r);
  }

  /** Requests that left the app's origin (data:, blob:, about: do not leave). */
  offOrigin(): RecordedRequest[] {
    return this.all.filter((r) => !isLocal(r.url, this.origin) && !this.allowed.some((re) => re.test(r.url)));
  }

  assertSameOrigin(): void {
    const off = this.offOrigin();
    if (off.length > 0) {
      throw new Error(
        `${off.length} request(s) left the app's origin ${this.origin}:\n` +
          off.map((r) => `  ${r.method} ${r.url} (${r.resourceType}, ${r.from})`).join('\n'),
      );
    }
  }
}

function isLocal(url: string, origin: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export interface RecordedError {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'http' | 'csp';
  text: string;
}

export class ErrorRecorder {
  readonly all: RecordedError[] = [];

  record(e: RecordedError): void {
    this.all.push(e);
  }

  /** Throws listing every recorded error not matched by one of `ignore`. */
  assertNone(ignore: RegExp[] = []): void {
    const left = this.all.filter((e) => !ignore.some((re) => re.test(e.text)));
    if (left.length > 0) {
      throw new Error(`${left.length} error(s) in the page:\n` + left.map((e) => `  [${e.kind}] ${e.text}`).join('\n'));
    }
  }
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  requests: RequestRecorder;
  errors: ErrorRecorder;
  close(): Promise<void>;
}

/** A fresh context and page (1280×800 unless `viewport` is given) with recorders attached. */
export async function newAppPage(browser: Browser, options: BrowserContextOptions = {}): Promise<AppPage> {
  const origin = new URL(baseURL()).origin;
  const context = await browser.newContext({
    viewport: VIEWPORTS.desktop,
    serviceWorkers: 'block',
    ...options,
  });
  // A missing element should fail a test in seconds, not Playwright's default 30 s: the run
  // must stay under 10 minutes even when several tests fail. Override per call if needed.
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const requests = new RequestRecorder(origin);
  const errors = new ErrorRecorder();

  context.on('request', (req) => {
    const sw = req.serviceWorker();
    requests.record({
      url: req.url(),
      method: req.method(),
      resourceType: req.resourceType(),
      from: sw ? 'service-worker' : 'page',
    });
  });
  context.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? 'failed';
    // A navigation replaced mid-flight is not an app error.
    if (why === 'net::ERR_ABORTED') return;
    errors.record({ kind: 'requestfailed', text: `${req.method()} ${req.url()}: ${why}` });
  });
  context.on('response', (res) => {
    if (res.status() >= 400)
      errors.record({ kind: 'http', text: `${res.status()} ${res.request().method()} ${res.url()}` });
  });
  context.on('weberror', (err) =>
    errors.record({ kind: 'pageerror', text: String(err.error()?.stack ?? err.error()) }),
  );
  context.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      errors.record({ kind: 'console', text: `${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}` });
    }
  });

  // CSP violations do not always reach the console (a refused eval is silent): report them.
  await context.exposeBinding(
    '__reportCspViolation',
    (_source, v: { directive: string; blocked: string; where: string }) => {
      errors.record({ kind: 'csp', text: `CSP ${v.directive} refused ${v.blocked || '(inline)'} at ${v.where}` });
    },
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void }).__reportCspViolation;
      report?.({ directive: e.effectiveDirective, blocked: e.blockedURI, where: `${e.sourceFile}:${e.lineNumber}` });
    });
  });

  const page = await context.newPage();
  return {
    context,
    page,
    requests,
    errors,
    close: () => context.close(),
  };
}

/**
 * Opens "All assumptions" and its Demand & revenue, Inference physics and The record groups, so
 * tests reach those sliders as a person would after two clicks (the panel opens on the key levers).
 * The clicks are made in the page, in one round trip: four Playwright clicks, each waiting for
 * its button to be stable, took 0.4–0.9 s of every test that opened the dashboard.
 */
export async function showAssumptions(
  page: Page,
  groups: readonly string[] = ['Demand & revenue', 'Inference physics', 'The record'],
): Promise<void> {
  await page.evaluate(async (groups) => {
    const named = (root: ParentNode, name: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')].find((b) =>
        (b.textContent ?? '').replace(/^[▸▾]\s*/, '').startsWith(name),
      );
    const open = (b: HTMLButtonElement | undefined, name: string) => {
      if (!b) throw new Error(`showAssumptions: no button "${name}"`);
      if (b.getAttribute('aria-expanded') !== 'true') b.click();
    };
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    open(named(document, 'All assumptions'), 'All assumptions');
    await frame();
    const panel = document.getElementById('all-assumptions');
    if (!panel) throw new Error('showAssumptions: "All assumptions" did not open #all-assumptions');
    for (const g of groups) open(named(panel, g), g);
    await frame();
  }, groups);
}

/** Opens the app at `query` and waits until it has rendered. */
export async function openApp(
  page: Page,
  query = '',
  opts: { waitFor?: string; timeout?: number; assumptions?: boolean } = {},
): Promise<Response | null> {
  let path = '/';
  if (query.startsWith('/')) path = query;
  else if (query.startsWith('?') || query.startsWith('#')) path = `/${query}`;
  else if (query) path = `/?${query}`;
  const response = await page.goto(baseURL() + path, { waitUntil: 'load', timeout: opts.timeout ?? 30_000 });
  if (opts.waitFor) {
    await page
      .locator(opts.waitFor)
      .first()
      .waitFor({ state: 'visible', timeout: opts.timeout ?? 30_000 });
  } else {
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, {
      timeout: opts.timeout ?? 30_000,
    });
  }
  // The dashboard (not the embed or a presenter window): open the assumptions the tests use.
  if (opts.assumptions !== false && (await page.getByRole('button', { name: /^All assumptions/ }).count()) > 0)
    await showAssumptions(page);
  return response;
}

/** Saves a viewport screenshot to test-results/<name>.png and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

// ── axe-core ────────────────────────────────────────────────────────────────────────────

let axeSource: string | undefined;
function readAxe(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}
export interface AxeResults {
  violations: AxeViolation[];
  passes: { id: string }[];
  incomplete: AxeViolation[];
}

/**
 * Runs axe-core in the page. The source goes in through page.evaluate (DevTools protocol),
 * which the page's CSP does not govern, so no `bypassCSP` is needed.
 * `options` is passed to axe.run, e.g. { runOnly: ['wcag2a', 'wcag2aa'] }.
 */
export async function runAxe(
  page: Page,
  options: Record<string, unknown> = {},
  context = 'document',
): Promise<AxeResults> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(readAxe());
  return page.evaluate(
    async ({ options, context }) => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      const ctx = context === 'document' ? document : context;
      const r = (await axe.run(ctx, options)) as AxeResults;
      // Return only what is serialisable and useful.
      const slim = (v: AxeViolation) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      });
      return {
        violations: r.violations.map(slim),
        incomplete: r.incomplete.map(slim),
        passes: r.passes.map((p) => ({ id: p.id })),
      };
    },
    { options, context },
  );
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`).join('\n'),
    )
    .join('\n');
}
