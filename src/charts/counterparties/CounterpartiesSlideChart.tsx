import type { CounterpartyReport } from '../../engine/counterpartyTypes';
import { fmtUsdB } from '../../format';
import { useBoxSize } from '../common/useWidth';
import { CounterpartiesPicture } from './CounterpartiesPicture';
import { rowsHeight } from './rowsLayout';

/** Fewest rows a slide shows, however small its box. */
const MIN_ROWS = 3;

/**
 * The rows of a report that fit `height` px at `scale` (virtual px → screen px) and `width`
 * virtual px, in the report's order (largest exposure first): all of them when they fit.
 */
export function rowsThatFit(count: number, width: number, height: number, scale: number): number {
  let shown = count;
  while (shown > MIN_ROWS && rowsHeight(shown, width) * scale > height) shown--;
  return shown;
}

/**
 * "Who holds the risk" on a slide: the rows drawn at a virtual width (names beside the bars) and
 * scaled into the slide's box with type at `minFontPx` (24 px on a projector). The rows that fit
 * at that size are drawn, largest exposure first; the rest are named in one line under them,
 * with their flows and exposure together, so eleven rows never shrink the type to 13 px.
 */
export function CounterpartiesSlideChart({ report, minFontPx }: { report: CounterpartyReport; minFontPx: number }) {
  const [boxRef, box] = useBoxSize<HTMLDivElement>({ width: 960, height: 480 });
  // names are drawn at 12 virtual px: scale so they come out at minFontPx; a narrow box (a phone)
  // gets the narrow layout (names above the bars), not the wide one shrunk below that size
  const scale = Math.max(1, minFontPx / 12);
  const vw = Math.max(300, Math.round(box.width / scale));
  const all = report.counterparties;
  const shown = rowsThatFit(all.length, vw, box.height, scale);
  const rest = all.slice(shown);
  const total = (key: 'exposureUsdB' | 'paidByOpenAiUsdB' | 'paidToOpenAiUsdB') =>
    fmtUsdB(rest.reduce((sum, c) => sum + c[key], 0));
  return (
    <>
      <div ref={boxRef} className="slide-chart-box" data-chart="counterparties">
        <CounterpartiesPicture
          report={rest.length ? { ...report, counterparties: all.slice(0, shown) } : report}
          width={vw}
          fill="box"
          label="Who holds the risk"
        />
      </div>
      {rest.length > 0 && (
        <p className="slide-more" style={{ fontSize: `${minFontPx}px` }}>
          {`And ${rest.length} more (${rest
            .slice(0, 3)
            .map((c) => c.name)
            .join(', ')}${rest.length > 3 ? ', …' : ''}): paid by OpenAI ${total('paidByOpenAiUsdB')}, ` +
            `to OpenAI ${total('paidToOpenAiUsdB')}, exposure ${total('exposureUsdB')}`}
        </p>
      )}
    </>
  );
}
