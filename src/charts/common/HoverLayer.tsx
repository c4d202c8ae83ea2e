import { useCallback } from 'react';
import type { MonthIndex } from '../../registry/month';
import type { ChartLayout } from './layoutTypes';

/** Where the crosshair is, shared by every chart, and how to move it. */
export interface Crosshair {
  month: MonthIndex | null;
  onMonth: (month: MonthIndex | null) => void;
}

/**
 * The pointer and keyboard surface of a chart: moving over it (or pressing ← → when it has
 * focus) sets the month every chart's crosshair shows.
 */
export function HoverLayer({ layout, label, crosshair }: { layout: ChartLayout; label: string; crosshair: Crosshair }) {
  const { month: hovered, onMonth: setHovered } = crosshair;
  const { x, startMonth, months, left, right, panels } = layout;
  const top = panels[0]?.top ?? 0;
  const bottom = panels[panels.length - 1]?.bottom ?? layout.height;
  const clamp = useCallback(
    (m: number) => Math.min(startMonth + months - 1, Math.max(startMonth, m)),
    [startMonth, months],
  );

  const onPointerMove = (e: React.PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    setHovered(clamp(Math.round(x.invert(e.clientX - box.left))));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 12 : 1;
    const current = hovered ?? startMonth;
    const next =
      e.key === 'ArrowRight'
        ? current + step
        : e.key === 'ArrowLeft'
          ? current - step
          : e.key === 'Home'
            ? startMonth
            : e.key === 'End'
              ? startMonth + months - 1
              : null;
    if (next === null) {
      if (e.key === 'Escape') setHovered(null);
      return;
    }
    e.preventDefault();
    setHovered(clamp(next));
  };
  const inRange = hovered !== null && hovered >= startMonth && hovered < startMonth + months;
  const cx = inRange ? Math.round(x(hovered) * 10) / 10 : 0;
  return (
    <g className="hover-layer">
      {inRange && <line className="crosshair" x1={cx} x2={cx} y1={top} y2={bottom} />}
      <rect
        className="hover-target"
        x={left}
        y={top}
        width={Math.max(0, right - left)}
        height={Math.max(0, bottom - top)}
        tabIndex={0}
        role="slider"
        aria-label={`${label}: month under the crosshair`}
        aria-valuemin={startMonth}
        aria-valuemax={startMonth + months - 1}
        aria-valuenow={inRange ? hovered : startMonth}
        aria-valuetext={inRange ? monthText(hovered) : 'none; use the arrow keys'}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHovered(null)}
        onFocus={() => hovered === null && setHovered(startMonth)}
        onBlur={() => setHovered(null)}
        onKeyDown={onKeyDown}
      />
    </g>
  );
}

function monthText(m: number): string {
  const y = Math.floor(m / 12);
  return `${y}-${String(m - y * 12 + 1).padStart(2, '0')}`;
}
