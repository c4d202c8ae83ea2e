import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { GROUPS, leversInGroup, type GroupId } from '../../registry';
import { useAppStore } from '../../store';
import { commitHistory } from '../../store/urlSync';
import { LeverRow } from './LeverRow';

const LEVERS_BY_GROUP = new Map(GROUPS.map((g) => [g.id, leversInGroup(g.id)]));
const OPEN_AT_START: GroupId[] = ['demand', 'physics'];

/** How many levers of a group differ from their defaults; only that number re-renders. */
function useChangedCount(group: GroupId): number {
  return useAppStore((s) => LEVERS_BY_GROUP.get(group)!.reduce((n, l) => n + (s.params[l.id] !== l.default ? 1 : 0), 0));
}

function Group({ id, label, open, onToggle }: { id: GroupId; label: string; open: boolean; onToggle: () => void }) {
  const changed = useChangedCount(id);
  const bodyId = useId();
  const levers = LEVERS_BY_GROUP.get(id)!;
  return (
    <section className="lever-group" data-group={id}>
      <h3 className="lever-group-head">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={onToggle} className="group-toggle">
          <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {label}
          <span className="group-count">{changed > 0 ? `${changed} changed` : `${levers.length}`}</span>
        </button>
      </h3>
      {open && (
        <div id={bodyId} className="lever-group-body">
          {levers.map((l) => <LeverRow key={l.id} lever={l} />)}
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
  const [open, setOpen] = useState<Set<GroupId>>(() => new Set(OPEN_AT_START));
  const [sheetOpen, setSheetOpen] = useState(false);
  const { resetAll, anyChanged } = useAppStore(useShallow((s) => ({
    resetAll: s.resetAll,
    anyChanged: GROUPS.some((g) => LEVERS_BY_GROUP.get(g.id)!.some((l) => s.params[l.id] !== l.default)),
  })));
  const toggle = (id: GroupId) => setOpen((prev) => {
    const next = new Set(prev);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  });
  return (
    <aside className="lever-panel" data-sheet-open={sheetOpen} aria-label="Levers">
      <button type="button" className="sheet-handle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
        {sheetOpen ? 'Hide levers ▾' : 'Levers ▴'}
      </button>
      <div className="lever-panel-head">
        <h2 className="panel-title">Levers</h2>
        <button type="button" className="tool" disabled={!anyChanged} onClick={() => { resetAll(); commitHistory(); }}>Reset all</button>
      </div>
      <div className="lever-groups">
        {GROUPS.map((g) => <Group key={g.id} id={g.id} label={g.label} open={open.has(g.id)} onToggle={() => toggle(g.id)} />)}
      </div>
    </aside>
  );
}
