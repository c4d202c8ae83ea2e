import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetLinkStore, useLinkStore } from '../../../src/store/linkSlice';
import { LinkProblemsBanner, LinkProblemsView } from '../../../src/ui/share';
import { parseScenario } from '../../../src/url/codec';
import { malformedLink } from '../url/arbitraries';

const PAYLOAD =
  '?v=1&elec=<script>window.__pwned=1</script>&pue=<img src=x onerror="window.__pwned=1">' +
  '&%3Csvg%20onload%3Dalert(1)%3E=javascript:alert(1)&chip=javascript:alert(1)&bs=%3Ciframe%20src%3Djavascript%3Aalert(1)%3E';

const FORBIDDEN = 'script, img, svg, iframe, object, embed, a[href^="javascript"], [onerror], [onload]';

beforeEach(resetLinkStore);
afterEach(cleanup);

function renderParsed(link: string) {
  const r = parseScenario(link);
  return render(
    <LinkProblemsView
      problems={r.problems}
      unknown={r.unknown}
      engineNote={r.engineNote}
      migrations={r.migrations}
      onDismiss={() => undefined}
    />,
  );
}

describe('LinkProblemsBanner', () => {
  it('lists each refused key, what was given and why', () => {
    renderParsed('?v=1&elec=5&pue=abc');
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from((r as HTMLTableRowElement).cells).map((c) => c.textContent));
    expect(rows).toEqual([
      ['pue', 'abc', 'not a number (expected digits, like 0.12 or 1.2e-1); the default 1.2 is used'],
      ['elec', '5', 'outside the allowed range 0.02 to 0.4; the default 0.081 is used'],
    ]);
  });

  it('renders script and javascript: payloads as text, never as elements', () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const { container } = renderParsed(PAYLOAD);
    expect(container.querySelector(FORBIDDEN)).toBeNull();
    expect(container.innerHTML).toContain('&lt;script&gt;');
    expect(container.textContent).toContain('<script>window.__pwned=1</script>');
    expect(container.textContent).toContain('javascript:alert(1)');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('creates no element from any fuzzed link', () => {
    fc.assert(
      fc.property(malformedLink, (link) => {
        const { container, unmount } = renderParsed(link);
        expect(container.querySelector(FORBIDDEN)).toBeNull();
        unmount();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('shows unknown keys as left out of the link, and the engine note', () => {
    renderParsed('?v=1.0&theme=dark');
    expect(screen.getByText(/Not understood by this version of the page, so left out of the link/)).toBeTruthy();
    expect(screen.getByText('theme')).toBeTruthy();
    expect(screen.getByText(/made with engine v0/)).toBeTruthy();
  });

  it('renders nothing for a clean link', () => {
    const { container } = renderParsed('?v=1&elec=0.1');
    expect(container.innerHTML).toBe('');
  });

  it('is fed by the link store and can be dismissed from the keyboard', () => {
    render(<LinkProblemsBanner />);
    expect(screen.queryByRole('region')).toBeNull();
    act(() => useLinkStore.getState().showParse(parseScenario('?pue=abc')));
    expect(screen.getByRole('region', { name: 'Some values in this link were not used' })).toBeTruthy();
    const dismiss = screen.getByRole('button', { name: /Dismiss/ });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(screen.queryByRole('region')).toBeNull();
    // the same report again stays dismissed; a new one shows
    act(() => useLinkStore.getState().showParse(parseScenario('?pue=abc')));
    expect(screen.queryByRole('region')).toBeNull();
    act(() => useLinkStore.getState().showParse(parseScenario('?pue=xyz')));
    expect(screen.getByRole('region')).toBeTruthy();
  });
});

describe('LinkProblemsBanner with a huge link', () => {
  it('lists at most 20 unknown keys and says how many more', () => {
    const link = `?v=1&${Array.from({ length: 500 }, (_, i) => `k${i}=${'x'.repeat(100)}`).join('&')}`;
    renderParsed(link);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(21);
    expect(items[20].textContent).toBe('and 480 more');
    expect(items[0].textContent).toBe(`k0 = ${'x'.repeat(64)}…`);
  });
});
