import { z } from './zod';

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
  { id: 'hardware', label: 'Hardware generations' },
  {
    id: 'record',
    label: 'The record',
    note: 'Changes the record: these levers move the months up to now (cash now, revenue and burn in 2025 and 2026). Every other lever acts from the month after now.',
  },
  { id: 'events', label: 'Funding and contracts' },
  { id: 'horizon', label: 'Horizon' },
] as const;

export type GroupId = (typeof GROUPS)[number]['id'];
const groupIds = GROUPS.map((g) => g.id) as [GroupId, ...GroupId[]];

const monthText = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));
const value = z.union([z.number(), monthText]);

export const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  url: z.union([z.literal(''), z.url()]),
  date: monthText,
});
export const sourcesFileSchema = z.record(z.string(), sourceSchema);

export const rangeSchema = z.object({
  low: value,
  high: value,
  dist: z.enum(['uniform', 'triangular', 'lognormal']),
});

export const leverFileEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/)),
  key: z.string().check(z.regex(/^[a-z][a-z0-9]*$/, 'URL keys are short lowercase words')),
  label: z.string().check(z.minLength(1)),
  group: z.enum(groupIds),
  unit: z.string().check(z.minLength(1)),
  kind: z._default(z.enum(['number', 'month', 'toggle']), 'number'),
  min: value,
  max: value,
  step: z.number().check(z.positive()),
  decimals: z.int().check(z.minimum(0), z.maximum(6)),
  default: value,
  source: z.string().check(z.minLength(1)),
  confidence: z.enum(['high', 'medium', 'low']),
  note: z.optional(z.string()),
  range: z.optional(rangeSchema),
  /** Position among the article's key levers, shown first in the panel (each also stays in its group). */
  keyOrder: z.optional(z.int().check(z.positive())),
  /**
   * Levers this one acts through: while any of them is at its minimum (an amount of $0, a switch
   * off), this lever changes nothing, and the panel shows it disabled with that reason.
   */
  requires: z.optional(z.array(z.string()).check(z.minLength(1))),
});
export const leversFileSchema = z.array(leverFileEntrySchema).check(z.minLength(1));

export type Source = z.infer<typeof sourceSchema>;
export type LeverFileEntry = z.infer<typeof leverFileEntrySchema>;
export type Distribution = z.infer<typeof rangeSchema>['dist'];
