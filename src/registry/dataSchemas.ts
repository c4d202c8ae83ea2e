/**
 * The shapes of the bundled data files (data/sources.json, levers.json, generations.json,
 * events.json, presets.json), checked with zod where a file can still be wrong: at build and
 * dev-server start (vite.config.ts `checkedData`), by the CLI before it reads the registry
 * (src/cli/checkData.ts), and in the unit tests. The page ships the files it was built with, so
 * it trusts them and loads no validator for them: the registry's builders (build.ts,
 * entities.ts, url/presets.ts) keep only the checks across rows and files. What a person can
 * change at run time (a link, a saved scenario, a deck, a release file) is still parsed with zod
 * where it is read.
 */
import { DataFileError } from './dataFileError';
import { EVENT_STATUSES } from './eventStatus';
import { GROUPS, type GroupId } from './schema';
import { z, zodErrorText } from './zod';

const monthText = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));
const confidence = z.enum(['high', 'medium', 'low']);
const value = z.union([z.number(), monthText]);
const groupIds = GROUPS.map((g) => g.id) as [GroupId, ...GroupId[]];

export const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  url: z.union([z.literal(''), z.url()]),
  date: monthText,
});
export const sourcesFileSchema = z.record(z.string(), sourceSchema);

const rangeSchema = z.object({
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
  kind: z.optional(z.enum(['number', 'month', 'toggle'])),
  min: value,
  max: value,
  step: z.number().check(z.positive()),
  decimals: z.int().check(z.minimum(0), z.maximum(6)),
  default: value,
  source: z.string().check(z.minLength(1)),
  confidence,
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

export const presetSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens')),
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  link: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(40, 'a description is one paragraph')),
  sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'name at least one source')),
});
export const presetsFileSchema = z.array(presetSchema).check(z.minLength(1));

export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type LeverFileEntry = z.infer<typeof leverFileEntrySchema>;
export type Distribution = z.infer<typeof rangeSchema>['dist'];
export type GenerationsFile = z.infer<typeof generationsFileSchema>;
export type GenerationEntry = z.infer<typeof generationSchema>;
export type EventsFile = z.infer<typeof eventsFileSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type PresetEntry = z.infer<typeof presetSchema>;

/** A file's content checked against its schema: the typed content, or a DataFileError naming the file, the field and the reason. */
function checked<T>(schema: z.ZodMiniType<T>, json: unknown, file: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataFileError(zodErrorText(parsed.error, file));
  return parsed.data;
}

export const checkSourcesFile = (json: unknown): SourcesFile => checked(sourcesFileSchema, json, 'data/sources.json');
export const checkLeversFile = (json: unknown): LeverFileEntry[] => checked(leversFileSchema, json, 'data/levers.json');
export const checkGenerationsFile = (json: unknown): GenerationsFile =>
  checked(generationsFileSchema, json, 'data/generations.json');
export const checkEventsFile = (json: unknown): EventsFile => checked(eventsFileSchema, json, 'data/events.json');
export const checkPresetsFile = (json: unknown, file = 'data/presets.json'): PresetEntry[] =>
  checked(presetsFileSchema, json, file);

/** The bundled data files by name (`levers` is data/levers.json), each checked by its schema. */
const CHECKS = {
  sources: checkSourcesFile,
  levers: checkLeversFile,
  generations: checkGenerationsFile,
  events: checkEventsFile,
  presets: (json: unknown) => checkPresetsFile(json),
} as const;
export const DATA_FILES = Object.keys(CHECKS) as (keyof typeof CHECKS)[];

/**
 * Checks every bundled data file's shape; `read(name)` gives the parsed content of
 * data/<name>.json. Throws the first file's DataFileError.
 */
export function checkDataFiles(read: (name: (typeof DATA_FILES)[number]) => unknown): void {
  for (const name of DATA_FILES) CHECKS[name](read(name));
}
