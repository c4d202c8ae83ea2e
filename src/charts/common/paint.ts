import { memo, type FunctionComponent } from 'react';
import type { ColorToken } from './layoutTypes';
import { same } from './reads';

export const color = (t: ColorToken) => `var(--c-${t})`;
/** How much an area lets the grid show through, times its own fill opacity (an attribute, not CSS `opacity`: see src/styles.css). */
export const AREA_OPACITY = 0.88;
/** Text in a series' colour, darkened where the fill colour is too light to read. */
export const textColor = (t: ColorToken) => `var(--tx-${t}, var(--c-${t}))`;

/**
 * memo for a part drawn from plain marks, its props compared by value: a new result's layout
 * arrives as new objects (from the worker), and a part whose marks are equal keeps its elements
 * without React re-rendering or re-diffing them (gridlines, ticks and event labels on most steps).
 */
export const byValue = <P extends object>(part: FunctionComponent<P>) => memo(part, same);
