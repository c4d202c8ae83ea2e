import type { CounterpartyReport } from '../../engine/counterpartyTypes';
import { useBoxSize } from '../common/useWidth';
import { CounterpartiesPicture } from './CounterpartiesPicture';
import { NAMES_BESIDE_PX } from './rowsLayout';

/**
 * "Who holds the risk" on a slide: the rows drawn at a virtual width (names beside the bars) and
 * scaled into the slide's box, type as large as the rows let it be (`minFontPx` where they fit).
 */
export function CounterpartiesSlideChart({ report, minFontPx }: { report: CounterpartyReport; minFontPx: number }) {
  const [boxRef, box] = useBoxSize<HTMLDivElement>({ width: 960, height: 480 });
  // names are drawn at 12 virtual px: scale so they come out at minFontPx, never narrower than the wide layout
  const scale = Math.max(1, minFontPx / 12);
  const vw = Math.max(NAMES_BESIDE_PX, Math.round(box.width / scale));
  return (
    <div ref={boxRef} className="slide-chart-box" data-chart="counterparties">
      <CounterpartiesPicture report={report} width={vw} fill="box" label="Who holds the risk" />
    </div>
  );
}
