import { useEffect } from 'react';
import type { Attribution } from '../../engine/attribution';
import { useWhyStore } from './whyStore';

/**
 * Under the waterfall: for each change that moves the output by less than 1%, against the sign
 * tables, or not at all because a lever it acts through is at zero, the engine's one sentence on
 * what absorbed it. Publishes the same lines to the lever rows.
 */
export function WhyLines({ attribution }: { attribution: Attribution | null }) {
  const publish = useWhyStore((s) => s.publish);
  useEffect(() => {
    publish(attribution);
  }, [attribution, publish]);
  useEffect(() => () => publish(null), [publish]);
  const lines = attribution?.parts.filter((p) => p.why) ?? [];
  if (lines.length === 0) return null;
  return (
    <ul className="attribution-why" aria-label="Why these changes move it little or not at all">
      {lines.map((p) => (
        <li key={p.id} data-why={p.why!.kind}>
          <strong>{p.label}:</strong> {p.why!.sentence}
        </li>
      ))}
    </ul>
  );
}
