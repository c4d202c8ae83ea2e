// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGELOG_PATH, DOC_PATH, renderChangelog, renderDoc } from '../../../scripts/docs';
import { LEVERS } from '../../../src/registry';

describe('docs/MODEL.md', () => {
  const doc = readFileSync(DOC_PATH, 'utf8');
  it('has the lever and calibration tables as the registry and engine give them now (run `npm run docs`)', () => {
    expect(doc).toBe(renderDoc(doc));
  });
  it("data/CHANGELOG.md carries the headline outputs of today's defaults (run `npm run docs`)", () => {
    const log = readFileSync(CHANGELOG_PATH, 'utf8');
    expect(log).toBe(renderChangelog(log));
    expect(log).toMatch(/^- \d{4}-\d{2}-\d{2} · /m);
  });
  it('lists every lever id', () => {
    for (const l of LEVERS.filter((x) => x.group !== 'events')) expect(doc).toContain(`\`${l.id}\``);
  });
});
