/**
 * A waterfall's height, apart from its layout: the dashboard's idle card keeps a one-input
 * waterfall's room without loading the layout's code with the page.
 */

/** Above the first row. */
export const TOP = 6;
/** The value axis under the rows. */
const AXIS_PX = 22;

/** The picture's height for `rows` rows (the changed inputs and the total). */
export function waterfallHeight(rows: number, rowPx = 38): number {
  return TOP + rows * rowPx + AXIS_PX;
}
