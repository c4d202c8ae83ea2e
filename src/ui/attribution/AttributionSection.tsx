import { lazy, Suspense, useId, useState } from 'react';
import { AttributionFrame, idleFrame } from '../../charts/attribution/AttributionFrame';
import { againstWords } from '../../charts/attribution/words';
import { useAppStore } from '../../store';
import { selectScenarioDiffers } from '../../store/baseline';
import { useOutputChoice } from './outputChoice';
import { CopyFinding, type Finding } from './CopyFinding';

// The waterfall, its runner hook and its words load the first time the scenario differs.
const AttributionCard = lazy(() => import('./AttributionCard').then((m) => ({ default: m.AttributionCard })));

/** "What moved it" before its code has loaded: the idle frame. */
function AttributionIdle({ against, loading = false }: { against: string; loading?: boolean }) {
  const choice = useOutputChoice();
  const headingId = useId();
  return <AttributionFrame headingId={headingId} choice={choice} {...idleFrame(choice.output, against, loading)} />;
}

/** "Copy as sentence", handed to the lazy card (its code stays on the first load). */
const renderCopy = (finding: Finding) => <CopyFinding finding={finding} />;

/**
 * "What moved it", below the charts. Until the scenario first differs from the pinned
 * baseline or the defaults it is the idle card; from then on the card itself, which stays
 * mounted and shows the idle card whenever nothing differs. Either way the card keeps its place.
 */
export function AttributionSection() {
  const differs = useAppStore(selectScenarioDiffers);
  const baseline = useAppStore((s) => s.baseline);
  const [loaded, setLoaded] = useState(differs);
  if (differs && !loaded) setLoaded(true);
  const against = againstWords(baseline);
  if (!loaded) return <AttributionIdle against={against} />;
  return (
    <Suspense fallback={<AttributionIdle against={against} loading />}>
      <AttributionCard renderCopy={renderCopy} />
    </Suspense>
  );
}
