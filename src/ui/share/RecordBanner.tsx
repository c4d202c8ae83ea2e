import { lazy, Suspense, useId } from 'react';
import { usePick } from '../../store/pick';
import { ENGINE_VERSION } from '../../engine/types';
import { EVENTS, EVENTS_AS_OF, LEVER_BY_ID, sameParams, type LeverId } from '../../registry';
import { monthLabel } from '../../registry/month';
import { CURRENT_RECORD, releaseCaveat } from '../../registry/records';
import { useAppStore } from '../../store';
import { useRecordStore } from '../../store/record';
import { updateToCurrentRecord } from '../../store/recordUpdate';
import { citedFigures, citeNote } from '../../url/cite';
import './share.css';

/** The last month the current record's figures reach (a release is named by the month it came out). */
const CURRENT_AS_OF = monthLabel(EVENTS_AS_OF);

/** A lever or an event, by its label where the current record has one. */
const nameOf = (id: string) => LEVER_BY_ID.get(id as LeverId)?.label ?? EVENTS.find((e) => e.id === id)?.label ?? id;

// the waterfall, its layout and the runner's analysis lane load when a record is updated
const WhatChanged = lazy(() => import('./WhatChanged'));

/**
 * The record a link was made on. An older release opens on its own defaults with the current
 * engine, said here with what the current engine could not take from it, and an offer to move
 * the scenario to the current record; after the move, "What changed" splits the change in
 * minimum cash between the two records, one input per changed default or event. A cited link
 * whose figures no longer come out says so, and why.
 */
export function RecordBanner() {
  const r = useRecordStore(
    usePick((s) => ({
      id: s.id,
      release: s.release,
      loading: s.loading,
      error: s.error,
      linkRecord: s.linkRecord,
      linkEngine: s.linkEngine,
      cite: s.cite,
      citeParams: s.citeParams,
      updated: s.updated,
      dismissed: s.dismissed,
    })),
  );
  const id = useId();
  // the citation is judged on the scenario it cites, as long as that is the one on screen; without
  // a citation the banner hears neither the levers nor the result (a lever step renders nothing here)
  const onScreen = useAppStore((s) => r.cite !== null && r.citeParams !== null && sameParams(r.citeParams, s.params));
  const summary = useAppStore((s) => (onScreen ? (s.result?.summary ?? null) : null));
  const citing = onScreen && summary !== null;
  const note =
    citing && summary
      ? citeNote(r.cite!, citedFigures(summary), {
          linkEngine: r.linkEngine,
          engine: ENGINE_VERSION,
          linkRecord: r.linkRecord,
          record: r.id,
        })
      : null;
  if (r.dismissed) return null;
  if (!r.release && !r.updated && !r.error && !r.loading && note === null) return null;
  const caveat = r.release && releaseCaveat(r.release, nameOf);
  const dismiss = () => useRecordStore.setState({ dismissed: true });
  return (
    <section className="share-banner record-banner" aria-labelledby={`${id}-title`} data-testid="record-banner">
      <div className="share-banner-head">
        <h2 id={`${id}-title`} className="share-banner-title">
          {r.updated ? `Updated to the current record (${CURRENT_RECORD})` : `Record ${r.linkRecord}`}
        </h2>
        <button
          type="button"
          className="share-button share-banner-dismiss"
          onClick={dismiss}
          aria-label="Dismiss the message about the record"
        >
          Dismiss
        </button>
      </div>
      {r.loading && <p className="share-banner-note">Loading the record {r.linkRecord} this link was made on…</p>}
      {r.error && (
        <p className="share-banner-note" role="alert">
          {r.error}
        </p>
      )}
      {r.release && (
        <>
          <p className="share-banner-note">
            This link was made on the record of {r.release.id} (engine v{r.release.engineVersion}). It opens on that
            record&rsquo;s defaults, run with the current engine v{ENGINE_VERSION}; the current record is{' '}
            {CURRENT_RECORD}, released with figures to {CURRENT_AS_OF}.
          </p>
          {caveat && <p className="share-banner-note record-caveat">{caveat}</p>}
          <button type="button" className="tool record-update" onClick={() => updateToCurrentRecord(useAppStore)}>
            Update to the current record
          </button>
        </>
      )}
      {note && (
        <p className="share-banner-note record-cite" data-testid="cite-note">
          {note}
        </p>
      )}
      {r.updated && (
        <Suspense fallback={<p className="share-banner-note">Splitting the change…</p>}>
          <WhatChanged />
        </Suspense>
      )}
    </section>
  );
}
