import { create } from 'zustand';
import type { Entry, ParsedScenario, Problem } from '../url/codec';

/**
 * What the page says about the link it was opened with: refused values, unknown keys kept,
 * migrations applied and whether the link's engine differs. A small store of its own so the
 * banner re-renders only when the report changes; it may be merged into the app store later.
 */
export interface LinkReport {
  problems: Problem[];
  unknown: Entry[];
  engineNote: string | null;
  migrations: string[];
}

export interface LinkState extends LinkReport {
  dismissed: boolean;
  /** Replaces the report; a report that differs from the shown one is shown again even if dismissed. */
  showParse: (parsed: Pick<ParsedScenario, keyof LinkReport>) => void;
  dismiss: () => void;
  clear: () => void;
}

const EMPTY: LinkReport = { problems: [], unknown: [], engineNote: null, migrations: [] };

function sameReport(a: LinkReport, b: LinkReport): boolean {
  return (
    JSON.stringify([a.problems, a.unknown, a.engineNote]) === JSON.stringify([b.problems, b.unknown, b.engineNote])
  );
}

export const useLinkStore = create<LinkState>()((set, get) => ({
  ...EMPTY,
  dismissed: false,
  showParse: (parsed) => {
    const next: LinkReport = {
      problems: parsed.problems,
      unknown: parsed.unknown,
      engineNote: parsed.engineNote,
      migrations: parsed.migrations,
    };
    set({ ...next, dismissed: get().dismissed && sameReport(get(), next) });
  },
  dismiss: () => set({ dismissed: true }),
  clear: () => set({ ...EMPTY, dismissed: false }),
}));

/** True when the banner has something to say and has not been dismissed. */
export function hasLinkReport(s: LinkReport): boolean {
  return s.problems.length > 0 || s.unknown.length > 0 || s.engineNote !== null;
}

/** Tests call this between cases. */
export function resetLinkStore(): void {
  useLinkStore.setState(useLinkStore.getInitialState(), true);
}
