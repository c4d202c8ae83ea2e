import { useQuery } from '@tanstack/react-query';
import type { Reported } from '../charts/reported';

/** Beside the app wherever it is deployed (Vite's base), not at the site root. */
export const REPORTED_URL = `${import.meta.env.BASE_URL}data/reported.json`;

async function fetchReported(): Promise<Reported> {
  const res = await fetch(REPORTED_URL);
  if (!res.ok) throw new Error(`data/reported.json could not be loaded (HTTP ${res.status})`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error('data/reported.json is not valid JSON');
  }
  // The validator loads with the file, not with the page: the first load carries no parser.
  const { parseReported } = await import('../charts/reported');
  return parseReported(json);
}

/**
 * Reported figures for the chart overlays; charts draw without them while loading or on error.
 * No retry: the file is same-origin and static, so a failure is not going to heal in a second.
 */
export function useReported() {
  return useQuery({ queryKey: ['reported'], queryFn: fetchReported, staleTime: Infinity, retry: false });
}

/** Reported figures for slide and handout charts: the same query; null while loading or on error (charts draw without them). */
export function useReportedFigures(): Reported | null {
  return useReported().data ?? null;
}
