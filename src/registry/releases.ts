import { DataFileError } from './build';
import { eventsFileSchema, generationsFileSchema } from './dataSchemas';
import { buildEvents, buildGenerations } from './entities';
import { entityLevers } from './entityLevers';
import { defaultParams, EVENTS, EVENTS_AS_OF, LEVER_BY_ID, LEVERS, SOURCES, type LeverId } from './index';
import { parseMonth } from './month';
import {
  CURRENT_RECORD,
  RECORD_BEFORE_RECORDING,
  RECORD_IDS,
  isRecordId,
  releaseCaveat,
  type RecordId,
  type Release,
  type ReleaseLeverInfo,
} from './records';
import { z, zodErrorText } from './zod';

export {
  CURRENT_RECORD,
  RECORD_BEFORE_RECORDING,
  RECORD_IDS,
  isRecordId,
  releaseCaveat,
  type RecordId,
  type Release,
  type ReleaseLeverInfo,
};

/*
 * Record releases. Each release of the defaults (levers, hardware generations, events, presets)
 * has an id, its month: `2026-11`, `2026-12`. A link says which one it was made on (`rec=`), so
 * a cited figure can be reproduced after the defaults move. The current release is data/ itself;
 * a past one is frozen in data/releases/<id>.json and run with the current engine.
 *
 * A past release is mapped onto today's levers by id: a lever it has is set to its default there;
 * a lever it lacks (added later) keeps today's default, and a value it has for a lever that no
 * longer exists is dropped. Both lists travel with the release so the page and the CLI say so.
 */

const monthText = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));
const confidence = z.enum(['high', 'medium', 'low']);

/** Only what a release is read for: a lever entry's id, default and provenance (the rest may have changed since). */
const releaseLeverSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  default: z.union([z.number(), monthText]),
  unit: z.string(),
  source: z.string().check(z.minLength(1)),
  confidence,
});

const releasePresetSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  link: z.string(),
});

export const releaseFileSchema = z.object({
  id: monthText,
  /** The engine version the release shipped with. */
  engine: z.int().check(z.positive()),
  /** The commit whose data/ it was taken from. */
  commit: z.optional(z.string()),
  note: z.string(),
  levers: z.array(releaseLeverSchema).check(z.minLength(1)),
  generations: generationsFileSchema,
  events: eventsFileSchema,
  presets: z.array(releasePresetSchema),
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

function leverValue(id: LeverId, given: number | string, where: string): number {
  const lever = LEVER_BY_ID.get(id)!;
  if (lever.kind === 'month') {
    const m = typeof given === 'string' ? parseMonth(given) : null;
    if (m === null) throw new DataFileError(`${where}.default: "${given}" is not a month (YYYY-MM)`);
    return m;
  }
  if (typeof given !== 'number') throw new DataFileError(`${where}.default: expected a number, got "${given}"`);
  return given;
}

/** The current release: data/ as the registry reads it. */
export function currentRelease(): Release {
  const info = {} as Record<LeverId, ReleaseLeverInfo>;
  for (const l of LEVERS) info[l.id] = { sourceId: l.sourceId, confidence: l.confidence };
  return {
    id: CURRENT_RECORD,
    current: true,
    engineVersion: 0, // set by the caller that knows the engine (registry sits below it)
    note: 'The current record: data/ as it ships.',
    params: defaultParams(),
    info,
    filled: [],
    dropped: [],
    events: EVENTS,
    presets: [],
  };
}

/**
 * A past release from its file's JSON, validated; throws DataFileError naming the file, the
 * field and the reason when the file is not a release.
 */
export function buildRelease(json: unknown, id: string): Release {
  const file = `data/releases/${id}.json`;
  const parsed = releaseFileSchema.safeParse(json);
  if (!parsed.success) throw new DataFileError(zodErrorText(parsed.error, file));
  const r = parsed.data;
  if (r.id !== id) throw new DataFileError(`${file}: id: says "${r.id}", expected "${id}"`);
  let generations, events;
  try {
    generations = buildGenerations(r.generations, SOURCES);
    const generationIds = new Set(['h100', 'custom', ...generations.map((g) => g.id)]);
    events = buildEvents(r.events, SOURCES, generationIds);
  } catch (e) {
    if (e instanceof DataFileError) throw new DataFileError(`${file}: ${e.message.replace(/^data\/\w+\.json: /, '')}`);
    throw e;
  }

  const params = defaultParams();
  const info = {} as Record<LeverId, ReleaseLeverInfo>;
  for (const l of LEVERS) info[l.id] = { sourceId: l.sourceId, confidence: l.confidence };
  const set = new Set<string>();
  const dropped: Release['dropped'] = [];
  const take = (leverId: string, value: number, src: ReleaseLeverInfo) => {
    const lever = LEVER_BY_ID.get(leverId);
    if (!lever) {
      dropped.push({ id: leverId, reason: 'no such lever in the current engine' });
      return;
    }
    if (value < lever.min || value > lever.max) {
      dropped.push({ id: leverId, reason: `${value} is outside today's range; today's default is used` });
      return;
    }
    params[lever.id] = value;
    info[lever.id] = src;
    set.add(lever.id);
  };

  r.levers.forEach((entry, i) => {
    if (!LEVER_BY_ID.has(entry.id)) {
      dropped.push({ id: entry.id, reason: 'no such lever in the current engine' });
      return;
    }
    const src = { sourceId: entry.source, confidence: entry.confidence };
    take(entry.id, leverValue(entry.id as LeverId, entry.default, `${file}: levers[${i}] (${entry.id})`), src);
  });
  // An event's or a generation's fields become levers the same way today's do; matched by id.
  const currentIds = new Set(EVENTS.map((e) => e.id));
  for (const e of events.events) {
    if (!e.modelledBy && !currentIds.has(e.id))
      dropped.push({ id: `event ${e.id}`, reason: 'no such event in the current record' });
  }
  const known = events.events.filter((e) => currentIds.has(e.id));
  // Stryker disable next-line LogicalOperator: asOf only sets a lever's `record`, which a release does not keep
  for (const l of entityLevers(generations, known, SOURCES, parseMonth(r.events.asOf) ?? EVENTS_AS_OF)) {
    // Stryker disable next-line ConditionalExpression,MethodExpression: an added row's levers are today's, same default and source: taking them changes nothing
    if (l.id.startsWith('added-')) continue;
    if (!LEVER_BY_ID.has(l.id)) {
      dropped.push({ id: l.id, reason: 'no such field in the current engine' });
      continue;
    }
    take(l.id, l.default, { sourceId: l.sourceId, confidence: l.confidence });
  }
  const filled = LEVERS.filter((l) => !set.has(l.id) && !l.id.startsWith('added-')).map((l) => l.id);
  return {
    id,
    current: false,
    engineVersion: r.engine,
    note: r.note,
    params,
    info,
    filled,
    dropped,
    events: events.events,
    presets: r.presets.map((p) => ({ id: p.id, title: p.title, link: p.link })),
  };
}

/** The levers whose defaults differ between two releases, in registry order. */
export function changedDefaults(from: Release, to: Release): LeverId[] {
  return LEVERS.filter((l) => !Object.is(from.params[l.id], to.params[l.id])).map((l) => l.id);
}
