/**
 * Hardware generations (data/generations.json) and funding and contract events
 * (data/events.json), validated on load like data/levers.json. Each editable field of a row
 * becomes a lever with a dotted id — `gb200.watts`, `aws-2025.usdB`, `amd-mi450.on` — so the
 * store, the link, the CLI (`--set aws-2025.usdB=50`) and the Monte Carlo treat them like any
 * other lever, and the lever registry stays the one place that says what can be moved.
 */
import { DataFileError } from './build';
import type { LeverId } from './leverIds';
import { parseMonth } from './month';
import type { Source } from './schema';
import { zodErrorText } from './zod';
import { z } from './zod';

const monthText = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));
const confidence = z.enum(['high', 'medium', 'low']);

export const generationSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9]*$/, 'generation ids are short lowercase words')),
  label: z.string().check(z.minLength(1)),
  h100e: z.number().check(z.positive()),
  watts: z.number().check(z.positive()),
  priceUsd: z.number().check(z.positive()),
  firstMonth: monthText,
  source: z.string().check(z.minLength(1)),
  confidence,
  note: z.optional(z.string()),
});
export const generationsFileSchema = z.object({
  notes: z.optional(z.string()),
  generations: z.array(generationSchema).check(z.minLength(1)),
});

/**
 * `option` (engine v3) is capacity OpenAI may buy but has not: a later tranche, a letter of intent,
 * a chip phase without a purchase order. The engine exercises it by its policy (docs/MODEL.md).
 * Appended last so the status codes links already carry keep their meaning.
 */
export const EVENT_STATUSES = ['closed', 'committed', 'conditional', 'hypothetical', 'option'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const eventSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'event ids are lowercase words joined by hyphens')),
  kind: z.enum(['funding', 'contract']),
  counterparty: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  month: monthText,
  usdB: z.number().check(z.minimum(0)),
  postMoneyUsdB: z.optional(z.number().check(z.positive())),
  /** The counterparty's stake in OpenAI after this row, % (where one is reported). */
  stakePct: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  termMonths: z.optional(z.int().check(z.minimum(1), z.maximum(240))),
  rampMonths: z.optional(z.int().check(z.minimum(1), z.maximum(120))),
  gw: z.optional(z.number().check(z.minimum(0))),
  gwBasis: z.optional(z.enum(['it', 'facility'])),
  generation: z.optional(z.string()),
  form: z.optional(z.enum(['contracted', 'owned'])),
  status: z.enum(EVENT_STATUSES),
  condition: z.optional(z.string()),
  probability: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  source: z.string().check(z.minLength(1)),
  confidence,
  note: z.optional(z.string()),
  /** An option's ramp limit: the most GW it can add in one month (its size is `gw`). */
  maxGwPerMonth: z.optional(z.number().check(z.positive())),
  /** Counted by default; without it, closed, committed and option rows are on, the rest off. */
  defaultOn: z.optional(z.boolean()),
  /** Shown in the record, but its numbers come from these levers: not counted twice. */
  modelledBy: z.optional(z.enum(['stargate', 'azureCommitment', 'customChip', 'nextRound'])),
});
export const eventsFileSchema = z.object({
  asOf: monthText,
  notes: z.optional(z.string()),
  events: z.array(eventSchema),
});

export type GenerationEntry = z.infer<typeof generationSchema>;
export type EventEntry = z.infer<typeof eventSchema>;

/** A validated generation, months as month indices. */
export interface Generation extends Omit<GenerationEntry, 'firstMonth'> {
  firstMonth: number;
  /** Its lever ids: `<id>.h100e`, `.watts`, `.priceUsd`, `.firstMonth`. */
  keys: { h100e: LeverId; watts: LeverId; priceUsd: LeverId; firstMonth: LeverId };
  /** The watts at which its price per GW is fixed (the data file's watts). */
  refWatts: number;
}

/** A validated event row, months as month indices. */
export interface EventRow extends Omit<EventEntry, 'month'> {
  month: number;
  /** Its lever ids, built once: `<id>.on`, `<id>.month`, … (the engine reads them every run). */
  keys: { on: LeverId; month: LeverId; usdB: LeverId; gw: LeverId; status: LeverId; probability: LeverId };
  /** Index of the status in EVENT_STATUSES, the value of its `.status` lever. */
  statusCode: number;
}

/**
 * An event counts by default when it is closed or committed, or an option the policy may exercise
 * (a row may say otherwise with `defaultOn`); conditional ones enter the Monte Carlo.
 */
export function onByDefault(status: EventStatus, defaultOn?: boolean): boolean {
  return defaultOn ?? (status === 'closed' || status === 'committed' || status === 'option');
}

/**
 * Whether an event belongs to the record (engine v3): closed or committed, dated up to `asOf`.
 * Its levers change the record; every other row (options, conditional and hypothetical money,
 * later contracts) acts from the month after now.
 */
export function isRecordEvent(e: Pick<EventEntry, 'status'> & { month: number }, asOf: number): boolean {
  return (e.status === 'closed' || e.status === 'committed') && e.month <= asOf;
}

export function buildGenerations(json: unknown, sources: Record<string, Source>): Generation[] {
  const parsed = generationsFileSchema.safeParse(json);
  if (!parsed.success) throw new DataFileError(zodErrorText(parsed.error, 'data/generations.json'));
  const seen = new Set<string>(['h100', 'custom']);
  return parsed.data.generations.map((g, i) => {
    const where = `data/generations.json: generations[${i}]`;
    if (seen.has(g.id)) throw new DataFileError(`${where}.id: "${g.id}" is taken`);
    seen.add(g.id);
    if (!sources[g.source]) throw new DataFileError(`${where}.source: no source "${g.source}" in data/sources.json`);
    const key = (field: string) => `${g.id}.${field}` as LeverId;
    return {
      ...g,
      firstMonth: parseMonth(g.firstMonth)!,
      refWatts: g.watts,
      keys: { h100e: key('h100e'), watts: key('watts'), priceUsd: key('priceUsd'), firstMonth: key('firstMonth') },
    };
  });
}

export function buildEvents(
  json: unknown,
  sources: Record<string, Source>,
  generationIds: ReadonlySet<string>,
): { asOf: number; events: EventRow[] } {
  const parsed = eventsFileSchema.safeParse(json);
  if (!parsed.success) throw new DataFileError(zodErrorText(parsed.error, 'data/events.json'));
  const seen = new Set<string>();
  const events = parsed.data.events.map((e, i) => {
    const where = `data/events.json: events[${i}] (${e.id})`;
    if (seen.has(e.id)) throw new DataFileError(`${where}.id: duplicate id`);
    seen.add(e.id);
    if (!sources[e.source]) throw new DataFileError(`${where}.source: no source "${e.source}" in data/sources.json`);
    const key = (field: string) => `${e.id}.${field}` as LeverId;
    const keys = {
      on: key('on'),
      month: key('month'),
      usdB: key('usdB'),
      gw: key('gw'),
      status: key('status'),
      probability: key('probability'),
    };
    if (e.modelledBy) return { ...e, keys, month: parseMonth(e.month)!, statusCode: EVENT_STATUSES.indexOf(e.status) };
    if (e.kind === 'contract' && !e.form)
      throw new DataFileError(`${where}.form: a contract is "contracted" or "owned"`);
    if (e.kind === 'contract' && e.form === 'contracted' && !e.termMonths)
      throw new DataFileError(`${where}.termMonths: a contracted row needs its term`);
    if (e.kind === 'contract' && e.form === 'owned' && !(e.gw && e.gw > 0))
      throw new DataFileError(`${where}.gw: an owned purchase needs its GW`);
    if (e.generation !== undefined && !generationIds.has(e.generation))
      throw new DataFileError(`${where}.generation: no generation "${e.generation}"`);
    if (e.status === 'option' && !(e.kind === 'contract' && e.form === 'owned' && e.maxGwPerMonth))
      throw new DataFileError(`${where}.maxGwPerMonth: an option is an owned purchase with a ramp limit`);
    if (e.status === 'conditional' && e.probability === undefined)
      throw new DataFileError(`${where}.probability: a conditional row needs its probability`);
    return { ...e, keys, month: parseMonth(e.month)!, statusCode: EVENT_STATUSES.indexOf(e.status) };
  });
  return { asOf: parseMonth(parsed.data.asOf)!, events };
}
