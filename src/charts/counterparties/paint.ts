import type { ColorToken } from '../common/layoutTypes';

// the series colours as ChartSvg names them (not imported from it, so the first load's chunks stay as they are)
export const color = (t: ColorToken) => `var(--c-${t})`;
export const textColor = (t: ColorToken) => `var(--tx-${t}, var(--c-${t}))`;
