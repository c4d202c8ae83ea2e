import { z, zodErrorText } from '../registry/zod';
import { SOURCES } from '../registry';

/**
 * Reported figures (data/reported.json) drawn as hollow points so a viewer sees where the
 * model sits against what was published. Loaded at run time; the charts work without it.
 */
const monthText = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export const reportedFileSchema = z.object({
  asOf: z.optional(monthText),
  annual: z.array(
    z.object({
      metric: z.string(),
      year: z.int(),
      value: z.number(),
      source: z.string(),
      note: z.optional(z.string()),
    }),
  ),
  quarterly: z.optional(
    z.array(
      z.object({
        metric: z.string(),
        year: z.int(),
        quarter: z.int().check(z.minimum(1), z.maximum(4)),
        value: z.number(),
        source: z.string(),
        note: z.optional(z.string()),
      }),
    ),
  ),
  points: z.array(
    z.object({
      metric: z.string(),
      month: monthText,
      value: z.number(),
      source: z.string(),
      note: z.optional(z.string()),
    }),
  ),
  whPerQuery: z.array(
    z.object({
      label: z.string(),
      value: z.number().check(z.positive()),
      date: z.optional(monthText),
      source: z.string(),
    }),
  ),
});

export interface Figure {
  value: number;
  source: string;
  label?: string;
}
export interface Reported {
  annualBurnUsdB: (Figure & { year: number })[];
  /** Quarterly burn, e.g. Q1 2026 ($B in the quarter). */
  quarterlyBurnUsdB: (Figure & { year: number; quarter: number })[];
  revenueUsdB: (Figure & { year: number })[];
  inferenceUsdB: (Figure & { year: number })[];
  msRevShareUsdB: (Figure & { year: number })[];
  cashUsdB: (Figure & { month: string })[];
  whPerQuery: (Figure & { label: string })[];
}

/** "The Information, 2025-09" for a source id; the id itself when unknown. */
export function describeSource(id: string): string {
  const s = SOURCES[id];
  return s ? `${s.publisher}, ${s.date}` : id;
}

/** Validates the file and reshapes it for the charts; throws a message naming the file. */
export function parseReported(json: unknown): Reported {
  const parsed = reportedFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(zodErrorText(parsed.error, 'data/reported.json'));
  const f = parsed.data;
  const annual = (metric: string) =>
    f.annual
      .filter((a) => a.metric === metric)
      .map((a) => ({ year: a.year, value: a.value, source: withNote(describeSource(a.source), a.note) }));
  return {
    annualBurnUsdB: annual('burnUsdB'),
    quarterlyBurnUsdB: (f.quarterly ?? [])
      .filter((q) => q.metric === 'burnUsdB')
      .map((q) => ({
        year: q.year,
        quarter: q.quarter,
        value: q.value,
        source: withNote(describeSource(q.source), q.note),
      })),
    revenueUsdB: annual('revenueUsdB'),
    inferenceUsdB: annual('inferenceUsdB'),
    msRevShareUsdB: annual('msRevShareUsdB'),
    cashUsdB: f.points
      .filter((p) => p.metric === 'cashUsdB')
      .map((p) => ({ month: p.month, value: p.value, source: withNote(describeSource(p.source), p.note) })),
    whPerQuery: f.whPerQuery.map((w) => ({ value: w.value, label: w.label, source: describeSource(w.source) })),
  };
}

function withNote(source: string, note?: string): string {
  return note ? `${source} (${note})` : source;
}
