import { useMemo } from 'react';
import type { OutputChoice } from '../../charts/attribution/AttributionFrame';
import { useAppStore } from '../../store';

/** The output the dashboard's waterfall splits (the card, Present and the export share it), and its setter. */
export function useOutputChoice(): OutputChoice {
  const output = useAppStore((s) => s.attributionOutput);
  const onOutput = useAppStore((s) => s.setAttributionOutput);
  return useMemo(() => ({ output, onOutput }), [output, onOutput]);
}
