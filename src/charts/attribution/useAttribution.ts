import { useEffect, useRef, useState } from 'react';
import type { Attribution, AttributionOutput } from '../../engine/attribution';
import type { Params } from '../../registry';
import { AttributionClient } from '../../worker/attributionClient';

export interface AttributionState {
  /** The last answer; it stays on screen while the next is computed. */
  attribution: Attribution | null;
  /** True while the answer on screen is not for the inputs asked about now. */
  pending: boolean;
  error: string | null;
}

interface Question {
  reference: Params;
  scenario: Params;
  output: AttributionOutput;
}
interface Answer {
  question: Question;
  attribution: Attribution | null;
  error: string | null;
}

/**
 * The attribution of `scenario` against `reference`, computed in a worker; nothing is asked
 * (and no worker starts) while `enabled` is false.
 */
export function useAttribution(
  reference: Params,
  scenario: Params,
  output: AttributionOutput,
  enabled = true,
): AttributionState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const client = useRef<AttributionClient | null>(null);
  const asked = useRef(new Map<number, Question>());
  useEffect(() => {
    const c = new AttributionClient((reply) => {
      const question = asked.current.get(reply.seq);
      asked.current.clear();
      if (!question) return;
      setAnswer((prev) =>
        reply.ok
          ? { question, attribution: reply.attribution, error: null }
          : { question, attribution: prev?.attribution ?? null, error: reply.error },
      );
    });
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, []);
  useEffect(() => {
    const c = client.current;
    if (c && enabled) asked.current.set(c.request({ reference, scenario, output }), { reference, scenario, output });
  }, [reference, scenario, output, enabled]);
  const q = answer?.question;
  const pending = !q || q.reference !== reference || q.scenario !== scenario || q.output !== output;
  return { attribution: answer?.attribution ?? null, pending, error: answer?.error ?? null };
}
