import type { Lever } from './build';
import type { LeverId } from './leverIds';
import { EVENT_STATUSES, isRecordEvent, onByDefault, type EventRow, type Generation } from './entities';
import { parseMonth } from './month';
import type { Source } from './dataSchemas';

const MONTH_MIN = parseMonth('2015-01')!;
const MONTH_MAX = parseMonth('2036-12')!;

/** Decimals that show a default exactly (at least `min`), so the link never rounds it away. */
function decimalsFor(value: number, min = 1): number {
  const text = String(value);
  const dot = text.indexOf('.');
  // Stryker disable next-line EqualityOperator: String(number) never starts with '.', so dot is never 0
  return Math.max(min, dot < 0 ? 0 : text.length - dot - 1);
}

type Base = Pick<Lever, 'sourceId' | 'source' | 'confidence' | 'note' | 'record'>;

function lever(
  base: Base,
  id: string,
  label: string,
  group: Lever['group'],
  rest: Pick<Lever, 'unit' | 'kind' | 'min' | 'max' | 'step' | 'decimals' | 'default'>,
): Lever {
  return { id: id as LeverId, key: id, label, group, ...rest, ...base };
}

function generationLevers(g: Generation, base: Base): Lever[] {
  return [
    lever(base, `${g.id}.h100e`, `${g.label}: compute per accelerator`, 'hardware', {
      unit: 'H100e',
      kind: 'number',
      min: 0.1,
      max: 20,
      step: 0.1,
      decimals: decimalsFor(g.h100e),
      default: g.h100e,
    }),
    lever(base, `${g.id}.watts`, `${g.label}: server watts per accelerator`, 'hardware', {
      unit: 'W',
      kind: 'number',
      min: 300,
      max: 6000,
      step: 10,
      decimals: 0,
      default: g.watts,
    }),
    lever(base, `${g.id}.priceUsd`, `${g.label}: price per accelerator`, 'hardware', {
      unit: '$',
      kind: 'number',
      min: 2000,
      max: 300000,
      step: 500,
      decimals: 0,
      default: g.priceUsd,
    }),
    lever(base, `${g.id}.firstMonth`, `${g.label}: first month in volume`, 'hardware', {
      unit: 'month',
      kind: 'month',
      min: MONTH_MIN,
      max: MONTH_MAX,
      step: 1,
      decimals: 0,
      default: g.firstMonth,
    }),
  ];
}

function eventLevers(e: EventRow, base: Base): Lever[] {
  const out: Lever[] = [
    lever(base, `${e.id}.on`, `${e.label}: counted`, 'events', {
      unit: 'on/off',
      kind: 'toggle',
      min: 0,
      max: 1,
      step: 1,
      decimals: 0,
      default: onByDefault(e.status, e.defaultOn) ? 1 : 0,
    }),
    lever(
      base,
      `${e.id}.month`,
      `${e.label}: ${e.kind === 'funding' ? 'month the cash lands' : 'first month'}`,
      'events',
      { unit: 'month', kind: 'month', min: MONTH_MIN, max: MONTH_MAX, step: 1, decimals: 0, default: e.month },
    ),
    lever(base, `${e.id}.status`, `${e.label}: status`, 'events', {
      unit: EVENT_STATUSES.join('/'),
      kind: 'number',
      min: 0,
      max: EVENT_STATUSES.length - 1,
      step: 1,
      decimals: 0,
      default: e.statusCode,
    }),
  ];
  if (e.kind === 'funding' || e.form === 'contracted') {
    out.push(
      lever(base, `${e.id}.usdB`, `${e.label}: ${e.kind === 'funding' ? 'cash to OpenAI' : 'signed total'}`, 'events', {
        unit: '$B',
        kind: 'number',
        min: 0,
        max: Math.max(500, 4 * e.usdB),
        step: 0.5,
        decimals: decimalsFor(e.usdB),
        default: e.usdB,
      }),
    );
  }
  if (e.gw !== undefined) {
    out.push(
      lever(base, `${e.id}.gw`, `${e.label}: power`, 'events', {
        unit: e.gwBasis === 'facility' ? 'GW (facility)' : 'GW (IT)',
        kind: 'number',
        min: 0,
        max: Math.max(20, 3 * e.gw),
        step: 0.1,
        decimals: decimalsFor(e.gw),
        default: e.gw,
      }),
    );
  }
  if (e.probability !== undefined) {
    out.push(
      lever(base, `${e.id}.probability`, `${e.label}: probability it happens`, 'events', {
        unit: 'share',
        kind: 'number',
        min: 0,
        max: 1,
        step: 0.05,
        decimals: 2,
        default: e.probability,
      }),
    );
  }
  // A funding row's month matters only while its amount is above $0.
  if (e.kind === 'funding') out.find((l) => l.id === `${e.id}.month`)!.requires = [`${e.id}.usdB` as LeverId];
  return out;
}

/** Rows a person can add to the events table: off until added, a funding round or a $-only take-or-pay contract. */
export const ADDED_EVENT_SLOTS = ['added-1', 'added-2', 'added-3', 'added-4'] as const;

/** Each added row's lever ids, spelled once (the engine reads them in every run). */
export const ADDED_EVENT_KEYS = ADDED_EVENT_SLOTS.map(
  (id) =>
    ({
      id,
      on: `${id}.on`,
      kind: `${id}.kind`,
      month: `${id}.month`,
      usdB: `${id}.usdB`,
      termMonths: `${id}.termMonths`,
    }) as const,
);

function addedEventLevers(id: string, base: Base): Lever[] {
  const label = `Added row ${id.slice(-1)}`;
  const start = parseMonth('2027-01')!;
  return [
    lever(base, `${id}.on`, `${label}: counted`, 'events', {
      unit: 'on/off',
      kind: 'toggle',
      min: 0,
      max: 1,
      step: 1,
      decimals: 0,
      default: 0,
    }),
    lever(base, `${id}.kind`, `${label}: funding (0) or contract (1)`, 'events', {
      unit: 'funding/contract',
      kind: 'toggle',
      min: 0,
      max: 1,
      step: 1,
      decimals: 0,
      default: 0,
    }),
    lever(base, `${id}.month`, `${label}: month`, 'events', {
      unit: 'month',
      kind: 'month',
      min: MONTH_MIN,
      max: MONTH_MAX,
      step: 1,
      decimals: 0,
      default: start,
    }),
    lever(base, `${id}.usdB`, `${label}: amount`, 'events', {
      unit: '$B',
      kind: 'number',
      min: 0,
      max: 1000,
      step: 0.5,
      decimals: 1,
      default: 10,
    }),
    lever(base, `${id}.termMonths`, `${label}: contract term`, 'events', {
      unit: 'months',
      kind: 'number',
      min: 1,
      max: 180,
      step: 1,
      decimals: 0,
      default: 60,
    }),
    lever(base, `${id}.status`, `${label}: status`, 'events', {
      unit: EVENT_STATUSES.join('/'),
      kind: 'number',
      min: 0,
      max: EVENT_STATUSES.length - 1,
      step: 1,
      decimals: 0,
      default: EVENT_STATUSES.indexOf('hypothetical'),
    }),
  ];
}

/** The levers behind the editable fields of the generations and the events. */
export function entityLevers(
  generations: readonly Generation[],
  events: readonly EventRow[],
  sources: Record<string, Source>,
  asOf: number,
): Lever[] {
  const base = (sourceId: string, confidence: Lever['confidence'], note?: string, record = false): Base => ({
    sourceId,
    source: sources[sourceId],
    confidence,
    note,
    record,
  });
  return [
    ...generations.flatMap((g) => generationLevers(g, base(g.source, g.confidence, g.note))),
    ...events
      .filter((e) => !e.modelledBy)
      .flatMap((e) => eventLevers(e, base(e.source, e.confidence, e.note, isRecordEvent(e, asOf)))),
    ...ADDED_EVENT_SLOTS.flatMap((id) =>
      addedEventLevers(id, base('assumption', 'low', 'A row added in the events table: a scenario, not the record.')),
    ),
  ];
}
