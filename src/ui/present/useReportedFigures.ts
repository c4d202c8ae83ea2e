import { useEffect, useState } from 'react';
import { parseReported, type Reported } from '../../charts/reported';

let pending: Promise<Reported | null> | null = null;

/** Reported figures for slide and handout charts; null while loading or when the file is missing (charts draw without them). */
export function loadReported(): Promise<Reported | null> {
  pending ??= fetch('/data/reported.json')
    .then((r) => (r.ok ? r.json() : null))
    .then((json) => (json === null ? null : parseReported(json)))
    .catch(() => null);
  return pending;
}

export function useReportedFigures(): Reported | null {
  const [reported, setReported] = useState<Reported | null>(null);
  useEffect(() => {
    if (typeof fetch !== 'function') return;
    let live = true;
    void loadReported().then((r) => { if (live) setReported(r); });
    return () => { live = false; };
  }, []);
  return reported;
}
