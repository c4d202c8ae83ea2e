import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import release2026_11 from '../../../data/releases/2026-11.json';
import { DataFileError, defaultParams, LEVERS } from '../../../src/registry';
import { loadRelease, unknownRecordReason } from '../../../src/registry/loadRelease';
import { parseMonth } from '../../../src/registry/month';
import {
  buildRelease,
  changedDefaults,
  currentRelease,
  CURRENT_RECORD,
  isRecordId,
  releaseCaveat,
  type Release,
} from '../../../src/registry/releases';

describe('record releases', () => {
  it('2026-12 is data/ as it ships: every lever default read straight from data/levers.json', () => {
    const file = JSON.parse(readFileSync('data/levers.json', 'utf8')) as Array<{
      id: string;
      default: number | string;
    }>;
    const current = currentRelease();
    expect(current.id).toBe('2026-12');
    expect(CURRENT_RECORD).toBe('2026-12');
    for (const entry of file) {
      const want = typeof entry.default === 'string' ? parseMonth(entry.default) : entry.default;
      expect([entry.id, current.params[entry.id as keyof typeof current.params]]).toEqual([entry.id, want]);
    }
    expect(current.params).toEqual(defaultParams());
  });

  it('2026-11 holds the defaults before engine v3 (commit a4b6f6c), by hand from its files', () => {
    const r = buildRelease(release2026_11, '2026-11');
    expect(r.engineVersion).toBe(2);
    expect(r.params.revenueGrowthDecayPct).toBe(85);
    expect(r.params.servingOverhead).toBe(12.5);
    expect(r.params.trainingKH100e).toBe(145);
    expect(r.params.costGrowthDecayPct).toBe(20);
    expect(r.params.msRevShareCapUsdB).toBe(50);
    expect(r.params.siliconCapexUsd).toBe(28000);
    // NVIDIA's letter of intent was conditional (status code 2) then; v3 made it an option (4)
    expect(r.params['nvidia-10gw-loi.status']).toBe(2);
    expect(r.params['nvidia-10gw-loi.on']).toBe(0);
    // unchanged figures come through: Cerebras's 0.75 GW from January 2026
    expect(r.params['cerebras-2026-01.gw']).toBe(0.75);
    expect(r.params['cerebras-2026-01.month']).toBe(parseMonth('2026-01'));
  });

  it('maps by id: a lever added since takes the current default, a value without a lever is named', () => {
    const r = buildRelease(release2026_11, '2026-11');
    expect(r.params.revenueGrowthNextPct).toBe(120);
    expect(r.params.siliconBindingGw).toBe(1.3);
    expect(r.filled).toContain('revenueGrowthNextPct');
    expect(r.filled).toContain('amd-1gw.gw');
    expect(r.filled).not.toContain('servingOverhead');
    expect(r.dropped.map((d) => d.id)).toEqual(['event amd-6gw', 'nvidia-10gw-loi.probability']);
    const caveat = releaseCaveat(r)!;
    expect(caveat).toContain('7 levers added since');
    expect(caveat).toContain('amd-6gw');
    expect(releaseCaveat(currentRelease())).toBeNull();
  });

  it('lists the defaults that changed between the releases: eight levers and two event fields', () => {
    const r = buildRelease(release2026_11, '2026-11');
    expect(changedDefaults(r, currentRelease())).toEqual([
      'revenueGrowthDecayPct',
      'computePerQueryGrowthPct',
      'servingOverhead',
      'trainingKH100e',
      'trainingGrowthPct',
      'costGrowthDecayPct',
      'msRevShareCapUsdB',
      'siliconCapexUsd',
      'nvidia-10gw-loi.status',
      'aws-2026-expansion.month',
    ]);
    expect(changedDefaults(currentRelease(), currentRelease())).toEqual([]);
    expect(Object.keys(r.params)).toHaveLength(LEVERS.length);
  });

  it('a corrupt file says which file, which field and why', () => {
    const bad = (json: unknown) => () => buildRelease(json, '2026-11');
    expect(bad({ ...release2026_11, levers: 'none' })).toThrow(DataFileError);
    expect(bad({ ...release2026_11, levers: 'none' })).toThrow(/^data\/releases\/2026-11\.json: levers: /);
    expect(bad({ ...release2026_11, id: '2026-10' })).toThrow(
      'data/releases/2026-11.json: id: says "2026-10", expected "2026-11"',
    );
    const levers = release2026_11.levers.map((l) => (l.id === 'chipArrival' ? { ...l, default: 2027 } : l));
    expect(bad({ ...release2026_11, levers })).toThrow(
      'data/releases/2026-11.json: levers[', // the index, the id and the reason follow
    );
    expect(bad({ ...release2026_11, levers })).toThrow(/\(chipArrival\)\.default: "2027" is not a month/);
    const events = { ...release2026_11.events, events: [{ id: 'x' }] };
    expect(bad({ ...release2026_11, events })).toThrow(/^data\/releases\/2026-11\.json: events\.events\[0\]/);
  });

  it('the caveat counts levers and events added since, and names what was left out, in one sentence', () => {
    const past = (filled: string[], dropped: Array<{ id: string; reason: string }>) =>
      ({ ...currentRelease(), id: '2026-11', current: false, filled, dropped }) as Release;
    const gone = (id: string) => ({ id, reason: 'r' });
    expect(releaseCaveat(past([], []))).toBeNull();
    expect(releaseCaveat({ ...past(['a'], []), current: true })).toBeNull();
    expect(releaseCaveat(past(['a'], []))).toBe(
      'Record 2026-11 on the current engine: 1 lever added since (a) takes the current default.',
    );
    expect(releaseCaveat(past(['ev.on'], []))).toBe(
      'Record 2026-11 on the current engine: event added since (ev) takes the current default.',
    );
    expect(releaseCaveat(past(['a', 'b', 'ev.on', 'ev.usdB', 'ew.gw'], []))).toBe(
      'Record 2026-11 on the current engine: 2 levers added since (a, b) take the current default; ' +
        'events added since (ev, ew) take the current default.',
    );
    expect(releaseCaveat(past(['a', 'b', 'c', 'd', 'e', 'f'], []), (id) => id.toUpperCase())).toBe(
      'Record 2026-11 on the current engine: 6 levers added since (A, B, C, D and 2 more) take the current default.',
    );
    expect(releaseCaveat(past([], [gone('event old')]))).toBe(
      'Record 2026-11 on the current engine: event no longer in the record (old) is left out.',
    );
    expect(releaseCaveat(past([], [gone('event old'), gone('event older'), gone('x.probability'), gone('y.gw')]))).toBe(
      'Record 2026-11 on the current engine: events no longer in the record (old, older) are left out; ' +
        'values the current engine has no lever for are left out (x.probability, y.gw).',
    );
  });

  it('the current release is data/ itself, with nothing filled, dropped or preset', () => {
    const c = currentRelease();
    expect([c.id, c.current, c.engineVersion, c.note]).toEqual([
      '2026-12',
      true,
      0,
      'The current record: data/ as it ships.',
    ]);
    expect([c.filled, c.dropped, c.presets]).toEqual([[], [], []]);
    expect(c.info.pue).toEqual({ sourceId: 'pue-hyperscale', confidence: 'high' });
  });

  it("a past release: its own provenance, today's for what it lacks; what it has no lever or field for is named", () => {
    const r = buildRelease(release2026_11, '2026-11');
    expect(r.info.servingOverhead).toEqual({ sourceId: 'calibration', confidence: 'low' });
    expect(r.info.revenueGrowthNextPct).toEqual({ sourceId: 'info-burn-forecast-feb-2026', confidence: 'low' });
    expect(r.info['cerebras-2026-01.gw']).toEqual({ sourceId: 'reuters-cerebras-apr-2026', confidence: 'medium' });
    expect(r.dropped).toEqual([
      { id: 'event amd-6gw', reason: 'no such event in the current record' },
      { id: 'nvidia-10gw-loi.probability', reason: 'no such field in the current engine' },
    ]);
    expect(r.filled.filter((id) => id.startsWith('added-'))).toEqual([]);
    expect(r.presets).toHaveLength(8);
    expect(r.presets[0]).toEqual({ id: 'baseline', title: 'Baseline: the record as of November 2026', link: 'v=2' });
  });

  it("a past value outside today's range, or for no lever, is dropped and named; a number given as text is refused", () => {
    const levers = release2026_11.levers.map((l) => (l.id === 'pue' ? { ...l, default: 2.5 } : l));
    const r = buildRelease(
      { ...release2026_11, levers: [...levers, { ...levers[0], id: 'gone', default: 1 }] },
      '2026-11',
    );
    expect(r.params.pue).toBe(1.2);
    expect(r.dropped.slice(0, 2)).toEqual([
      { id: 'pue', reason: "2.5 is outside today's range; today's default is used" },
      { id: 'gone', reason: 'no such lever in the current engine' },
    ]);
    const low = release2026_11.levers.map((l) => (l.id === 'pue' ? { ...l, default: 0.5 } : l));
    expect(buildRelease({ ...release2026_11, levers: low }, '2026-11').dropped[0]).toEqual({
      id: 'pue',
      reason: "0.5 is outside today's range; today's default is used",
    });
    const text = release2026_11.levers.map((l) => (l.id === 'pue' ? { ...l, default: '2025-01' } : l));
    expect(() => buildRelease({ ...release2026_11, levers: text }, '2026-11')).toThrow(
      'data/releases/2026-11.json: levers[15] (pue).default: expected a number, got "2025-01"',
    );
  });

  it("a release's generations and events are checked as data/'s are, the message naming the release's file", () => {
    const g = release2026_11.generations;
    const taken = { ...g, generations: [{ ...g.generations[0], id: 'h100' }, ...g.generations.slice(1)] };
    expect(() => buildRelease({ ...release2026_11, generations: taken }, '2026-11')).toThrow(
      'data/releases/2026-11.json: generations[0].id: "h100" is taken',
    );
    // the custom chip is a generation a row may name
    const ev = release2026_11.events;
    const events = {
      ...ev,
      events: ev.events.map((e) => (e.id === 'coreweave-2025-05' ? { ...e, generation: 'custom' } : e)),
    };
    expect(
      buildRelease({ ...release2026_11, events }, '2026-11').events.find((e) => e.id === 'coreweave-2025-05')!
        .generation,
    ).toBe('custom');
  });

  it('data/CHANGELOG.md names the release of each dated section, and every release has one', () => {
    const log = readFileSync('data/CHANGELOG.md', 'utf8');
    const sections = log.split('\n').filter((l) => /^## \d{4}-\d{2}/.test(l));
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const s of sections) expect(s).toMatch(/— release \d{4}-\d{2} \(engine v\d\)/);
    expect(sections[0]).toContain('release 2026-12 (engine v3)');
    expect(sections.some((s) => s.includes('release 2026-11 (engine v2)'))).toBe(true);
  });

  it('loads a release by id; an unknown id is refused naming the releases there are', async () => {
    const r = await loadRelease('2026-11');
    expect(r.params.servingOverhead).toBe(12.5);
    expect((await loadRelease('2026-12')).current).toBe(true);
    await expect(loadRelease('2026-10')).rejects.toThrow(
      'no record release "2026-10"; the releases are 2026-11, 2026-12',
    );
  });

  it('a past release is read once and shared; a refused id is not kept, so asking again asks again', async () => {
    expect(unknownRecordReason('2026-11')).toBeNull();
    expect(unknownRecordReason('2026-12')).toBeNull();
    expect(unknownRecordReason('x')).toBe('no record release "x"; the releases are 2026-11, 2026-12');
    const first = loadRelease('2026-11');
    expect(loadRelease('2026-11')).toBe(first);
    expect((await first).current).toBe(false);
    const refused = loadRelease('2026-10');
    await expect(refused).rejects.toThrow(DataFileError);
    expect(loadRelease('2026-10')).not.toBe(refused);
    await expect(loadRelease('2026-10')).rejects.toThrow(DataFileError);
    expect(isRecordId('2026-11')).toBe(true);
    expect(isRecordId('2026-10')).toBe(false);
  });
});
