import { z, zodErrorText } from '../../registry/zod';
import { describeSource } from '../reported';

/*
 * Outside views as reference scenarios. OpenAI's own plan (Q1 2026) and HSBC's note (Nov 2025)
 * are presets whose levers reproduce them; their published outputs (data/reported.json,
 * `presetTargets`) are drawn on the burn-and-cash chart when a view is the reference, so the
 * reader sees the view's own numbers beside the scenario and the view's levers.
 */

/** The presets that stand for a published outside view. */
export const REFERENCE_VIEW_IDS = ['openai-plan-2026q1', 'hsbc-2025-11'] as const;
export type ReferenceViewId = (typeof REFERENCE_VIEW_IDS)[number];

export function isReferenceView(id: string | null | undefined): id is ReferenceViewId {
  return (REFERENCE_VIEW_IDS as readonly (string | null | undefined)[]).includes(id);
}

const targetSchema = z.object({
  metric: z.string(),
  year: z.int(),
  from: z.optional(z.int()),
  value: z.number(),
  source: z.string(),
  note: z.optional(z.string()),
});
export const presetTargetsSchema = z.record(z.string(), z.array(targetSchema));
export type PresetTargets = z.infer<typeof presetTargetsSchema>;

/** A view's published figure as drawn: a year's burn (drawn ÷ 12 on the monthly axis) or the cash it must raise. */
export interface ReferenceMark {
  kind: 'yearBurn' | 'fundingGap';
  year: number;
  /** $B in the year for burn; the cash balance the gap stands for ($B, negative) for a funding gap. */
  valueUsdB: number;
  label: string;
  source: string;
}

const SHORT_NAME: Record<ReferenceViewId, string> = {
  'openai-plan-2026q1': 'OpenAI plan',
  'hsbc-2025-11': 'HSBC',
};

/** Validates data/reported.json's `presetTargets`; throws a message naming the file and field. */
export function parsePresetTargets(json: unknown): PresetTargets {
  const parsed = presetTargetsSchema.safeParse(json);
  if (!parsed.success) throw new Error(zodErrorText(parsed.error, 'data/reported.json: presetTargets'));
  return parsed.data;
}

/**
 * The marks of one view: each yearly burn it publishes and the funding gap it names, labelled
 * with the view and the figure ("OpenAI plan 2027: $57B burn", "HSBC: $207B to raise by 2030").
 */
export function referenceMarks(view: ReferenceViewId, targets: PresetTargets): ReferenceMark[] {
  const name = SHORT_NAME[view];
  const marks: ReferenceMark[] = [];
  for (const t of targets[view] ?? []) {
    if (t.metric === 'burnUsdB')
      marks.push({
        kind: 'yearBurn',
        year: t.year,
        valueUsdB: t.value,
        label: t.value >= 0 ? `${name} ${t.year}: $${t.value}B burn` : `${name} ${t.year}: $${-t.value}B cash in`,
        source: describeSource(t.source),
      });
    if (t.metric === 'fundingGapUsdB')
      marks.push({
        kind: 'fundingGap',
        year: t.year,
        valueUsdB: -t.value,
        label: `${name}: $${t.value}B to raise by ${t.year}`,
        source: describeSource(t.source),
      });
  }
  return marks.sort((a, b) => a.year - b.year);
}
