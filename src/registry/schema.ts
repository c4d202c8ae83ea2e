import { z } from 'zod';

export const GROUPS = [
  { id: 'demand', label: 'Demand & revenue' },
  { id: 'physics', label: 'Inference physics' },
  { id: 'fleet', label: 'Fleet & prices' },
  { id: 'microsoft', label: 'Microsoft terms' },
  { id: 'stargate', label: 'Stargate & compute contracts' },
  { id: 'silicon', label: 'Custom silicon' },
  { id: 'planb', label: 'Microsoft Plan B' },
  { id: 'funding', label: 'Funding' },
  { id: 'opex', label: 'Operating costs' },
  { id: 'horizon', label: 'Horizon' },
] as const;

export type GroupId = (typeof GROUPS)[number]['id'];
const groupIds = GROUPS.map((g) => g.id) as [GroupId, ...GroupId[]];

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
const value = z.union([z.number().finite(), monthText]);

export const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.union([z.literal(''), z.string().url()]),
  date: monthText,
});
export const sourcesFileSchema = z.record(z.string(), sourceSchema);

export const rangeSchema = z.object({
  low: value,
  high: value,
  dist: z.enum(['uniform', 'triangular', 'lognormal']),
});

export const leverFileEntrySchema = z.object({
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  key: z.string().regex(/^[a-z][a-z0-9]*$/, 'URL keys are short lowercase words'),
  label: z.string().min(1),
  group: z.enum(groupIds),
  unit: z.string().min(1),
  kind: z.enum(['number', 'month', 'toggle']).default('number'),
  min: value,
  max: value,
  step: z.number().positive(),
  decimals: z.number().int().min(0).max(6),
  default: value,
  source: z.string().min(1),
  confidence: z.enum(['high', 'medium', 'low']),
  note: z.string().optional(),
  range: rangeSchema.optional(),
});
export const leversFileSchema = z.array(leverFileEntrySchema).min(1);

export type Source = z.infer<typeof sourceSchema>;
export type LeverFileEntry = z.infer<typeof leverFileEntrySchema>;
export type Distribution = z.infer<typeof rangeSchema>['dist'];

/** A readable one-line reason from a zod error: "data/levers.json: [3].min: expected number". */
export function describeZodError(file: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${file}: ${path || '(root)'}: ${issue.message}`;
}
