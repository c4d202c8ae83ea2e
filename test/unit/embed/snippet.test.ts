import { describe, expect, it } from 'vitest';
import { citation, embedUrl, iframeSnippet } from '../../../src/ui/share/embedSnippet';

describe('embed snippet', () => {
  it('points the iframe at embed.html beside the dashboard with the same scenario', () => {
    expect(embedUrl('https://example.org/dash/?v=2.2&slip=18', 'cost')).toBe(
      'https://example.org/dash/embed.html?chart=cost&v=2.2&slip=18',
    );
    expect(embedUrl('https://example.org/', 'burn')).toBe('https://example.org/embed.html?chart=burn');
    expect(iframeSnippet('https://example.org/?v=2.2&slip=18', 'burn', 'Cash runs out in "May" 2028')).toBe(
      '<iframe src="https://example.org/embed.html?chart=burn&amp;v=2.2&amp;slip=18" title="Cash runs out in &quot;May&quot; 2028" width="100%" height="440" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('cites the title, the scenario link, the record, the engine and the date', () => {
    expect(
      citation({
        title: 'Cash runs out in May 2028',
        scenarioName: 'Late chip',
        link: 'https://example.org/?slip=18',
        record: '2026-12',
        engineVersion: 2,
        date: '2026-11-30',
      }),
    ).toBe(
      '“Cash runs out in May 2028”, scenario “Late chip”. Decoupling Dashboard, record 2026-12, engine v2. https://example.org/?slip=18 (accessed 2026-11-30).',
    );
  });
});
