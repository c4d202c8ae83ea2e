import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent } from 'react';
import { usePick } from '../../store/pick';
import { EVENTS_AS_OF, type LeverId, type Params } from '../../registry';
import { monthLabel } from '../../registry/month';
import { useAppStore } from '../../store';
import { commitHistory } from '../../store/urlSync';
import {
  freeSlot,
  isEdited,
  slotLeverIds,
  TABLE_LEVER_IDS,
  tableRows,
  type SortDirection,
  type TableRow,
} from './eventRows';
import { EventTableRow, type RowActions } from './EventTableRow';
import './events.css';

/** The table's levers as last picked, and the params object they were picked from. */
let tableParams: Params | null = null;
let tableSource: Params | null = null;

/**
 * Only the levers the table shows: a slider moved elsewhere does not re-render it. The check is
 * a loop over the table's ids; zustand's `shallow` would build two Maps of every field per
 * store change, which was the largest script cost of a slider step.
 */
function pickTableParams(params: Params): Params {
  const prev = tableParams;
  // a new result (the same params object) costs one comparison
  if (prev && params === tableSource) return prev;
  tableSource = params;
  if (prev && TABLE_LEVER_IDS.every((id) => prev[id] === params[id])) return prev;
  const picked: Partial<Record<LeverId, number>> = {};
  for (const id of TABLE_LEVER_IDS) picked[id] = params[id];
  // Only the table's levers: every read here is one of them.
  tableParams = picked as Params;
  return tableParams;
}

function useTableParams(): Params {
  return useAppStore((s) => pickTableParams(s.params));
}

/**
 * While focus is in the table the rows keep their places, so a row whose month changes does
 * not jump away from the person editing it; they re-sort when focus leaves.
 */
function orderRows(rows: TableRow[], frozen: readonly string[] | null): TableRow[] {
  if (!frozen) return rows;
  const at = new Map(frozen.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
}

/**
 * "Funding and contracts": the record's rounds and compute contracts as a table, each field a
 * lever in the store (so the link, undo and the charts follow), sortable by month, with rows a
 * person can add.
 */
export function EventsPanel() {
  const params = useTableParams();
  const { setParam, setParams, resetParam } = useAppStore(
    usePick((s) => ({ setParam: s.setParam, setParams: s.setParams, resetParam: s.resetParam })),
  );
  const [direction, setDirection] = useState<SortDirection>('ascending');
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const focusMonthOf = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const titleId = useId();

  const sorted = useMemo(() => tableRows(params, direction), [params, direction]);
  const rows = orderRows(sorted, frozen);
  const edited = useMemo(() => new Set(sorted.filter((r) => isEdited(r, params)).map((r) => r.id)), [sorted, params]);
  const slot = freeSlot(params);
  const addedCount = sorted.filter((r) => r.added).length;

  const actions: RowActions = useMemo(
    () => ({
      // setParams keeps a typed value's every digit (setParam would snap it to the slider's decimals)
      // and makes a status change and its on/off one step.
      set: (updates, done) => {
        setParams({ ...useAppStore.getState().params, ...Object.fromEntries(updates) });
        if (done) commitHistory();
      },
      reset: (row) => {
        for (const id of row.leverIds) resetParam(id);
        commitHistory();
      },
      remove: (row) => {
        for (const id of slotLeverIds(row.id)) resetParam(id);
        commitHistory();
        addRef.current?.focus();
      },
    }),
    [setParams, resetParam],
  );

  const add = useCallback(() => {
    if (!slot) return;
    setParam(`${slot}.on`, 1);
    commitHistory();
    focusMonthOf.current = slot;
  }, [slot, setParam]);

  useEffect(() => {
    const id = focusMonthOf.current;
    if (!id) return;
    focusMonthOf.current = null;
    tbodyRef.current?.querySelector<HTMLInputElement>(`tr[data-event="${id}"] [data-field="month"]`)?.focus();
  });

  const onFocusIn = () => setFrozen((f) => f ?? sorted.map((r) => r.id));
  const onFocusOut = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFrozen(null);
  };

  return (
    <section className="events-panel" aria-labelledby={titleId}>
      <div className="events-head">
        <div>
          <h2 id={titleId} className="events-title">
            Funding and contracts
          </h2>
          <p className="events-subtitle">
            The record as of {monthLabel(EVENTS_AS_OF)}, one row per round or contract. Move, resize, switch off or add
            a row; the charts and the link follow.{' '}
            {edited.size > 0 && (
              <strong>
                {edited.size} {edited.size === 1 ? 'row' : 'rows'} edited.
              </strong>
            )}
          </p>
        </div>
        <div className="events-tools">
          <button
            ref={addRef}
            type="button"
            className="tool"
            onClick={add}
            disabled={!slot}
            aria-describedby={slot ? undefined : `${titleId}-full`}
          >
            Add a row
          </button>
          {!slot && (
            <span id={`${titleId}-full`} className="events-sub">
              {addedCount} rows added: the most this page keeps
            </span>
          )}
        </div>
      </div>
      <div className="events-scroll">
        <table className="events-table">
          <caption className="sr-only">
            Funding rounds and compute contracts, {direction === 'ascending' ? 'earliest' : 'latest'} first
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={direction}>
                <button
                  type="button"
                  className="events-sort"
                  onClick={() => {
                    setFrozen(null);
                    setDirection((d) => (d === 'ascending' ? 'descending' : 'ascending'));
                  }}
                >
                  Month <span aria-hidden="true">{direction === 'ascending' ? '▲' : '▼'}</span>
                </button>
              </th>
              <th scope="col">Counterparty</th>
              <th scope="col" className="events-kind-col">
                Kind
              </th>
              <th scope="col" className="events-num">
                Amount
              </th>
              <th scope="col" className="events-status-col">
                Status
              </th>
              <th scope="col">Counted</th>
              <th scope="col">
                <span className="sr-only">Source</span>
              </th>
              <th scope="col">
                <span className="sr-only">Changes</span>
              </th>
            </tr>
          </thead>
          <tbody ref={tbodyRef} onFocus={onFocusIn} onBlur={onFocusOut}>
            {rows.map((row) => (
              <EventTableRow key={row.id} row={row} params={params} edited={edited.has(row.id)} actions={actions} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
