import { z, zodErrorText } from '../registry/zod';
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

const presetSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens')),
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  link: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(40, 'a description is one paragraph')),
  sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'name at least one source')),
});
const presetsFileSchema = z.array(presetSchema).check(z.minLength(1));

/**
 * Validates a presets file. Throws DataFileError naming the file, the field and the reason:
 * a preset that fails here is a bug in the data, caught at build and in tests.
 */
export function parsePresets(
  json: unknown,
  sources: Readonly<Record<string, unknown>> = SOURCES,
  file = 'data/presets.json',
): Preset[] {
  const parsed = presetsFileSchema.safeParse(json);
  if (!parsed.success) throw new DataFileError(zodErrorText(parsed.error, file));
  const seen = new Set<string>();
  parsed.data.forEach((p, i) => {
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
  return parsed.data;
}

export const PRESETS: readonly Preset[] = parsePresets(presetsJson);

export const PRESET_BY_ID: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.id, p]));

/** The full scenario a preset stands for (every lever, defaults filled in). */
export function presetParams(preset: Preset): ParamValues {
  return parseScenario(preset.link).params;
}
