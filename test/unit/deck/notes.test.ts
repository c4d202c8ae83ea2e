import { describe, expect, it } from 'vitest';
import {
  fillNotes,
  fillNotesText,
  hasPlaceholders,
  NOTE_PLACEHOLDERS,
  noteFigures,
  type NoteFigures,
} from '../../../src/deck/notes';
import { runScenario } from '../../../src/engine';
import { makeResult } from '../charts/fixture';
import { defaultParams } from '../../../src/registry';

// Months are year * 12 + (month − 1): Mar 2028 = 24338, Nov 2026 = 24322, Dec 2030 = 24371.
const FIGURES: NoteFigures = {
  ...makeResult(24).summary,
  insolvencyMonth: 24338,
  breakevenMonth: null,
  runwayMonths: 14.24,
  endMonth: 24371,
  nowMonth: 24322,
  minCashUsdB: -36.64,
  minCashMonth: 24338,
  cashNowUsdB: 41.2,
  cashEndUsdB: -120.5,
  costPerQueryAllIn: { start: 0.004, now: 0.00362, end: 0.015 },
  idleMwNow: 1234,
  whPerQueryNow: 0.34,
  whPerQueryEnd: 2.5,
  cumulativeBurnUsdB: 1500,
  msTakeLastYearUsdB: 12.34,
};

describe('speaker notes with live numbers', () => {
  it('fills the three placeholders of the issue from the figures', () => {
    expect(
      fillNotesText('Cash runs out in {insolvencyMonth}; runway {runwayMonths}; {costPerQueryAllIn} a query.', FIGURES),
    ).toBe('Cash runs out in Mar 2028; runway 14.2 mo; 0.362¢ a query.');
  });

  it('fills every other placeholder with the project formatters', () => {
    const filled = (name: string) => fillNotesText(`{${name}}`, FIGURES);
    expect(filled('minCash')).toBe('−$36.6B');
    expect(filled('minCashMonth')).toBe('Mar 2028');
    expect(filled('cashNow')).toBe('$41.2B');
    expect(filled('cashEnd')).toBe('−$120.5B');
    expect(filled('idleMwNow')).toBe('1.2 GW');
    expect(filled('whPerQuery')).toBe('0.34 Wh');
    expect(filled('whPerQueryEnd')).toBe('2.50 Wh');
    expect(filled('costPerQueryAllInEnd')).toBe('1.50¢');
    expect(filled('breakevenMonth')).toBe('none by Dec 2030');
    expect(filled('cumulativeBurn')).toBe('$1.5T');
    expect(filled('msTakeLastYear')).toBe('$12.3B');
    expect(filled('nowMonth')).toBe('Nov 2026');
    expect(filled('endMonth')).toBe('Dec 2030');
  });

  it('says so when the scenario never runs out and burn never turns', () => {
    const solvent = { ...FIGURES, insolvencyMonth: null, runwayMonths: null };
    expect(fillNotesText('{insolvencyMonth} / {runwayMonths}', solvent)).toBe('not before Dec 2030 / cash-generative');
  });

  it('leaves an unknown name visible as typed and flags it; braces that are not names stay text', () => {
    expect(fillNotes('Runway {runway}, see {runwayMonths} {not a name} {} {toString}', FIGURES)).toEqual([
      { kind: 'text', text: 'Runway ' },
      { kind: 'unknown', name: 'runway', text: '{runway}' },
      { kind: 'text', text: ', see ' },
      { kind: 'value', name: 'runwayMonths', text: '14.2 mo' },
      { kind: 'text', text: ' {not a name} {} ' },
      { kind: 'unknown', name: 'toString', text: '{toString}' },
    ]);
  });

  it('keeps notes without placeholders as one piece, and empty notes as none', () => {
    expect(fillNotes('Just words.', FIGURES)).toEqual([{ kind: 'text', text: 'Just words.' }]);
    expect(fillNotes('', FIGURES)).toEqual([]);
    expect(hasPlaceholders('Just words. {}')).toBe(false);
    expect(hasPlaceholders('{cashNow}')).toBe(true);
  });

  it('reads the figures of a real run: cash at the end is the last month of the cash series', () => {
    const r = runScenario(defaultParams());
    const f = noteFigures(r);
    expect(f.cashEndUsdB).toBe(r.monthly.cashUsdB[r.months - 1]);
    expect(f.insolvencyMonth).toBe(r.summary.insolvencyMonth);
    for (const name of Object.keys(NOTE_PLACEHOLDERS)) expect(fillNotesText(`{${name}}`, f)).not.toMatch(/[{}]|NaN/);
  });
});
