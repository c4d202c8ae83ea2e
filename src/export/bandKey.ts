import type { ChartLayout } from '../charts/common/layoutTypes';

/**
 * The key to a picture's shaded marks (issue 23, part 8): each band by its full title, once, and
 * the shaded projection after "now". On the page a band's label may give way to another's (its
 * title is then its tooltip); a picture has no tooltips, so the key names them all. Pure.
 */
export function bandKey(layout: Pick<ChartLayout, 'bands' | 'now'>): string {
  const titles = [...new Set(layout.bands.map((b) => b.title.trim()).filter(Boolean))];
  const parts: string[] = [];
  if (layout.now) parts.push(`the shaded area after “${layout.now.label}” is the projection`);
  if (titles.length) parts.push(`shaded bands: ${titles.join('; ')}`);
  return parts.length ? `Key: ${parts.join('; ')}.` : '';
}
