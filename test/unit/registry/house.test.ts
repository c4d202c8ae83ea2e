import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under `dir`, with its text. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) ? [{ path: p.replaceAll('\\', '/'), text: readFileSync(p, 'utf8') }] : [];
  });
}

/** The folders of src a file imports from, by relative path (`../../ui/format` → `ui`). */
function importedRooms(file: { path: string; text: string }): string[] {
  const depth = file.path.split('/').length - 2; // src/charts/burn/x.ts → 2 levels below src
  const rooms: string[] = [];
  for (const m of file.text.matchAll(/from '((?:\.\.\/)+|\.\/)([^']*)'/g)) {
    const ups = m[1] === './' ? 0 : m[1].length / 3;
    const here = file.path.split('/').slice(1, -1); // folders below src
    const target = [...here.slice(0, here.length - ups), ...m[2].split('/')];
    if (ups <= depth) rooms.push(target[0]);
  }
  return rooms;
}

describe('house rules', () => {
  const files = sources('src');

  it('no file in src is over 300 lines (leverIds.ts is generated)', () => {
    const long = files
      .filter((f) => !f.path.endsWith('registry/leverIds.ts'))
      .filter((f) => f.text.split('\n').length > 301)
      .map((f) => f.path);
    expect(long).toEqual([]);
  });

  it('charts never import the ui, and the engine imports neither', () => {
    const upward = files.flatMap((f) => {
      const room = f.path.split('/')[1];
      const banned = room === 'charts' ? ['ui'] : room === 'engine' ? ['ui', 'charts', 'store', 'worker'] : [];
      return importedRooms(f)
        .filter((r) => banned.includes(r))
        .map((r) => `${f.path} → ${r}`);
    });
    expect(upward).toEqual([]);
  });

  it('the import check sees an upward import (a fixture)', () => {
    expect(importedRooms({ path: 'src/charts/burn/x.ts', text: "import { a } from '../../ui/format';" })).toEqual([
      'ui',
    ]);
    expect(importedRooms({ path: 'src/charts/burn/x.ts', text: "import { a } from '../common/time';" })).toEqual([
      'charts',
    ]);
  });
});
