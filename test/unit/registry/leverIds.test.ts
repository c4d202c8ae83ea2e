// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EVENTS_JSON,
  GENERATIONS_JSON,
  LEVER_IDS_PATH,
  LEVERS_JSON,
  leverIdsSource,
} from '../../../scripts/gen-lever-ids';
import { defaultParams, LEVERS } from '../../../src/registry';

describe('LeverId', () => {
  it('src/registry/leverIds.ts matches data/levers.json (run `npm run gen:levers`)', () => {
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as unknown;
    expect(readFileSync(LEVER_IDS_PATH, 'utf8')).toBe(
      leverIdsSource(read(LEVERS_JSON), read(GENERATIONS_JSON), read(EVENTS_JSON)),
    );
  });

  it('a typo in a lever id is a type error (checked by tsc; this line only runs it)', () => {
    const p = defaultParams();
    // @ts-expect-error `peu` is not a lever id: tsc fails if this line ever compiles
    expect(p.peu).toBeUndefined();
    expect(p.pue).toBe(LEVERS.find((l) => l.id === 'pue')!.default);
  });

  it('the generator refuses an entry without an identifier id', () => {
    expect(() => leverIdsSource([{ id: 'ok' }, { id: 'not ok' }])).toThrow('[1].id');
    expect(leverIdsSource([{ id: 'a' }, { id: 'b' }])).toContain(
      "export const LEVER_IDS = [\n  'a',\n  'b',\n] as const;",
    );
  });
});
