import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fmtChange, waterfallTitle } from '../../charts/attribution/words';
import {
  isReferenceView,
  parsePresetTargets,
  referenceMarks,
  REFERENCE_VIEW_IDS,
  type ReferenceViewId,
} from '../../charts/burn/referenceView';
import { REPORTED_URL } from '../../data/useReported';
import { describeSource } from '../../charts/reported';
import { useAppStore } from '../../store';
import { PRESET_BY_ID, presetParams } from '../../url/presets';
import { WaterfallBlock } from '../attribution/WaterfallBlock';
import './reference.css';

/*
 * Outside views as references (issue 24, part 4). A person picks a published view (OpenAI's own
 * plan, HSBC's note); its published figures are drawn on the burn-and-cash chart as labelled
 * marks, and "Gap to this view" splits the difference in minimum cash between the scenario on
 * screen and the view's preset among the inputs that differ (by lever group above ten).
 */

async function fetchTargets() {
  const res = await fetch(REPORTED_URL);
  if (!res.ok) throw new Error(`data/reported.json could not be loaded (HTTP ${res.status})`);
  const json = (await res.json()) as { presetTargets?: unknown };
  return parsePresetTargets(json.presetTargets ?? {});
}

/** What the marks on the chart are called: the view and its date (DESIGN: "OpenAI plan, Q1 2026"). */
const MARK_NAME: Record<ReferenceViewId, string> = {
  'openai-plan-2026q1': 'OpenAI plan, Q1 2026',
  'hsbc-2025-11': 'HSBC, Nov 2025',
};

export default function ReferenceSection() {
  const [view, setView] = useState<ReferenceViewId | null>(null);
  const targets = useQuery({ queryKey: ['presetTargets'], queryFn: fetchTargets, staleTime: Infinity, retry: false });
  const setReference = useAppStore((s) => s.setReference);
  const preset = view ? PRESET_BY_ID.get(view) : undefined;
  const marks = useMemo(() => (view && targets.data ? referenceMarks(view, targets.data) : null), [view, targets.data]);
  useEffect(() => {
    setReference(view && marks ? { name: MARK_NAME[view], marks } : null);
  }, [view, marks, setReference]);
  useEffect(() => () => setReference(null), [setReference]);
  const selectId = useId();
  const headingId = useId();
  return (
    <section className="chart-card reference-card" aria-labelledby={headingId} data-testid="reference-view">
      <h2 id={headingId} className="chart-title">
        Outside views
      </h2>
      <p className="chart-subtitle">
        Choose a published view as the reference: its figures are drawn on Burn &amp; cash, and the gap between your
        scenario and the view is split among the inputs that differ.
      </p>
      <label className="reference-choice" htmlFor={selectId}>
        Reference view{' '}
        <select
          id={selectId}
          value={view ?? ''}
          onChange={(e) => setView(isReferenceView(e.target.value) ? e.target.value : null)}
        >
          <option value="">None</option>
          {REFERENCE_VIEW_IDS.map((id) => (
            <option key={id} value={id}>
              {PRESET_BY_ID.get(id)?.title ?? id}
            </option>
          ))}
        </select>
      </label>
      {targets.isError && view && (
        <p role="alert">The view&rsquo;s published figures could not be read: {(targets.error as Error).message}</p>
      )}
      {view && preset && (
        <>
          {marks && (
            <ul className="reference-marks" aria-label={`${preset.title}: its published figures, drawn on Burn & cash`}>
              {marks.map((m) => (
                <li key={`${m.kind}-${m.year}`}>
                  {m.label} <span className="reference-source">({m.source})</span>
                </li>
              ))}
            </ul>
          )}
          <GapToView title={preset.title} viewParams={presetParams(preset)} sources={preset.sources} />
        </>
      )}
    </section>
  );
}

/** "Gap to this view": the Shapley split of the scenario's minimum cash minus the view's. */
function GapToView({
  title,
  viewParams,
  sources,
}: {
  title: string;
  viewParams: ReturnType<typeof presetParams>;
  sources: readonly string[];
}) {
  const params = useAppStore((s) => s.params);
  return (
    <WaterfallBlock
      reference={viewParams}
      scenario={params}
      className="reference-gap"
      testId="gap-to-view"
      heading={(a) =>
        `Gap to this view: ${a ? `minimum cash ${fmtChange('minCash', a.total)} against ${title}` : 'splitting…'}`
      }
      subtitle={waterfallTitle}
      error="The gap could not be split"
      caption={<>Your scenario&rsquo;s minimum cash minus {title}&rsquo;s, by input that differs</>}
      inputHeader="Input"
      note={(a) => (
        <p className="chart-source">
          {a.method} The view: {sources.map(describeSource).join('; ')}.
        </p>
      )}
    />
  );
}
