import { useQuery } from '@tanstack/react-query';

/**
 * The prose of a lever, an event or a generation (its `note`, an event's `condition`). The build
 * leaves it out of the page's first load (vite.config.ts `leanData`): it is read from the data
 * file itself, beside the app, the first time a popover asks. In development and tests the
 * registry still carries it, and that is used as is.
 */
export type NoteFile = 'levers' | 'events' | 'generations';

interface Prose {
  note?: string;
  condition?: string;
}

async function fetchProse(file: NoteFile): Promise<Map<string, Prose>> {
  const res = await fetch(`${import.meta.env.BASE_URL}data/${file}.json`);
  if (!res.ok) throw new Error(`data/${file}.json could not be loaded (HTTP ${res.status})`);
  const json = (await res.json()) as unknown;
  const rows = Array.isArray(json) ? json : ((json as Record<string, unknown>)[file] as unknown[]);
  const out = new Map<string, Prose>();
  for (const row of rows as Array<{ id: string } & Prose>) out.set(row.id, { note: row.note, condition: row.condition });
  return out;
}

/** True in a build whose data imports had their prose taken out (set by vite.config.ts). */
declare const __LEAN_DATA__: boolean | undefined;
const LEAN_DATA = typeof __LEAN_DATA__ !== 'undefined' && __LEAN_DATA__;

type ProseHook = (file: NoteFile, id: string, given: Prose) => Prose & { error: string | null };

/** The file's prose for `id` (undefined while loading or when there is none). */
const useFetchedProse: ProseHook = (file, id, given) => {
  const needed = given.note === undefined && given.condition === undefined;
  const q = useQuery({ queryKey: ['prose', file], queryFn: () => fetchProse(file), enabled: needed, staleTime: Infinity, retry: false });
  if (!needed) return { ...given, error: null };
  return { ...(q.data?.get(id) ?? {}), error: q.error ? (q.error as Error).message : null };
};

/** The registry's own prose (development and tests, where nothing was taken out). */
const useGivenProse: ProseHook = (_file, _id, given) => ({ ...given, error: null });

/** A lever's, an event's or a generation's prose; which hook is fixed when the build is made. */
export const useProse: ProseHook = LEAN_DATA ? useFetchedProse : useGivenProse;
