import type { Tick } from '../common/layoutTypes';

/** Year ticks along the bottom and value ticks with gridlines on the left, with the unit above. */
export function Axes({ left, right, top, bottom, xTicks, yTicks, unit }: {
  left: number; right: number; top: number; bottom: number; xTicks: Tick[]; yTicks: Tick[]; unit?: string;
}) {
  return (
    <g className="mc-axes" aria-hidden="true">
      {yTicks.map((t) => (
        <g key={`y${t.label}`}>
          <line x1={left} x2={right} y1={t.pos} y2={t.pos} stroke="var(--grid, #eef0f3)" />
          <text x={left - 6} y={t.pos} dy="0.32em" textAnchor="end" className="mc-tick">{t.label}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t.label}`}>
          <line x1={t.pos} x2={t.pos} y1={bottom} y2={bottom + 4} stroke="var(--line, #d5dae0)" />
          <text x={t.pos} y={bottom + 16} textAnchor="start" className="mc-tick">{t.label}</text>
        </g>
      ))}
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="var(--line, #d5dae0)" />
      {unit && <text x={4} y={top + 2} dy="0.7em" className="mc-tick mc-unit">{unit}</text>}
    </g>
  );
}
