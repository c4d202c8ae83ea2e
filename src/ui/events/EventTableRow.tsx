import { EVENT_STATUSES, type EventStatus, type Params } from '../../registry';
import { formatMonth } from '../../registry/month';
import { fmtUsdB } from '../../format';
import { kindText, MODELLED_BY, statusUpdates, type TableRow } from './eventRows';
import { MonthField, NumberField } from './fields';
import { requestLeverGroup } from './leverGroupRequest';
import { SourcePopover } from './SourcePopover';

export interface RowActions {
  /** Sets levers; `done` ends the change (one history entry). */
  set: (updates: [string, number][], done: boolean) => void;
  reset: (row: TableRow) => void;
  remove: (row: TableRow) => void;
}

interface Props {
  row: TableRow;
  params: Params;
  edited: boolean;
  actions: RowActions;
}

function gwText(gw: number | undefined): string {
  return gw === undefined ? '' : `${Number(gw.toFixed(2))} GW`;
}

/** A row whose numbers come from other levers: read-only, with a way to those levers. */
function ModelledRow({ row }: { row: TableRow }) {
  const { state } = row;
  const by = MODELLED_BY[row.record!.modelledBy!];
  const amount =
    row.record!.form === 'owned'
      ? gwText(state.gw)
      : [state.usdB > 0 ? fmtUsdB(state.usdB) : '', gwText(state.gw)].filter(Boolean).join(' · ');
  return (
    <tr data-event={row.id} className="events-row events-modelled">
      <td className="events-month-text">
        <time dateTime={formatMonth(state.month)}>{formatMonth(state.month)}</time>
      </td>
      <th scope="row" className="events-who">
        <span className="events-counterparty">{state.counterparty}</span>
        <span className="events-sub events-kind-inline">{kindText(row)}</span>
        <span className="events-sub">
          {by.text}{' '}
          <button
            type="button"
            className="events-link-button"
            onClick={() => requestLeverGroup(by.group)}
            aria-label={`open levers that model ${row.name}`}
          >
            open levers
          </button>
        </span>
      </th>
      <td className="events-kind events-kind-col">{kindText(row)}</td>
      <td className="events-num">{amount || '—'}</td>
      <td className="events-status-col">{state.status}</td>
      <td>{state.on ? 'yes' : 'no'}</td>
      <td>
        <SourcePopover row={row} />
      </td>
      <td />
    </tr>
  );
}

function ConditionalNote({ row, params, actions }: Omit<Props, 'edited'>) {
  const { state, levers } = row;
  if (state.status !== 'conditional') return null;
  if (state.on) return <span className="events-sub">counted here; the Monte Carlo keeps it</span>;
  if (!levers.probability)
    return <span className="events-sub">off here; no probability on record, so the Monte Carlo leaves it out</span>;
  return (
    <span className="events-sub events-probability">
      off here; the Monte Carlo draws it with probability{' '}
      <NumberField
        lever={levers.probability}
        value={params[levers.probability.id]}
        unit="%"
        scale={100}
        onValue={(v, done) => actions.set([[levers.probability!.id, v]], done)}
      />
    </span>
  );
}

/** One funding round or contract: every field a lever, edited in place. */
export function EventTableRow({ row, params, edited, actions }: Props) {
  if (row.record?.modelledBy) return <ModelledRow row={row} />;
  const { state, levers } = row;
  const setOne = (id: string) => (v: number, done: boolean) => actions.set([[id, v]], done);
  const contract = row.added ? params[levers.kind!.id] >= 0.5 : state.kind === 'contract';
  return (
    <tr data-event={row.id} className={edited || row.added ? 'events-row events-edited' : 'events-row'}>
      <td>
        <MonthField lever={levers.month!} value={params[levers.month!.id]} onValue={setOne(levers.month!.id)} />
      </td>
      <th scope="row" className="events-who">
        <span className="events-counterparty">{state.counterparty}</span>
        {row.record && <span className="events-sub">{row.record.label}</span>}
        {row.record && <span className="events-sub events-kind-inline">{kindText(row)}</span>}
        {row.added && (
          <span className="events-added-kind">
            <select
              className="events-input"
              autoComplete="off"
              aria-label={levers.kind!.label}
              value={contract ? 1 : 0}
              data-field="kind"
              onChange={(e) => actions.set([[levers.kind!.id, Number(e.target.value)]], true)}
            >
              <option value={0}>funding</option>
              <option value={1}>contract</option>
            </select>
            {contract && (
              <NumberField
                lever={levers.termMonths!}
                value={params[levers.termMonths!.id]}
                unit="mo"
                label={levers.termMonths!.label}
                onValue={setOne(levers.termMonths!.id)}
              />
            )}
          </span>
        )}
      </th>
      <td className="events-kind events-kind-col">
        {row.added ? (contract ? `contract · ${params[levers.termMonths!.id]} mo` : 'funding') : kindText(row)}
      </td>
      <td className="events-num">
        <span className="events-stack">
          {levers.usdB && (
            <NumberField
              lever={levers.usdB}
              value={params[levers.usdB.id]}
              unit="$B"
              onValue={setOne(levers.usdB.id)}
            />
          )}
          {levers.gw && (
            <NumberField lever={levers.gw} value={params[levers.gw.id]} unit="GW" onValue={setOne(levers.gw.id)} />
          )}
        </span>
      </td>
      <td className="events-status-col">
        <span className="events-stack">
          <select
            className="events-input"
            autoComplete="off"
            aria-label={levers.status!.label}
            value={state.status}
            data-field="status"
            onChange={(e) => actions.set(statusUpdates(row, e.target.value as EventStatus), true)}
          >
            {EVENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <ConditionalNote row={row} params={params} actions={actions} />
        </span>
      </td>
      <td>
        {row.added ? (
          <span className="events-sub">while added</span>
        ) : (
          <input
            type="checkbox"
            className="events-check"
            autoComplete="off"
            checked={state.on}
            aria-label={levers.on!.label}
            data-field="on"
            onChange={(e) => actions.set([[levers.on!.id, e.target.checked ? 1 : 0]], true)}
          />
        )}
      </td>
      <td>
        <SourcePopover row={row} />
      </td>
      <td className="events-changes">
        {row.added ? (
          <button
            type="button"
            className="tool events-small"
            onClick={() => actions.remove(row)}
            aria-label={`Remove ${row.name}`}
          >
            Remove
          </button>
        ) : edited ? (
          <span className="events-stack events-edited-mark">
            <span className="events-tag">edited</span>
            <button
              type="button"
              className="icon-button"
              onClick={() => actions.reset(row)}
              aria-label={`Reset ${row.name} to the record`}
              title="Reset to the record"
            >
              ↺
            </button>
          </span>
        ) : null}
      </td>
    </tr>
  );
}
