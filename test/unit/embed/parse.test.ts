import { describe, expect, it } from 'vitest';
import { parseEmbed, type EmbedRequest } from '../../../src/embed/parse';
import { loadRelease } from '../../../src/registry/loadRelease';

function ok(r: EmbedRequest): Extract<EmbedRequest, { ok: true }> {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('parseEmbed', () => {
  it('reads the chart and the scenario, and links back to the same scenario without chart=', () => {
    const r = parseEmbed('?chart=cost&v=1&slip=18&name=Late+chip', '/app/');
    expect(r).toMatchObject({
      ok: true,
      chart: 'cost',
      dashboardLink: '/app/?v=1&slip=18&name=Late+chip',
      scenario: { name: 'Late chip', params: { chipSlipMonths: 18 }, problems: [] },
    });
  });

  it('takes the defaults when the link carries only the chart', () => {
    const r = parseEmbed('chart=burn');
    expect(r).toMatchObject({ ok: true, chart: 'burn', dashboardLink: '/' });
  });

  it('says what is wrong with a missing, doubled or unknown chart', () => {
    expect(parseEmbed('?v=1&slip=18')).toEqual({
      ok: false,
      message: 'This embed names no chart: add chart= with one of burn, cost, power, microsoft, counterparties.',
    });
    expect(parseEmbed('?chart=burn&chart=cost')).toEqual({
      ok: false,
      message:
        'This embed names 2 charts; it shows one: keep a single chart= (burn, cost, power, microsoft, counterparties).',
    });
    expect(parseEmbed('?chart=pie&v=1')).toEqual({
      ok: false,
      message: 'There is no chart “pie” to embed: use one of burn, cost, power, microsoft, counterparties.',
    });
  });

  it('refuses a link whose values the codec refuses, naming them', () => {
    const r = parseEmbed('?chart=burn&v=1&pue=abc');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(
      /^This embed's link has values the dashboard refuses, so its chart is not shown: pue=abc \(/,
    );
  });

  it('reads the scenario on the record it names, as the dashboard does: none is 2026-11, a bare one today', async () => {
    expect(ok(parseEmbed('?chart=burn')).scenario.record).toBe('2026-12');
    const old = ok(parseEmbed('?chart=burn&v=2.2&slip=18'));
    expect(old.scenario.record).toBe('2026-11');
    const release = await loadRelease('2026-11');
    // servingOverhead: 12.5 in 2026-11, 8.5 today (data/CHANGELOG.md)
    expect(ok(parseEmbed('?chart=burn&v=2.2&slip=18', '/', release.params)).scenario.params).toMatchObject({
      servingOverhead: 12.5,
      chipSlipMonths: 18,
    });
    expect(old.scenario.params).toMatchObject({ servingOverhead: 8.5, chipSlipMonths: 18 });
  });
});
