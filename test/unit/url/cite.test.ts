import { describe, expect, it } from 'vitest';
import { citation, citedFigures, citeNote, citeSentence, citeValue, parseCite, withCite } from '../../../src/url/cite';
import { parseMonth } from '../../../src/registry/month';

const AUG_2028 = parseMonth('2028-08')!;
const SEP_2028 = parseMonth('2028-09')!;

describe('cite=', () => {
  it('writes the insolvency month and minimum cash at one decimal, and reads them back', () => {
    const f = citedFigures({ insolvencyMonth: AUG_2028, minCashUsdB: -83.48235 });
    expect(f).toEqual({ insolvencyMonth: AUG_2028, minCashUsdB: -83.5 });
    expect(citeValue(f)).toBe('2028-08,-83.5');
    expect(parseCite('2028-08,-83.5')).toEqual({ ok: true, figures: f });
    expect(citeValue({ insolvencyMonth: null, minCashUsdB: 12 })).toBe('none,12.0');
    expect(parseCite('none,12.0')).toEqual({ ok: true, figures: { insolvencyMonth: null, minCashUsdB: 12 } });
  });

  it('refuses what is not a citation, never throwing', () => {
    for (const bad of ['', '2028-13,1', '2028-08', 'soon,-1', '2028-08,1e3', '2028-08,-83.55'])
      expect(parseCite(bad).ok).toBe(false);
  });

  it('says "when cited / now" and why: the engine, the record, or neither', () => {
    const cited = { insolvencyMonth: AUG_2028, minCashUsdB: -83.5 };
    const now = { insolvencyMonth: SEP_2028, minCashUsdB: -80.1 };
    expect(citeNote(cited, cited, { linkEngine: 2, engine: 3, linkRecord: '2026-11', record: '2026-12' })).toBeNull();
    expect(citeNote(cited, now, { linkEngine: 2, engine: 3, linkRecord: '2026-11', record: '2026-11' })).toBe(
      'When cited: cash runs out in Aug 2028, minimum cash −$83.5B; now: cash runs out in Sep 2028, minimum cash −$80.1B, because the engine changed (v2 → v3).',
    );
    expect(citeNote(cited, now, { linkEngine: 3, engine: 3, linkRecord: '2026-11', record: '2026-12' })).toBe(
      'When cited: cash runs out in Aug 2028, minimum cash −$83.5B; now: cash runs out in Sep 2028, minimum cash −$80.1B, because the record changed (2026-11 → 2026-12).',
    );
    expect(
      citeNote(
        cited,
        { insolvencyMonth: null, minCashUsdB: 5 },
        { linkEngine: 3, engine: 3, linkRecord: '2026-12', record: '2026-12' },
      ),
    ).toBe(
      'When cited: cash runs out in Aug 2028, minimum cash −$83.5B; now: cash never runs out, minimum cash $5.0B, with the same engine and record: the cited figures did not come from these levers.',
    );
  });

  it('puts cite= in a link, replacing one it had, keeping the hash', () => {
    const f = { insolvencyMonth: AUG_2028, minCashUsdB: -83.5 };
    expect(withCite('https://x.org/?v=2.3&rec=2026-12', f)).toBe('https://x.org/?v=2.3&rec=2026-12&cite=2028-08,-83.5');
    expect(withCite('https://x.org/?v=2.3&cite=none,1.0&slip=18#c', f)).toBe(
      'https://x.org/?v=2.3&slip=18&cite=2028-08,-83.5#c',
    );
    expect(withCite('?v=2.3', f)).toBe('?v=2.3&cite=2028-08,-83.5');
    // no query, an empty one, empty parts, a hash at the start
    expect(withCite('https://x.org/', f)).toBe('https://x.org/?cite=2028-08,-83.5');
    expect(withCite('https://x.org/?', f)).toBe('https://x.org/?cite=2028-08,-83.5');
    expect(withCite('?v=2.3&&slip=18&', f)).toBe('?v=2.3&slip=18&cite=2028-08,-83.5');
    expect(withCite('#c', f)).toBe('?cite=2028-08,-83.5#c');
  });

  it('reads a citation with spaces around it; figures differ by month or by cash at one decimal', () => {
    expect(parseCite(' none,1.0 ')).toEqual({ ok: true, figures: { insolvencyMonth: null, minCashUsdB: 1 } });
    const cited = { insolvencyMonth: AUG_2028, minCashUsdB: -83.5 };
    const same = { linkEngine: 3, engine: 3, linkRecord: '2026-12', record: '2026-12' };
    expect(citeNote(cited, { insolvencyMonth: AUG_2028, minCashUsdB: -83.54 }, same)).toBeNull();
    expect(citeNote(cited, { insolvencyMonth: AUG_2028, minCashUsdB: -83.6 }, same)).toBe(
      'When cited: cash runs out in Aug 2028, minimum cash −$83.5B; now: cash runs out in Aug 2028, minimum cash −$83.6B, with the same engine and record: the cited figures did not come from these levers.',
    );
    expect(citeNote(cited, { insolvencyMonth: SEP_2028, minCashUsdB: -83.5 }, same)).toBe(
      'When cited: cash runs out in Aug 2028, minimum cash −$83.5B; now: cash runs out in Sep 2028, minimum cash −$83.5B, with the same engine and record: the cited figures did not come from these levers.',
    );
  });

  it('an unknown engine is no reason; engine and record both changed are both named', () => {
    const cited = { insolvencyMonth: AUG_2028, minCashUsdB: -83.5 };
    const now = { insolvencyMonth: SEP_2028, minCashUsdB: -80.1 };
    expect(citeNote(cited, now, { linkEngine: null, engine: 3, linkRecord: '2026-12', record: '2026-12' })).toBe(
      'When cited: cash runs out in Aug 2028, minimum cash −$83.5B; now: cash runs out in Sep 2028, minimum cash −$80.1B, with the same engine and record: the cited figures did not come from these levers.',
    );
    expect(citeNote(cited, now, { linkEngine: 2, engine: 3, linkRecord: '2026-11', record: '2026-12' })).toBe(
      'When cited: cash runs out in Aug 2028, minimum cash −$83.5B; now: cash runs out in Sep 2028, minimum cash −$80.1B, because the engine changed (v2 → v3) and the record changed (2026-11 → 2026-12).',
    );
  });

  it('the sentence of a scenario that stays solvent names the last month', () => {
    expect(
      citeSentence({
        summary: {
          insolvencyMonth: null,
          minCashUsdB: 4.04,
          minCashMonth: parseMonth('2026-03')!,
          endMonth: parseMonth('2030-12')!,
        },
        scenarioName: 'Bull',
        link: 'L',
        record: '2026-12',
        engineVersion: 3,
      }),
    ).toBe(
      "In the scenario “Bull” of the Decoupling Dashboard (record 2026-12, engine v3), OpenAI's cash lasts through Dec 2030, with a low of $4.0B in Mar 2026 (L).",
    );
  });

  it('the citation and the sentence name the record, the engine, the figures and the link', () => {
    expect(
      citation({
        title: 'Cash runs out in Aug 2028',
        scenarioName: 'Default scenario',
        link: 'L',
        record: '2026-12',
        engineVersion: 3,
        date: '2026-12-07',
      }),
    ).toBe(
      '“Cash runs out in Aug 2028”, scenario “Default scenario”. Decoupling Dashboard, record 2026-12, engine v3. L (accessed 2026-12-07).',
    );
    expect(
      citeSentence({
        summary: {
          insolvencyMonth: AUG_2028,
          minCashUsdB: -83.48,
          minCashMonth: parseMonth('2030-04')!,
          endMonth: parseMonth('2030-12')!,
        },
        scenarioName: 'Default scenario',
        link: 'L',
        record: '2026-12',
        engineVersion: 3,
      }),
    ).toBe(
      "In the scenario “Default scenario” of the Decoupling Dashboard (record 2026-12, engine v3), OpenAI's cash runs out in Aug 2028, with a low of −$83.5B in Apr 2030 (L).",
    );
  });
});
