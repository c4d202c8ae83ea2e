import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { byValue } from '../../../src/charts/common/paint';
import type { Tick } from '../../../src/charts/common/layoutTypes';

afterEach(cleanup);

describe('byValue: a chart part re-renders only when its marks change by value', () => {
  it('skips a new props object with equal marks, and draws one whose marks moved', () => {
    let renders = 0;
    const Ticks = byValue(function Ticks({ ticks, left }: { ticks: Tick[]; left: number }) {
      renders++;
      return (
        <g>
          {ticks.map((t, i) => (
            <text key={i} x={left} y={t.pos}>
              {t.label}
            </text>
          ))}
        </g>
      );
    });
    const { container, rerender } = render(
      <svg>
        <Ticks ticks={[{ pos: 10, label: '$0B' }]} left={40} />
      </svg>,
    );
    expect(renders).toBe(1);
    // a new result's layout: new objects, the same values (what the worker posts on most steps)
    rerender(
      <svg>
        <Ticks ticks={[{ pos: 10, label: '$0B' }]} left={40} />
      </svg>,
    );
    expect(renders).toBe(1);
    // one tick moved by a pixel: drawn again
    rerender(
      <svg>
        <Ticks ticks={[{ pos: 11, label: '$0B' }]} left={40} />
      </svg>,
    );
    expect(renders).toBe(2);
    expect(container.querySelector('text')!.getAttribute('y')).toBe('11');
    // a label changed at the same place: drawn again
    rerender(
      <svg>
        <Ticks ticks={[{ pos: 11, label: '$50B' }]} left={40} />
      </svg>,
    );
    expect(renders).toBe(3);
    expect(container.querySelector('text')!.textContent).toBe('$50B');
    // a tick added: drawn again
    rerender(
      <svg>
        <Ticks
          ticks={[
            { pos: 11, label: '$50B' },
            { pos: 60, label: '$100B' },
          ]}
          left={40}
        />
      </svg>,
    );
    expect(renders).toBe(4);
    expect(container.querySelectorAll('text')).toHaveLength(2);
  });
});
