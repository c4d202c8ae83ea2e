import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartCard } from '../../../src/charts/common/ChartCard';
import { ChartPicture } from '../../../src/charts/common/ChartPicture';
import { CHART_SPEC_LIST, CHART_SPECS } from '../../../src/charts/specs';
import { runScenario } from '../../../src/engine';
import { defaultParams } from '../../../src/registry';

afterEach(cleanup);

/** Every drawn element of a picture as tag.class, sorted: what is drawn, wherever it is. */
function marksOf(root: Element): string[] {
  return [...root.querySelectorAll('svg *')]
    .filter((e) => !e.matches('g.chart-body'))
    .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`)
    .sort();
}

const has = (svg: Element, selector: string) => svg.querySelectorAll(selector).length;

/** A deep copy of plain data that keeps functions (the scales): new objects, the same values. */
function copy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copy) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])) as T;
  return v;
}

describe("a dashboard card's picture in three layers (ChartPicture layered)", () => {
  // Chip slip 24 months: the burn chart has event rules and bands; every chart has the now line.
  const result = runScenario({ ...defaultParams(), chipSlipMonths: 24 });

  it('draws the same marks as one SVG, each in its layer, and names only the top one', () => {
    for (const spec of CHART_SPEC_LIST) {
      const layout = spec.layout({ result, width: 560, height: 222 });
      const one = render(<ChartPicture layout={layout} role="group" aria-label={spec.name} />).container;
      const three = render(<ChartPicture layout={layout} layered role="group" aria-label={spec.name} />).container;
      expect(one.querySelectorAll('svg').length).toBe(1);
      const svgs = [...three.querySelectorAll('svg')];
      expect(svgs.map((s) => s.getAttribute('class'))).toEqual([
        'chart-layer',
        'chart-layer',
        'chart-svg chart-layer-top',
      ]);
      // nothing lost, nothing drawn twice
      expect(marksOf(three)).toEqual(marksOf(one));
      const [under, marks, top] = svgs;
      expect([under.getAttribute('aria-hidden'), marks.getAttribute('aria-hidden')]).toEqual(['true', 'true']);
      expect([top.getAttribute('role'), top.getAttribute('aria-label'), top.getAttribute('aria-hidden')]).toEqual([
        'group',
        spec.name,
        null,
      ]);
      // beneath: gridlines, the projection's shade, both axes; no series
      expect(has(under, 'path.grid-month')).toBe(layout.panels.length);
      expect(has(under, 'rect.projection-shade')).toBe(1);
      expect(has(under, '.axis-x text')).toBeGreaterThan(3);
      expect(has(under, '.axis-y text')).toBeGreaterThan(1);
      expect(has(under, '[data-panel], .now-line, .rule')).toBe(0);
      // the marks: each panel's series, without its axis or a gridline
      expect(has(marks, '[data-panel]')).toBe(layout.panels.length);
      expect(has(marks, 'path.line, path.area, path.bars')).toBeGreaterThan(0);
      expect(has(marks, '.axis-y, .axis-x, .grid, .band, .now, .rule')).toBe(0);
      // on top: the now line and the rules, as they were drawn over the marks in one SVG
      expect(has(top, 'line.now-line')).toBe(1);
      expect(has(top, '[data-panel], .grid, .band, .axis-x, .axis-y')).toBe(0);
      cleanup();
    }
  });

  it("burn's event rules and bands: bands beneath the series, rules over them", () => {
    const layout = CHART_SPECS.burn.layout({ result, width: 560, height: 222 });
    expect(layout.rules.length).toBeGreaterThan(0);
    expect(layout.bands.length).toBeGreaterThan(0);
    const [under, marks, top] = render(<ChartPicture layout={layout} layered />).container.querySelectorAll('svg');
    expect(has(under, 'g.band')).toBe(layout.bands.length);
    expect(has(top, 'g.rule')).toBe(layout.rules.length);
    expect(has(marks, 'g.band, g.rule')).toBe(0);
  });

  it('a step that moves one line changes that path alone: the layers beneath and above are not touched', () => {
    const layout = CHART_SPECS.burn.layout({ result, width: 560, height: 222 });
    // the next step's layout, as the worker posts it: new objects throughout, one line's path moved
    const next = copy(layout);
    next.panels[0].lines[0] = { ...next.panels[0].lines[0], d: `${layout.panels[0].lines[0].d}L1,1` };
    const { container, rerender } = render(<ChartPicture layout={layout} layered />);
    const layers = [...container.querySelectorAll('svg')];
    const [under, marks, top] = layers;
    const seen = new Map<Element, MutationRecord[]>();
    const observers = layers.map((svg) => {
      const mo = new MutationObserver((r) => seen.set(svg, [...(seen.get(svg) ?? []), ...r]));
      mo.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
      return mo;
    });
    act(() => rerender(<ChartPicture layout={next} layered />));
    const records = (svg: Element) => [
      ...(seen.get(svg) ?? []),
      ...observers[layers.indexOf(svg as SVGSVGElement)].takeRecords(),
    ];
    expect(records(under)).toEqual([]);
    expect(records(top)).toEqual([]);
    const moved = records(marks);
    expect(moved.map((r) => `${r.type}:${r.attributeName}:${(r.target as Element).getAttribute('class')}`)).toEqual([
      'attributes:d:line',
    ]);
  });

  it("is how a dashboard card draws its chart: the card's heading names the top layer", () => {
    const { container } = render(
      <ChartCard
        spec={CHART_SPECS.cost}
        result={result}
        baseline={null}
        tableOpen={false}
        onToggleTable={() => {}}
        crosshair={{ month: null, onMonth: () => {} }}
      />,
    );
    const svgs = [...container.querySelectorAll('.chart-plot > svg')];
    expect(svgs.map((s) => s.getAttribute('class'))).toEqual([
      'chart-layer',
      'chart-layer',
      'chart-svg chart-layer-top',
    ]);
    const heading = container.querySelector('h2')!;
    expect(svgs[2].getAttribute('aria-labelledby')).toBe(heading.id);
    // the crosshair's target is in the top layer, over every mark
    expect(svgs[2].querySelectorAll('rect.hover-target').length).toBe(1);
  });
});
