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
 * How long the inputs must rest before the waterfall is asked again. A drag fires an input per
 * frame; splitting each would cost every frame a worker message and a repaint of a card that is
 * read when the hand stops, so the four charts keep the frame to themselves.
 */
export const SETTLE_MS = 150;

/**
 * The attribution of `scenario` against `reference`, computed in a worker: at once for the
 * first question, then once the inputs have rested for SETTLE_MS. Nothing is asked while
 * `enabled` is false.
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
  // Back at the reference the last answer is dropped, so nothing from before stands in for the
  // next one. That one is asked once the inputs rest, like any other: a slider dragged across
  // the defaults does not start a split on every crossing.
  const [wasEnabled, setWasEnabled] = useState(enabled);
  if (wasEnabled !== enabled) {
    setWasEnabled(enabled);
    if (!enabled) setAnswer(null);
  }
  const askedOnce = useRef(false);
  useEffect(() => {
    if (!enabled) {
      asked.current.clear();
      return;
    }
    const ask = () => {
      const c = client.current;
      if (c) asked.current.set(c.request({ reference, scenario, output }), { reference, scenario, output });
    };
    if (!askedOnce.current) {
      askedOnce.current = true;
      ask();
      return;
    }
    const timer = setTimeout(ask, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [reference, scenario, output, enabled]);
  const q = answer?.question;
  const pending = !q || q.reference !== reference || q.scenario !== scenario || q.output !== output;
  return { attribution: answer?.attribution ?? null, pending, error: answer?.error ?? null };
}
