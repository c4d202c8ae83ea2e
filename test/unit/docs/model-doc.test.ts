// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, renderDoc } from '../../../scripts/docs';
import { LEVERS } from '../../../src/registry';

describe('docs/MODEL.md', () => {
  const doc = readFileSync(DOC_PATH, 'utf8');
  it('has the lever and calibration tables as the registry and engine give them now (run `npm run docs`)', () => {
    expect(doc).toBe(renderDoc(doc));
  });
  it('lists every lever id', () => {
    for (const l of LEVERS) expect(doc).toContain(`\`${l.id}\``);
  });
});
