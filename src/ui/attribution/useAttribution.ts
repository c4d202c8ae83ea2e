import { useEffect, useRef, useState } from 'react';
import type { Attribution, AttributionOutput } from '../../engine/attribution';
import type { Params } from '../../registry';
import { useAnalysisLane } from '../common/runner';

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
/** The question a job asked (its very objects, so the card can tell whether it is the one on screen). */
const asked = (job: Question): Question => ({ reference: job.reference, scenario: job.scenario, output: job.output });

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
 * The attribution of `scenario` against `reference`, asked of the page's model runner (its
 * analysis worker, latest wins): at once for the first question, then once the inputs have
 * rested for `settleMs` (0 for inputs that are settled already). Nothing is asked while
 * `enabled` is false.
 */
export function useAttribution(
  reference: Params,
  scenario: Params,
  output: AttributionOutput,
  enabled = true,
  settleMs = SETTLE_MS,
): AttributionState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  /** The last question asked, and whether answers are wanted at all (none after going back to the reference). */
  const last = useRef<{ question: Question | null; enabled: boolean }>({ question: null, enabled });
  useEffect(() => {
    last.current.enabled = enabled;
  }, [enabled]);
  const lane = useAnalysisLane<'attribute'>({
    onAnswer: (attribution, _seq, { job }) => {
      if (last.current.enabled) setAnswer({ question: asked(job), attribution, error: null });
    },
    onError: (error) => {
      const question = last.current.question;
      if (last.current.enabled && question)
        setAnswer((prev) => ({ question, attribution: prev?.attribution ?? null, error }));
    },
  });
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
    if (!enabled) return;
    const ask = () => {
      last.current.question = { reference, scenario, output };
      lane.ask({ kind: 'attribute', reference, scenario, output });
    };
    if (!askedOnce.current) {
      askedOnce.current = true;
      ask();
      return;
    }
    const timer = setTimeout(ask, settleMs);
    return () => clearTimeout(timer);
  }, [lane, reference, scenario, output, enabled, settleMs]);
  const q = answer?.question;
  const pending = !q || q.reference !== reference || q.scenario !== scenario || q.output !== output;
  return { attribution: answer?.attribution ?? null, pending, error: answer?.error ?? null };
}
