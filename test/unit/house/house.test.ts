// @vitest-environment node
/**
 * The house rules (issue 26): no import cycle between files, no import that runs up the house
 * (charts → store, worker, export or ui; store → export; the embed → ui; and the floors in
 * .dependency-cruiser.cjs), one module that starts workers, files under ~300 lines. The import
 * rules are dependency-cruiser's, and a probe shows they fail on a new upward import and on a
 * new cycle, so `npm test` would.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const run = promisify(execFile);

/** dependency-cruiser over `paths` from `cwd`, with the house's config: its exit code and report. */
async function cruise(cwd: string, paths: string[]): Promise<{ code: number; report: string }> {
  const args = [DEPCRUISE, ...paths, '--config', CONFIG, '--output-type', 'err-long', '--no-progress'];
  try {
    const { stdout } = await run(process.execPath, args, { cwd, maxBuffer: 16 << 20 });
    return { code: 0, report: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, report: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** Every TypeScript file under `dir`, with its text. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) ? [{ path: p.replaceAll('\\', '/'), text: readFileSync(p, 'utf8') }] : [];
  });
}

const probes: string[] = [];
afterAll(() => probes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A small tree of files in a temporary folder, cruised with the house's rules. */
async function probe(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'house-probe-'));
  probes.push(dir);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return cruise(dir, ['src']);
}

describe('house rules', () => {
  const files = sources(join(ROOT, 'src')).map((f) => ({ ...f, path: f.path.slice(ROOT.length + 1) }));

  it('no file in src is over 300 lines (leverIds.ts is generated)', () => {
    const long = files
      .filter((f) => !f.path.endsWith('registry/leverIds.ts'))
      .filter((f) => f.text.split('\n').length > 301)
      .map((f) => f.path);
    expect(long).toEqual([]);
  });

  it('a README in src names only files that exist (src/ui/present/README.md once named one that did not)', () => {
    const names = new Set(files.map((f) => f.path.split('/').pop()));
    const readmes = readdirSync(join(ROOT, 'src'), { recursive: true })
      .map(String)
      .filter((p) => p.endsWith('README.md'));
    const missing = readmes.flatMap((r) =>
      [...readFileSync(join(ROOT, 'src', r), 'utf8').matchAll(/`(?:[\w./-]*\/)?([\w-]+\.tsx?)`/g)]
        .map((m) => m[1])
        .filter((name) => !names.has(name))
        .map((name) => `src/${r}: ${name}`),
    );
    expect(readmes.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('one module starts workers', () => {
    expect(files.filter((f) => f.text.includes('new Worker(')).map((f) => f.path)).toEqual(['src/runner/spawn.ts']);
  });

  it('no import cycle and no upward import in src and scripts (dependency-cruiser)', async () => {
    const { code, report } = await cruise(ROOT, ['src', 'scripts']);
    expect(report).toMatch(/no dependency violations found/);
    expect(code).toBe(0);
  }, 120_000);

  it('a probe: a new charts → store import fails the house, and so does a new cycle', async () => {
    const { code, report } = await probe({
      'src/store/state.ts': 'export const state = 1;\n',
      'src/charts/card.ts': "import { state } from '../store/state';\nexport const card = state;\n",
      'src/charts/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/charts/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      'src/embed/chart.ts': "import { panel } from '../ui/panel';\nexport const chart = panel;\n",
      'src/ui/panel.ts': 'export const panel = 1;\n',
    });
    expect(code).not.toBe(0);
    expect(report).toMatch(/charts-are-values: src\/charts\/card\.ts → src\/store\/state\.ts/);
    expect(report).toMatch(/no-cycle: src\/charts\/a\.ts →\s+src\/charts\/b\.ts →\s+src\/charts\/a\.ts/);
    expect(report).toMatch(/embed-without-the-dashboard: src\/embed\/chart\.ts → src\/ui\/panel\.ts/);
  }, 120_000);

  it('the same probe without the bad imports passes', async () => {
    const { code, report } = await probe({
      'src/store/state.ts': "import { card } from '../charts/card';\nexport const state = card;\n",
      'src/charts/card.ts': 'export const card = 1;\n',
    });
    expect(report).toMatch(/no dependency violations found/);
    expect(code).toBe(0);
  }, 120_000);
});
