import { useEffect, useId, useRef, useState } from 'react';
import { usePick } from '../../store/pick';
import { GROUPS, KEY_LEVERS, leversInGroup, type GroupId, type Lever } from '../../registry';
import { useAppStore } from '../../store';
import { commitHistory } from '../../store/urlSync';
import { onLeverGroupRequest } from '../events/leverGroupRequest';
import { LeverRow } from './LeverRow';

const LEVERS_BY_GROUP = new Map(GROUPS.map((g) => [g.id, leversInGroup(g.id)]));
/** The groups under "All assumptions": every group but the events (the events table owns those). */
const ASSUMPTION_GROUPS = GROUPS.filter((g) => g.id !== 'events');
type PanelGroup = GroupId | 'key';
const OPEN_AT_START: PanelGroup[] = ['key'];
const ASSUMPTION_LEVERS = ASSUMPTION_GROUPS.flatMap((g) => LEVERS_BY_GROUP.get(g.id)!);

/** How many levers of a group differ from their defaults; only that number re-renders. */
function useChangedCount(levers: readonly Lever[]): number {
  return useAppStore((s) => levers.reduce((n, l) => n + (s.params[l.id] !== l.default ? 1 : 0), 0));
}

function Group({
  id,
  label,
  note,
  levers,
  open,
  onToggle,
}: {
  id: PanelGroup;
  label: string;
  note?: string;
  levers: readonly Lever[];
  open: boolean;
  onToggle: () => void;
}) {
  const changed = useChangedCount(levers);
  const bodyId = useId();
  return (
    <section className="lever-group" data-group={id}>
      <h3 className="lever-group-head">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={onToggle} className="group-toggle">
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {label}
          <span className="group-count">{changed > 0 ? `${changed} changed` : `${levers.length}`}</span>
        </button>
      </h3>
      {open && (
        <div id={bodyId} className="lever-group-body">
          {note && <p className="note group-note">{note}</p>}
          {levers.map((l) => (
            <LeverRow key={l.id} lever={l} />
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * Every lever from the registry, grouped. A column on wide screens; a bottom sheet on phones
 * (the handle opens and closes it).
 */
export function LeverPanel() {
  const [open, setOpen] = useState<Set<PanelGroup>>(() => new Set(OPEN_AT_START));
  const [assumptionsOpen, setAssumptionsOpen] = useState(false);
  const assumptionsChanged = useChangedCount(ASSUMPTION_LEVERS);
  const [sheetOpen, setSheetOpen] = useState(false);
  const { resetAll, anyChanged } = useAppStore(
    usePick((s) => ({
      resetAll: s.resetAll,
      anyChanged: GROUPS.some((g) => LEVERS_BY_GROUP.get(g.id)!.some((l) => s.params[l.id] !== l.default)),
    })),
  );
  const groupsRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<HTMLButtonElement>(null);
  // A row of the events table that these levers model asks for its group: open it and focus it.
  useEffect(
    () =>
      onLeverGroupRequest((group) => {
        setAssumptionsOpen(true);
        setOpen((prev) => new Set(prev).add(group));
        setSheetOpen(true);
        requestAnimationFrame(() => {
          const button = groupsRef.current?.querySelector<HTMLButtonElement>(`[data-group="${group}"] .group-toggle`);
          button?.scrollIntoView({ block: 'center' });
          button?.focus();
        });
      }),
    [],
  );
  const toggle = (id: PanelGroup) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <aside
      className="lever-panel"
      data-sheet-open={sheetOpen}
      aria-label="Levers"
      onKeyDown={(e) => {
        // Escape closes the phone's sheet and gives focus back to its handle; not when a field
        // used it to drop what was typed, and not on a wide screen, where there is no sheet
        if (e.key !== 'Escape' || !sheetOpen || e.defaultPrevented) return;
        const handle = handleRef.current;
        if (!handle || getComputedStyle(handle).display === 'none') return;
        setSheetOpen(false);
        handle.focus();
      }}
    >
      <button
        ref={handleRef}
        type="button"
        className="sheet-handle"
        aria-expanded={sheetOpen}
        onClick={() => setSheetOpen((o) => !o)}
      >
        {sheetOpen ? 'Hide levers ▾' : 'Levers ▴'}
      </button>
      <div className="lever-panel-head">
        <h2 className="panel-title">Levers</h2>
        <button
          type="button"
          className="tool"
          disabled={!anyChanged}
          onClick={() => {
            resetAll();
            commitHistory();
          }}
        >
          Reset all
        </button>
      </div>
      <div className="lever-groups" ref={groupsRef}>
        <Group id="key" label="Key levers" levers={KEY_LEVERS} open={open.has('key')} onToggle={() => toggle('key')} />
        <section className="assumptions" data-group="assumptions">
          <h3 className="lever-group-head assumptions-head">
            <button
              type="button"
              aria-expanded={assumptionsOpen}
              aria-controls="all-assumptions"
              className="group-toggle"
              onClick={() => setAssumptionsOpen((o) => !o)}
            >
              <span className="chevron" aria-hidden="true">
                {assumptionsOpen ? '▾' : '▸'}
              </span>
              All assumptions
              <span className="group-count">
                {assumptionsChanged > 0 ? `${assumptionsChanged} changed` : `${ASSUMPTION_LEVERS.length}`}
              </span>
            </button>
          </h3>
          {assumptionsOpen && (
            <div id="all-assumptions" className="assumption-groups">
              {ASSUMPTION_GROUPS.map((g) => (
                <Group
                  key={g.id}
                  id={g.id}
                  label={g.label}
                  note={'note' in g ? g.note : undefined}
                  levers={LEVERS_BY_GROUP.get(g.id)!}
                  open={open.has(g.id)}
                  onToggle={() => toggle(g.id)}
                />
              ))}
            </div>
          )}
        </section>
      </div>
    </aside>
  );
}
