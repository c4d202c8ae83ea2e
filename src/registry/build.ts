import { DataFileError } from './dataFileError';
import type { Distribution, LeverFileEntry, Source } from './dataSchemas';
import type { GroupId } from './schema';

export { DataFileError };
import { parseMonth } from './month';
import { LEVER_IDS, type LeverId } from './leverIds';

export type LeverKind = 'number' | 'month' | 'toggle';
export type Confidence = 'high' | 'medium' | 'low';

/** One lever, every number already numeric (months as month indices). */
export interface Lever {
  id: LeverId;
  key: string;
  label: string;
  group: GroupId;
  unit: string;
  kind: LeverKind;
  min: number;
  max: number;
  step: number;
  decimals: number;
  default: number;
  sourceId: string;
  source: Source;
  confidence: Confidence;
  note?: string;
  /** Position among the key levers (the article's), or undefined. */
  keyOrder?: number;
  range?: { low: number; high: number; dist: Distribution };
  /**
   * A lever whose meaning is historical (a start value, a past event, a calibration factor): it
   * changes the record up to "now". Every other lever acts from the month after now (engine v3).
   */
  record: boolean;
  /** Levers it acts through: while one of them sits at its minimum, this one changes nothing. */
  requires?: LeverId[];
}

function toNumber(entry: LeverFileEntry, field: string, v: number | string): number {
  if (typeof v === 'number') {
    if (entry.kind === 'month')
      throw new DataFileError(`data/levers.json: ${entry.id}.${field}: month levers take "YYYY-MM"`);
    return v;
  }
  if (entry.kind !== 'month')
    throw new DataFileError(`data/levers.json: ${entry.id}.${field}: expected a number, got "${v}"`);
  return parseMonth(v)!;
}

/**
 * The levers of data/levers.json, its shape already checked (registry/dataSchemas.ts
 * `checkLeversFile`, at build): the checks across rows and files, and months as month indices.
 */
export function buildLevers(entries: readonly LeverFileEntry[], sources: Readonly<Record<string, Source>>): Lever[] {
  const seenIds = new Set<string>();
  // Keys the link itself uses: the format version, the engine version, the Monte Carlo seed and N.
  const seenKeys = new Set<string>(['v', 'engine', 'seed', 'n']);
  const known = new Set<string>(LEVER_IDS);
  const ids = entries.map((e) => e.id);
  const stale = ids.find((id) => !known.has(id)) ?? LEVER_IDS.find((id) => !ids.includes(id));
  if (stale)
    throw new DataFileError(
      `data/levers.json: ${stale}.id: src/registry/leverIds.ts is out of date (run \`npm run gen:levers\`)`,
    );
  return entries.map((entry) => {
    const where = `data/levers.json: ${entry.id}`;
    if (seenIds.has(entry.id)) throw new DataFileError(`${where}.id: duplicate id`);
    if (seenKeys.has(entry.key)) throw new DataFileError(`${where}.key: "${entry.key}" is already used`);
    seenIds.add(entry.id);
    seenKeys.add(entry.key);
    const source = sources[entry.source];
    if (!source) throw new DataFileError(`${where}.source: no source "${entry.source}" in data/sources.json`);
    const lever: Lever = {
      id: entry.id as LeverId,
      key: entry.key,
      label: entry.label,
      group: entry.group,
      unit: entry.unit,
      kind: entry.kind ?? 'number',
      step: entry.step,
      decimals: entry.decimals,
      min: toNumber(entry, 'min', entry.min),
      max: toNumber(entry, 'max', entry.max),
      default: toNumber(entry, 'default', entry.default),
      sourceId: entry.source,
      source,
      confidence: entry.confidence,
      note: entry.note,
      keyOrder: entry.keyOrder,
      record: entry.group === 'record',
    };
    if (entry.requires) lever.requires = entry.requires as LeverId[];
    if (entry.range) {
      lever.range = {
        low: toNumber(entry, 'range.low', entry.range.low),
        high: toNumber(entry, 'range.high', entry.range.high),
        dist: entry.range.dist,
      };
    }
    if (lever.min >= lever.max) throw new DataFileError(`${where}.min: must be below max`);
    if (lever.default < lever.min || lever.default > lever.max)
      throw new DataFileError(`${where}.default: outside min..max`);
    const r = lever.range;
    if (r && (r.low > r.high || r.low < lever.min || r.high > lever.max))
      throw new DataFileError(`${where}.range: must satisfy min ≤ low ≤ high ≤ max`);
    if (r && r.dist === 'lognormal' && r.low <= 0)
      throw new DataFileError(`${where}.range.low: a lognormal range needs low > 0`);
    return lever;
  });
}
