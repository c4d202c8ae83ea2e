import { DataFileError } from './build';
import { buildRelease, currentRelease, CURRENT_RECORD, RECORD_IDS, type Release } from './releases';

/**
 * Each past release's file, loaded only when a link or the CLI asks for it (a chunk of its own
 * in the page's build: the first load carries no release).
 */
const FILES: Readonly<Record<string, () => Promise<unknown>>> = {
  '2026-11': () => import('../../data/releases/2026-11.json').then((m) => m.default),
};

const cache = new Map<string, Promise<Release>>();

/** Why a release id cannot be used, in one sentence naming the ones that can; null when it can. */
export function unknownRecordReason(id: string): string | null {
  if ((RECORD_IDS as readonly string[]).includes(id)) return null;
  return `no record release "${id}"; the releases are ${RECORD_IDS.join(', ')}`;
}

/**
 * A release by id: the current one from data/, a past one from data/releases/<id>.json.
 * Rejects with a DataFileError that names the id or the file and what is wrong with it.
 */
export function loadRelease(id: string): Promise<Release> {
  if (id === CURRENT_RECORD) return Promise.resolve(currentRelease());
  const cached = cache.get(id);
  if (cached) return cached;
  const reason = unknownRecordReason(id);
  const file = FILES[id];
  const loading =
    reason !== null || !file
      ? Promise.reject(new DataFileError(reason ?? `data/releases/${id}.json: not bundled with this build`))
      : file().then(
          (json) => buildRelease(json, id),
          (e: unknown) => {
            throw new DataFileError(`data/releases/${id}.json could not be read: ${(e as Error).message}`);
          },
        );
  cache.set(id, loading);
  loading.catch(() => cache.delete(id));
  return loading;
}
