import { useId, useState, type ReactNode, type Ref } from 'react';
import type { AttributionOutput } from '../../engine/attribution';
import { ChartHead } from '../common/ChartHead';
import { waterfallHeight } from './waterfallSize';
import { fmtChange, OUTPUT_NAMES, splitSubtitle, WATERFALL_OUTPUTS, WATERFALL_SOURCE } from './words';
import './attribution.css';

/** The picture's height with one changed input: its row and the total's. The least the plot takes. */
const ONE_INPUT_PX = waterfallHeight(2);

/** The method note before an answer names how many inputs it split. */
export const METHOD_IN_GENERAL =
  "Shapley values over the changed inputs: each part is that change's average effect over every order of making the changes; the parts sum to the total.";

/** The outputs a waterfall can split, as a select's options (the card's and a slide's). */
export function OutputOptions() {
  return WATERFALL_OUTPUTS.map((o) => (
    <option key={o} value={o}>
      {OUTPUT_NAMES[o]}
    </option>
  ));
}

/** The output a waterfall splits and how to choose another: the card's head shows it, the idle card too. */
export interface OutputChoice {
  output: AttributionOutput;
  onOutput: (output: AttributionOutput) => void;
}

/** The output the waterfall splits, chosen in the card's head (in the idle card too, ahead of time). */
function OutputSelect({ output, onOutput: setOutput }: OutputChoice) {
  const selectId = useId();
  return (
    <label className="attribution-output" htmlFor={selectId}>
      Output
      <select id={selectId} value={output} onChange={(e) => setOutput(e.target.value as AttributionOutput)}>
        <OutputOptions />
      </select>
    </label>
  );
}

interface AttributionTableProps {
  output: AttributionOutput;
  against: string;
  parts: readonly { id: string; label: string; value: number }[];
  total: number;
}

/** The waterfall as a table: each changed input's part, then the total. */
export function AttributionTable({ output, against, parts, total }: AttributionTableProps) {
  return (
    <div className="chart-table-wrap" tabIndex={0} role="region" aria-label="What moved it, as a table">
      <table className="chart-table">
        <caption>
          Change in {OUTPUT_NAMES[output]} against {against}, by input
        </caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Part</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.label}</th>
              <td>{fmtChange(output, p.value)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td>{fmtChange(output, total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export interface AttributionFrameProps {
  headingId: string;
  choice: OutputChoice;
  title: string;
  subtitle: string;
  /** A waterfall's card carries data-chart (the export and the tests find it by that); the idle card does not. */
  live: boolean;
  busy: boolean;
  plotRef?: Ref<HTMLDivElement>;
  /** The picture, or a line saying why there is none. */
  plot: ReactNode;
  /** Under the plot: an error, the picture's hidden summary. */
  below?: ReactNode;
  /** Shown while the Table toggle is on. */
  table: ReactNode;
  note: string;
}

/**
 * The card's frame, the same elements whether a waterfall is drawn or nothing differs: its plot
 * is at least a one-input waterfall tall, so moving the first lever (or returning to the
 * defaults) changes the card's words and picture but not its height or the page below it.
 */
export function AttributionFrame({
  headingId,
  choice,
  title,
  subtitle,
  live,
  busy,
  plotRef,
  plot,
  below,
  table,
  note,
}: AttributionFrameProps) {
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <section
      className="chart-card attribution-card"
      aria-labelledby={headingId}
      data-chart={live ? 'attribution' : undefined}
      aria-busy={busy}
    >
      <ChartHead
        headingId={headingId}
        level={2}
        title={title}
        subtitle={subtitle}
        tools={<OutputSelect {...choice} />}
        tableOpen={tableOpen}
        onToggleTable={() => setTableOpen((o) => !o)}
      />
      <div className="chart-plot" ref={plotRef} style={{ minHeight: ONE_INPUT_PX }}>
        {plot}
      </div>
      {below}
      {tableOpen && table}
      <p className="chart-note">Method: {note}</p>
      <footer className="chart-source">Source: {WATERFALL_SOURCE}</footer>
    </section>
  );
}

/** The frame's words and table while nothing differs from the reference (or while the card's code loads). */
export function idleFrame(
  output: AttributionOutput,
  against: string,
  loading = false,
): Omit<AttributionFrameProps, 'headingId' | 'choice'> {
  return {
    title: loading ? 'What moved it' : 'What moved it: nothing differs yet',
    subtitle: splitSubtitle(output, against),
    live: false,
    busy: loading,
    plot: (
      <p className="attribution-status">
        {loading
          ? 'Loading “What moved it”…'
          : `The scenario is ${against}. Move a lever and this splits the change among the inputs you changed.`}
      </p>
    ),
    // The room of the waterfall's "Copy as sentence" row, kept empty: the first waterfall then takes
    // the idle card's height and nothing below it moves.
    below: (
      <p className="attribution-copy attribution-copy-room" aria-hidden="true">
        <button type="button" className="tool" tabIndex={-1} disabled>
          Copy as sentence
        </button>
      </p>
    ),
    table: <AttributionTable output={output} against={against} parts={[]} total={0} />,
    note: METHOD_IN_GENERAL,
  };
}
