import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_SPECS } from '../../../src/charts/specs';
import { makeResult } from './fixture';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('chart specs', () => {
  const sources = files('src').map((p) => ({ p, text: readFileSync(p, 'utf8') }));
  for (const spec of Object.values(CHART_SPECS)) {
    it(`${spec.id}: its name, subtitle and source are written only in src/charts/${spec.id}/spec.ts`, () => {
      const quoted = (w: string) => [`'${w}'`, `"${w}"`, `>${w}<`];
      for (const words of [quoted(spec.name), [spec.subtitle()], [spec.source]]) {
        const where = sources
          .filter((s) => words.some((w) => s.text.includes(w)))
          .map((s) => s.p.replaceAll('\\', '/'));
        expect(where).toEqual([`src/charts/${spec.id}/spec.ts`]);
      }
    });
  }

  it('each spec lays out, titles, tabulates and tooltips a result', () => {
    const result = makeResult();
    for (const spec of Object.values(CHART_SPECS)) {
      const layout = spec.layout({ result, width: 560, height: 222 });
      expect(layout.panels.length).toBeGreaterThan(0);
      expect(spec.title(result)).toMatch(/\w/);
      expect(spec.columns.length).toBeGreaterThan(0);
      expect(spec.tooltip(result, null, 0).length).toBeGreaterThan(0);
      // the narrative: two or three sentences from the chart's data (test/unit/charts/narratives.test.ts)
      const sentences = spec.summary(result).split(/(?<=\.) (?=[A-Z])/);
      expect([spec.id, sentences.length >= 2 && sentences.length <= 3]).toEqual([spec.id, true]);
    }
  });
});
