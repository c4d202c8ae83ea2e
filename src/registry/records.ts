import type { EventRow } from './entities';
import type { Confidence, LeverId, ParamValues } from './index';

/*
 * Record releases, the small part the first load needs: the ids, what a release is, and the one
 * line that says what the current engine could not take from a past one. Reading a release's
 * file is src/registry/releases.ts, loaded with the file (src/registry/loadRelease.ts).
 */

/** The release data/ holds: what every link the page or the CLI writes carries as `rec=`. */
export const CURRENT_RECORD = '2026-12';
/** Links made before releases were recorded carry no `rec=`: they were made on this one. */
export const RECORD_BEFORE_RECORDING = '2026-11';
/** Every release, oldest first; each but the current has a file in data/releases/. */
export const RECORD_IDS = ['2026-11', CURRENT_RECORD] as const;
export type RecordId = (typeof RECORD_IDS)[number];

export function isRecordId(id: string): id is RecordId {
  return (RECORD_IDS as readonly string[]).includes(id);
}

/** Where a release's default for a lever comes from. */
export interface ReleaseLeverInfo {
  sourceId: string;
  confidence: Confidence;
}

export interface Release {
  id: string;
  current: boolean;
  /** The engine it shipped with (its numbers then); it now runs on the current engine. */
  engineVersion: number;
  note: string;
  /** The release's defaults for every lever of today's registry. */
  params: ParamValues;
  /** Per lever: the source and confidence of its default in this release. */
  info: Readonly<Record<LeverId, ReleaseLeverInfo>>;
  /** Today's levers the release has no value for: at today's defaults. */
  filled: LeverId[];
  /** The release's values that today's registry has no lever for, each with why. */
  dropped: Array<{ id: string; reason: string }>;
  /** The release's events (labels for "what changed"). */
  events: readonly EventRow[];
  presets: ReadonlyArray<{ id: string; title: string; link: string }>;
}

/**
 * One line for a banner or the CLI: what of a past release the current engine could not take.
 * `name` says a lever or an event by its id (the page passes their labels).
 */
export function releaseCaveat(release: Release, name: (id: string) => string = (id) => id): string | null {
  if (release.current) return null;
  const parts: string[] = [];
  // by name, four at most: a list of twenty ids read like a log, not a sentence
  const list = (ids: readonly string[]) =>
    ids.length > 4 ? `${ids.slice(0, 4).map(name).join(', ')} and ${ids.length - 4} more` : ids.map(name).join(', ');
  const newEvents = new Set(release.filled.filter((id) => id.includes('.')).map((id) => id.split('.')[0]));
  const newLevers = release.filled.filter((id) => !id.includes('.'));
  if (newLevers.length > 0)
    parts.push(
      `${newLevers.length} lever${newLevers.length === 1 ? '' : 's'} added since (${list(newLevers)}) take${newLevers.length === 1 ? 's' : ''} the current default`,
    );
  if (newEvents.size > 0)
    parts.push(
      `event${newEvents.size === 1 ? '' : 's'} added since (${list([...newEvents])}) take${newEvents.size === 1 ? 's' : ''} the current default`,
    );
  const goneEvents = release.dropped.filter((d) => d.id.startsWith('event ')).map((d) => d.id.slice(6));
  if (goneEvents.length > 0)
    parts.push(
      `event${goneEvents.length === 1 ? '' : 's'} no longer in the record (${list(goneEvents)}) ${goneEvents.length === 1 ? 'is' : 'are'} left out`,
    );
  const goneFields = release.dropped.filter((d) => !d.id.startsWith('event '));
  if (goneFields.length > 0)
    parts.push(`values the current engine has no lever for are left out (${goneFields.map((d) => d.id).join(', ')})`);
  return parts.length ? `Record ${release.id} on the current engine: ${parts.join('; ')}.` : null;
}
