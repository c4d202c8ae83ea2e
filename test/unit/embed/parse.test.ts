import { describe, expect, it } from 'vitest';
import { parseEmbed } from '../../../src/embed/parse';

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
});
