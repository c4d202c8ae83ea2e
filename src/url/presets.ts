import presetsJson from '../../data/presets.json';
import { DataFileError, SOURCES, type ParamValues } from '../registry';
import { parseScenario } from './codec';

/** A named scenario shipped with the page: a link plus what it means and where it comes from. */
export interface Preset {
  id: string;
  title: string;
  /** A query string, e.g. "v=1&slip=18" (no engine part, so it never shows an engine note). */
  link: string;
  description: string;
  /** Source ids from data/sources.json. */
  sources: string[];
}

/**
 * The presets of a presets file whose shape is already checked (registry/dataSchemas.ts
 * `checkPresetsFile`, at build): ids, sources and links. Throws DataFileError naming the file,
 * the field and the reason: a preset that fails here is a bug in the data, caught at build and
 * in tests.
 */
export function buildPresets(
  entries: readonly Preset[],
  sources: Readonly<Record<string, unknown>> = SOURCES,
  file = 'data/presets.json',
): Preset[] {
  const seen = new Set<string>();
  entries.forEach((p, i) => {
    const where = `${file}: [${i}] (${p.id})`;
    if (seen.has(p.id)) throw new DataFileError(`${where}.id: duplicate id`);
    seen.add(p.id);
    const missing = p.sources.find((s) => !(s in sources));
    if (missing !== undefined) throw new DataFileError(`${where}.sources: no source "${missing}" in data/sources.json`);
    const read = parseScenario(p.link);
    const first = read.problems[0];
    if (first) throw new DataFileError(`${where}.link: ${first.key}=${first.given}: ${first.reason}`);
    if (read.unknown.length > 0) throw new DataFileError(`${where}.link: unknown key "${read.unknown[0][0]}"`);
  });
  return [...entries];
}

/** data/presets.json, its shape checked at build (registry/dataSchemas.ts). */
export const PRESETS: readonly Preset[] = buildPresets(presetsJson as Preset[]);

export const PRESET_BY_ID: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.id, p]));

/** The full scenario a preset stands for (every lever, defaults filled in). */
export function presetParams(preset: Preset): ParamValues {
  return parseScenario(preset.link).params;
}
