import { describe, expect, it } from 'vitest';
import leversJson from '../../../data/levers.json';
import sourcesJson from '../../../data/sources.json';
import eventsJson from '../../../data/events.json';
import generationsJson from '../../../data/generations.json';
import presetsJson from '../../../data/presets.json';
import { buildLevers, DataFileError } from '../../../src/registry/build';
import { buildEvents, buildGenerations, isRecordEvent, onByDefault } from '../../../src/registry/entities';
import { entityLevers } from '../../../src/registry/entityLevers';
import { checkDataFiles, checkLeversFile, checkSourcesFile, DATA_FILES } from '../../../src/registry/dataSchemas';
import {
  defaultParams,
  isLeverId,
  LEVERS,
  LEVER_BY_ID,
  leversInGroup,
  pairProblem,
  parseLeverValueIn,
  sameParams,
} from '../../../src/registry';
import { inactiveReason, valueWords } from '../../../src/registry/requires';
import { formatMonth, monthLabel, parseMonth, START_MONTH } from '../../../src/registry/month';

const CONTRACT_IDS = [
  'activeParamsB',
  'tokensPerQuery',
  'peakTflops',
  'mfu',
  'serverWattsPerAccel',
  'powerFraction',
  'pue',
  'electricityUsdPerKwh',
  'accelCapexUsd',
  'lifeYears',
  'loadFactor',
  'azureUsdPerGpuHour',
  'msRevenueShare',
  'stargateCapexUsdB',
  'chipArrival',
  'chipSlipMonths',
  'chipPerfPerWattGain',
  'horizonMonths',
];

describe('lever registry', () => {
  it('declares every lever id of the public contract', () => {
    for (const id of CONTRACT_IDS) expect(LEVER_BY_ID.has(id), id).toBe(true);
    expect(LEVER_BY_ID.get('chipArrival')!.kind).toBe('month');
  });
  it('gives every lever a source with a date, and marks assumptions low confidence', () => {
    for (const l of LEVERS) {
      expect(l.source.date).toMatch(/^\d{4}-\d{2}$/);
      if (l.sourceId === 'assumption' || l.sourceId === 'calibration') expect(l.confidence, l.id).toBe('low');
    }
  });
  it('round-trips months', () => {
    expect(formatMonth(parseMonth('2027-06')!)).toBe('2027-06');
    expect(parseMonth('2027-13')).toBeNull();
  });
  it('a month is year × 12 + month − 1, read trimmed, written YYYY-MM and "Mon YYYY"', () => {
    expect(parseMonth('2025-01')).toBe(24300);
    expect(START_MONTH).toBe(24300);
    expect(parseMonth(' 2027-06 ')).toBe(24329);
    expect(parseMonth('2025-12')).toBe(24311);
    for (const bad of ['2027-00', '2027-1', '12027-01', '2027-01x', 'x2027-01', '']) expect(parseMonth(bad)).toBeNull();
    expect(formatMonth(24311)).toBe('2025-12');
    expect(formatMonth(24300)).toBe('2025-01');
    expect(monthLabel(24300)).toBe('Jan 2025');
    expect(monthLabel(24311)).toBe('Dec 2025');
    expect(monthLabel(24329)).toBe('Jun 2027');
  });
});

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}

describe('a bad data file fails with the file, the field and the reason', () => {
  it('is a DataFileError by name too (what the CLI and the page print before the message)', () => {
    const e = new DataFileError('data/levers.json: x');
    expect([e.name, e.message, e instanceof Error]).toEqual(['DataFileError', 'data/levers.json: x', true]);
  });
  it('names a wrong type', () => {
    const bad = clone(leversJson) as Record<string, unknown>[];
    bad[2].min = 'lots';
    expect(() => checkLeversFile(bad)).toThrow(DataFileError);
    expect(() => checkLeversFile(bad)).toThrow(/data\/levers\.json: \[2\]\.min/);
  });
  it('names a default outside its range', () => {
    const bad = clone(leversJson) as Record<string, unknown>[];
    bad[0].default = 999;
    expect(() => buildLevers(checkLeversFile(bad), checkSourcesFile(sourcesJson))).toThrow(
      'data/levers.json: queriesPerDayB.default: outside min..max',
    );
  });
  it('names a missing source', () => {
    const bad = clone(leversJson) as Record<string, unknown>[];
    bad[0].source = 'nowhere';
    expect(() => buildLevers(checkLeversFile(bad), checkSourcesFile(sourcesJson))).toThrow(
      /queriesPerDayB\.source: no source "nowhere"/,
    );
  });
  it('names a bad source url', () => {
    const bad = clone(sourcesJson) as Record<string, Record<string, string>>;
    bad.article.date = 'late 2024';
    expect(() => checkSourcesFile(bad)).toThrow(/data\/sources\.json: article\.date/);
  });
  it('takes a lever without a kind as a number lever', () => {
    const entries = checkLeversFile(leversJson).filter((e) => e.id === 'queriesPerDayB');
    expect(entries[0].kind).toBeUndefined();
    const built = buildLevers(checkLeversFile(leversJson), checkSourcesFile(sourcesJson));
    expect(built.find((l) => l.id === 'queriesPerDayB')!.kind).toBe('number');
  });
});

describe('buildLevers: the checks across rows, each naming the lever and the field', () => {
  type Entry = Record<string, unknown>;
  const build = (edit: (entries: Entry[]) => void) => () => {
    const entries = clone(checkLeversFile(leversJson)) as unknown as Entry[];
    edit(entries);
    return buildLevers(entries as never, checkSourcesFile(sourcesJson));
  };
  const where = 'data/levers.json: ';
  it('ids must match src/registry/leverIds.ts, and be unique', () => {
    const stale = `.id: src/registry/leverIds.ts is out of date (run \`npm run gen:levers\`)`;
    expect(build((e) => e.shift())).toThrow(`${where}queriesPerDayB${stale}`);
    expect(build((e) => (e[0].id = 'zzz'))).toThrow(`${where}zzz${stale}`);
    expect(build((e) => e.push(e[0]))).toThrow(`${where}queriesPerDayB.id: duplicate id`);
  });
  it('keys are unique and not those the link itself uses (v, engine, seed, n)', () => {
    expect(build((e) => (e[1].key = 'qpd'))).toThrow(`${where}queryGrowthPct.key: "qpd" is already used`);
    for (const key of ['v', 'engine', 'seed', 'n'])
      expect(build((e) => (e[0].key = key))).toThrow(`${where}queriesPerDayB.key: "${key}" is already used`);
  });
  it('min below max; the default within min..max, its ends included', () => {
    expect(build((e) => (e[0].min = 5))).toThrow(`${where}queriesPerDayB.min: must be below max`);
    expect(build((e) => (e[0].default = 0.1))).toThrow(`${where}queriesPerDayB.default: outside min..max`);
    expect(build((e) => (e[0].default = 0.2))()[0].default).toBe(0.2);
    expect(build((e) => (e[0].default = 5))()[0].default).toBe(5);
  });
  it('a range lies within min..max with low ≤ high; a lognormal one above zero', () => {
    const range = `${where}queryGrowthPct.range: must satisfy min ≤ low ≤ high ≤ max`;
    expect(build((e) => (e[1].range = { low: 501, high: 500, dist: 'uniform' }))).toThrow(range);
    expect(build((e) => (e[1].range = { low: -1, high: 500, dist: 'uniform' }))).toThrow(range);
    expect(build((e) => (e[1].range = { low: 300, high: 801, dist: 'uniform' }))).toThrow(range);
    expect(build((e) => (e[1].range = { low: 0, high: 800, dist: 'uniform' }))()[1].range).toEqual({
      low: 0,
      high: 800,
      dist: 'uniform',
    });
    expect(build((e) => (e[1].range = { low: 300, high: 300, dist: 'uniform' }))()[1].range!.high).toBe(300);
    expect(build((e) => (e[1].range = { low: 0, high: 500, dist: 'lognormal' }))).toThrow(
      `${where}queryGrowthPct.range.low: a lognormal range needs low > 0`,
    );
    expect(build((e) => (e[1].range = { low: 0.5, high: 500, dist: 'lognormal' }))()[1].range!.low).toBe(0.5);
  });
  it('months as "YYYY-MM" for month levers only, read as month indices', () => {
    const chip = () => (e: Entry[]) => e.find((x) => x.id === 'chipArrival')!;
    expect(build((e) => (chip()(e).min = 2025))).toThrow(`${where}chipArrival.min: month levers take "YYYY-MM"`);
    expect(build((e) => (e[0].max = '5'))).toThrow(`${where}queriesPerDayB.max: expected a number, got "5"`);
    expect(build((e) => (e[0].default = '1'))).toThrow(`${where}queriesPerDayB.default: expected a number, got "1"`);
    expect(build((e) => (e[1].range = { low: '300', high: 500, dist: 'uniform' }))).toThrow(
      `${where}queryGrowthPct.range.low: expected a number, got "300"`,
    );
    expect(build((e) => (e[1].range = { low: 300, high: '500', dist: 'uniform' }))).toThrow(
      `${where}queryGrowthPct.range.high: expected a number, got "500"`,
    );
    const built = build(() => undefined)();
    const c = built.find((l) => l.id === 'chipArrival')!;
    // 2025-06 is 2025 × 12 + 5; 2032-12 is 2032 × 12 + 11; 2026-12 is 2026 × 12 + 11
    expect([c.min, c.max, c.default]).toEqual([24305, 24395, 24323]);
    expect(built[0].record).toBe(true);
    expect(built[1].record).toBe(false);
    expect(built[1].range).toEqual({ low: 300, high: 500, dist: 'triangular' });
    expect(built.find((l) => l.id === 'funding3Month')!.requires).toEqual(['funding3UsdB']);
    expect('requires' in built[0]).toBe(false);
  });
});

describe('the bundled data files, checked at build (vite.config.ts checkedData) and by the CLI', () => {
  const FILES: Record<string, unknown> = {
    sources: sourcesJson,
    levers: leversJson,
    generations: generationsJson,
    events: eventsJson,
    presets: presetsJson,
  };
  it('pass their shape checks', () => {
    expect(DATA_FILES).toEqual(['sources', 'levers', 'generations', 'events', 'presets']);
    expect(() => checkDataFiles((name) => FILES[name])).not.toThrow();
  });
  it.each(['sources', 'levers', 'generations', 'events', 'presets'])(
    'stop at a broken data/%s.json, naming it',
    (broken) => {
      const read = (name: string) => (name === broken ? 42 : FILES[name]);
      expect(() => checkDataFiles(read)).toThrow(DataFileError);
      expect(() => checkDataFiles(read)).toThrow(`data/${broken}.json: (root): `);
    },
  );
});

describe('a lever that changes nothing says why (src/registry/requires.ts)', () => {
  it('a value in words: toggles on from one half, amounts at their decimals without trailing zeros', () => {
    const toggle = { kind: 'toggle', unit: 'on/off', decimals: 0 } as const;
    expect(valueWords(toggle, 0.5)).toBe('on');
    expect(valueWords(toggle, 0.49)).toBe('off');
    expect(valueWords({ kind: 'number', unit: '$B', decimals: 1 }, 12.34)).toBe('$12.3B');
    expect(valueWords({ kind: 'number', unit: '$', decimals: 2 }, 1.5)).toBe('$1.5');
    expect(valueWords({ kind: 'number', unit: '%', decimals: 0 }, 19)).toBe('19 %');
  });
  it('names the first lever it acts through that sits at its minimum; null when none does', () => {
    const month = LEVER_BY_ID.get('funding3Month')!;
    const p = { ...defaultParams(), funding3UsdB: 0 };
    expect(inactiveReason(month, p, LEVER_BY_ID)).toBe(
      '“Next funding round” is $0B, so “Next round lands” changes nothing',
    );
    expect(inactiveReason(month, { ...p, funding3UsdB: 0.5 }, LEVER_BY_ID)).toBeNull();
    // a lever it acts through that the scenario does not hold, or that is not in the registry, is passed over
    expect(inactiveReason(month, {}, LEVER_BY_ID)).toBeNull();
    expect(inactiveReason({ label: 'X', requires: ['nope' as never, 'funding3UsdB'] }, p, LEVER_BY_ID)).toBe(
      '“Next funding round” is $0B, so “X” changes nothing',
    );
    expect(inactiveReason({ label: 'X' }, p, LEVER_BY_ID)).toBeNull();
  });
});

describe('generations and events, checked across fields and rows (src/registry/entities.ts)', () => {
  const sources = checkSourcesFile(sourcesJson);
  const gen = {
    id: 'gb200',
    label: 'GB200',
    h100e: 2.5,
    watts: 1800,
    priceUsd: 42000,
    firstMonth: '2025-02',
    source: 'nvidia-gb200-nvl72',
    confidence: 'medium' as const,
  };
  it('a generation: months as indices, its watts kept as the reference, its lever ids', () => {
    expect(buildGenerations({ generations: [gen] }, sources)).toEqual([
      {
        ...gen,
        firstMonth: 24301,
        refWatts: 1800,
        keys: {
          h100e: 'gb200.h100e',
          watts: 'gb200.watts',
          priceUsd: 'gb200.priceUsd',
          firstMonth: 'gb200.firstMonth',
        },
      },
    ]);
    const g = (generations: unknown[]) => () => buildGenerations({ generations } as never, sources);
    expect(g([{ ...gen, id: 'h100' }])).toThrow('data/generations.json: generations[0].id: "h100" is taken');
    expect(g([{ ...gen, id: 'custom' }])).toThrow('data/generations.json: generations[0].id: "custom" is taken');
    expect(g([gen, gen])).toThrow('data/generations.json: generations[1].id: "gb200" is taken');
    expect(g([{ ...gen, source: 'nope' }])).toThrow(
      'data/generations.json: generations[0].source: no source "nope" in data/sources.json',
    );
  });

  const fund = {
    id: 'f',
    kind: 'funding' as const,
    counterparty: 'C',
    label: 'L',
    month: '2026-01',
    usdB: 1,
    status: 'closed' as const,
    source: 'openai-oct-2024',
    confidence: 'high' as const,
  };
  const contract = { ...fund, id: 'c', kind: 'contract' as const };
  const ev =
    (...events: Record<string, unknown>[]) =>
    () =>
      buildEvents({ asOf: '2026-11', events } as never, sources, new Set(['h100', 'gb200']));
  it('an event: months as indices, the status as its index, its lever ids', () => {
    expect(ev(fund)()).toEqual({
      asOf: 24322,
      events: [
        {
          ...fund,
          month: 24312,
          statusCode: 0,
          keys: {
            on: 'f.on',
            month: 'f.month',
            usdB: 'f.usdB',
            gw: 'f.gw',
            status: 'f.status',
            probability: 'f.probability',
          },
        },
      ],
    });
    const owned = { ...contract, form: 'owned', gw: 1, status: 'option', maxGwPerMonth: 0.5, generation: 'gb200' };
    expect(ev(owned)().events[0].statusCode).toBe(4);
    // a row modelled by a lever is not checked as a contract
    expect(ev({ ...contract, modelledBy: 'stargate' })().events[0].month).toBe(24312);
    expect(ev({ ...fund, status: 'conditional', probability: 0 })().events[0].statusCode).toBe(2);
    expect(ev({ ...contract, form: 'contracted', termMonths: 12 })().events).toHaveLength(1);
    // the contract rules are a contract's: a funding row's `form` asks for no term, no GW
    expect(ev({ ...fund, form: 'contracted' })().events).toHaveLength(1);
    expect(ev({ ...fund, form: 'owned' })().events).toHaveLength(1);
  });
  it('each rule names the row, the field and the reason', () => {
    const at = (i: number, id: string) => `data/events.json: events[${i}] (${id})`;
    expect(ev(fund, fund)).toThrow(`${at(1, 'f')}.id: duplicate id`);
    expect(ev({ ...fund, source: 'nope' })).toThrow(`${at(0, 'f')}.source: no source "nope" in data/sources.json`);
    expect(ev(contract)).toThrow(`${at(0, 'c')}.form: a contract is "contracted" or "owned"`);
    expect(ev({ ...contract, form: 'contracted' })).toThrow(
      `${at(0, 'c')}.termMonths: a contracted row needs its term`,
    );
    expect(ev({ ...contract, form: 'owned' })).toThrow(`${at(0, 'c')}.gw: an owned purchase needs its GW`);
    expect(ev({ ...contract, form: 'owned', gw: 0 })).toThrow(`${at(0, 'c')}.gw: an owned purchase needs its GW`);
    expect(ev({ ...contract, form: 'owned', gw: 1, generation: 'zz' })).toThrow(
      `${at(0, 'c')}.generation: no generation "zz"`,
    );
    const option = `${at(0, 'f')}.maxGwPerMonth: an option is an owned purchase with a ramp limit`;
    expect(ev({ ...fund, status: 'option' })).toThrow(option);
    expect(
      ev({ ...contract, id: 'f', form: 'contracted', termMonths: 12, status: 'option', maxGwPerMonth: 1 }),
    ).toThrow(option);
    expect(ev({ ...contract, id: 'f', form: 'owned', gw: 1, status: 'option' })).toThrow(option);
    expect(ev({ ...fund, form: 'owned', gw: 1, status: 'option', maxGwPerMonth: 1 })).toThrow(option);
    expect(ev({ ...fund, status: 'conditional' })).toThrow(
      `${at(0, 'f')}.probability: a conditional row needs its probability`,
    );
  });
  it('counted by default: closed, committed and options, unless the row says; the record: closed or committed up to now', () => {
    expect(
      ['closed', 'committed', 'conditional', 'hypothetical', 'option'].map((s) => onByDefault(s as never)),
    ).toEqual([true, true, false, false, true]);
    expect(onByDefault('hypothetical', true)).toBe(true);
    expect(onByDefault('closed', false)).toBe(false);
    const rec = (status: string, month: number) => isRecordEvent({ status: status as never, month }, 24322);
    expect([rec('closed', 24322), rec('committed', 24300), rec('closed', 24323), rec('option', 24300)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([rec('conditional', 24300), rec('hypothetical', 24300)]).toEqual([false, false]);
  });
});

describe('the levers of generations and events (src/registry/entityLevers.ts)', () => {
  const sources = checkSourcesFile(sourcesJson);
  const gen = {
    id: 'gb200',
    label: 'GB200',
    h100e: 2.5,
    watts: 1800,
    priceUsd: 42000,
    firstMonth: 24301,
    source: 'nvidia-gb200-nvl72',
    confidence: 'medium',
  };
  const row = { counterparty: 'C', source: 'openai-oct-2024', confidence: 'high' };
  const fund = {
    ...row,
    id: 'f',
    kind: 'funding',
    label: 'Round',
    month: 24312,
    usdB: 150.25,
    status: 'closed',
    statusCode: 0,
  };
  const lease = {
    ...row,
    id: 'c',
    kind: 'contract',
    form: 'contracted',
    label: 'Lease',
    month: 24330,
    usdB: 10,
    gw: 8,
    gwBasis: 'facility',
    probability: 0.4,
    status: 'conditional',
    statusCode: 2,
  };
  const owned = {
    ...row,
    id: 'o',
    kind: 'contract',
    form: 'owned',
    label: 'Own',
    month: 24300,
    usdB: 0,
    gw: 0.75,
    status: 'option',
    statusCode: 4,
  };
  const modelled = { ...fund, id: 'm', modelledBy: 'nextRound' };
  // built in each test: a mutant reached only while the file loads is not tested (stryker.config.mjs)
  const build = () => {
    const levers = entityLevers([gen] as never, [fund, lease, owned, modelled] as never, sources, 24322);
    return { levers, by: new Map(levers.map((l) => [l.id as string, l])) };
  };

  it('one lever per editable field, in order; a modelled row has none; four added rows of six', () => {
    const { levers } = build();
    expect(levers.slice(0, 14).map((l) => l.id)).toEqual([
      'gb200.h100e',
      'gb200.watts',
      'gb200.priceUsd',
      'gb200.firstMonth',
      'f.on',
      'f.month',
      'f.status',
      'f.usdB',
      'c.on',
      'c.month',
      'c.status',
      'c.usdB',
      'c.gw',
      'c.probability',
    ]);
    expect(levers.slice(14, 18).map((l) => l.id)).toEqual(['o.on', 'o.month', 'o.status', 'o.gw']);
    expect(levers.slice(18).map((l) => l.id)).toEqual(
      ['added-1', 'added-2', 'added-3', 'added-4'].flatMap((a) =>
        ['on', 'kind', 'month', 'usdB', 'termMonths', 'status'].map((f) => `${a}.${f}`),
      ),
    );
    expect(levers.every((l) => l.key === l.id)).toBe(true);
  });
  it('each lever: group, unit, kind and bounds', () => {
    const { levers } = build();
    const statuses = 'closed/committed/conditional/hypothetical/option';
    expect(
      levers
        .filter((l) => !/^added-[234]/.test(l.id))
        .map((l) => [l.id, l.group, l.unit, l.kind, l.min, l.max, l.step]),
    ).toEqual([
      ['gb200.h100e', 'hardware', 'H100e', 'number', 0.1, 20, 0.1],
      ['gb200.watts', 'hardware', 'W', 'number', 300, 6000, 10],
      ['gb200.priceUsd', 'hardware', '$', 'number', 2000, 300000, 500],
      ['gb200.firstMonth', 'hardware', 'month', 'month', 24180, 24443, 1],
      ['f.on', 'events', 'on/off', 'toggle', 0, 1, 1],
      ['f.month', 'events', 'month', 'month', 24180, 24443, 1],
      ['f.status', 'events', statuses, 'number', 0, 4, 1],
      ['f.usdB', 'events', '$B', 'number', 0, 601, 0.5],
      ['c.on', 'events', 'on/off', 'toggle', 0, 1, 1],
      ['c.month', 'events', 'month', 'month', 24180, 24443, 1],
      ['c.status', 'events', statuses, 'number', 0, 4, 1],
      ['c.usdB', 'events', '$B', 'number', 0, 500, 0.5],
      ['c.gw', 'events', 'GW (facility)', 'number', 0, 24, 0.1],
      ['c.probability', 'events', 'share', 'number', 0, 1, 0.05],
      ['o.on', 'events', 'on/off', 'toggle', 0, 1, 1],
      ['o.month', 'events', 'month', 'month', 24180, 24443, 1],
      ['o.status', 'events', statuses, 'number', 0, 4, 1],
      ['o.gw', 'events', 'GW (IT)', 'number', 0, 20, 0.1],
      ['added-1.on', 'events', 'on/off', 'toggle', 0, 1, 1],
      ['added-1.kind', 'events', 'funding/contract', 'toggle', 0, 1, 1],
      ['added-1.month', 'events', 'month', 'month', 24180, 24443, 1],
      ['added-1.usdB', 'events', '$B', 'number', 0, 1000, 0.5],
      ['added-1.termMonths', 'events', 'months', 'number', 1, 180, 1],
      ['added-1.status', 'events', statuses, 'number', 0, 4, 1],
    ]);
    expect(levers.map((l) => l.label).slice(4, 8)).toEqual([
      'Round: counted',
      'Round: month the cash lands',
      'Round: status',
      'Round: cash to OpenAI',
    ]);
    expect(levers.find((l) => l.id === 'gb200.firstMonth')!.label).toBe('GB200: first month in volume');
  });
  it('a generation: labels, bounds, decimals that show the default', () => {
    const { by } = build();
    expect(by.get('gb200.h100e')).toMatchObject({
      label: 'GB200: compute per accelerator',
      group: 'hardware',
      unit: 'H100e',
      min: 0.1,
      max: 20,
      decimals: 1,
      default: 2.5,
      sourceId: 'nvidia-gb200-nvl72',
      confidence: 'medium',
      record: false,
    });
    expect(by.get('gb200.watts')).toMatchObject({
      label: 'GB200: server watts per accelerator',
      min: 300,
      max: 6000,
      default: 1800,
    });
    expect(by.get('gb200.priceUsd')).toMatchObject({
      label: 'GB200: price per accelerator',
      unit: '$',
      max: 300000,
      default: 42000,
    });
    // 2015-01 to 2036-12
    expect(by.get('gb200.firstMonth')).toMatchObject({ kind: 'month', min: 24180, max: 24443, default: 24301 });
  });
  it('a funding row: counted if closed, its month needs its amount, the amount to 4× at its decimals; in the record up to now', () => {
    const { by } = build();
    expect(by.get('f.on')).toMatchObject({ label: 'Round: counted', kind: 'toggle', default: 1, record: true });
    expect(by.get('f.month')).toMatchObject({
      label: 'Round: month the cash lands',
      default: 24312,
      requires: ['f.usdB'],
    });
    expect(by.get('f.status')).toMatchObject({
      unit: 'closed/committed/conditional/hypothetical/option',
      min: 0,
      max: 4,
      default: 0,
    });
    expect(by.get('f.usdB')).toMatchObject({
      label: 'Round: cash to OpenAI',
      unit: '$B',
      max: 601,
      decimals: 2,
      default: 150.25,
    });
  });
  it('a contract: signed total, power at its basis, probability; an owned one has no amount lever', () => {
    const { by } = build();
    expect(by.get('c.on')).toMatchObject({ default: 0, record: false });
    expect(by.get('c.month')!.label).toBe('Lease: first month');
    expect(by.get('c.month')!.requires).toBeUndefined();
    expect(by.get('c.usdB')).toMatchObject({ label: 'Lease: signed total', max: 500, decimals: 1, default: 10 });
    expect(by.get('c.gw')).toMatchObject({
      label: 'Lease: power',
      unit: 'GW (facility)',
      max: 24,
      decimals: 1,
      default: 8,
    });
    expect(by.get('c.probability')).toMatchObject({
      label: 'Lease: probability it happens',
      unit: 'share',
      max: 1,
      step: 0.05,
      decimals: 2,
      default: 0.4,
    });
    expect(by.get('o.on')).toMatchObject({ default: 1, record: false });
    expect(by.get('o.gw')).toMatchObject({ unit: 'GW (IT)', max: 20, decimals: 2, default: 0.75 });
  });
  it('an added row: off, a funding round of $10B from 2027-01 for 60 months, hypothetical, an assumption', () => {
    const { levers, by } = build();
    expect(levers.filter((l) => l.id.startsWith('added-1.')).map((l) => [l.label, l.default])).toEqual([
      ['Added row 1: counted', 0],
      ['Added row 1: funding (0) or contract (1)', 0],
      ['Added row 1: month', 24324],
      ['Added row 1: amount', 10],
      ['Added row 1: contract term', 60],
      ['Added row 1: status', 3],
    ]);
    expect(by.get('added-4.usdB')).toMatchObject({
      label: 'Added row 4: amount',
      sourceId: 'assumption',
      confidence: 'low',
      note: 'A row added in the events table: a scenario, not the record.',
      record: false,
    });
  });
});

describe('the registry module (src/registry/index.ts)', () => {
  it('names levers, lists a group in declared order, gives fresh defaults', () => {
    expect(isLeverId('pue')).toBe(true);
    expect(isLeverId('gb200.watts')).toBe(true);
    expect(isLeverId('nope')).toBe(false);
    expect(leversInGroup('stargate').map((l) => l.id)).toEqual([
      'stargateCapexUsdB',
      'stargateUsdBPerGw',
      'stargateBuildMonths',
      'stargateOpenAiSharePct',
      'stargateMicrosoftSharePct',
      'stargateLeaseYears',
      'stargateLeaseYieldPct',
    ]);
    const a = defaultParams();
    expect([a.stargateOpenAiSharePct, a.stargateMicrosoftSharePct, a['added-1.usdB']]).toEqual([19, 0, 10]);
    a.stargateOpenAiSharePct = 50;
    expect(defaultParams().stargateOpenAiSharePct).toBe(19);
    expect(Object.keys(a)).toHaveLength(LEVERS.length);
  });
  it('a pair rule read in a scenario; an unknown id has none', () => {
    const p = defaultParams();
    const sgm = LEVER_BY_ID.get('stargateMicrosoftSharePct')!;
    expect(parseLeverValueIn(p, sgm, '82')).toEqual({
      status: 'invalid',
      reason:
        'Stargate paid by Microsoft can be at most 81% while Stargate paid by OpenAI is 19% (together at most 100%)',
    });
    expect(parseLeverValueIn(p, sgm, '81')).toEqual({ status: 'valid', value: 81 });
    expect(pairProblem(p, 'nope', 1)).toBeNull();
  });
  it('the same scenario object is the same without comparing', () => {
    const p = defaultParams();
    expect(sameParams(p, p)).toBe(true);
    expect(sameParams({ a: 1 }, { a: 1 })).toBe(true);
    // an inherited key of the second is not one of its levers
    expect(sameParams({ a: 1 }, Object.assign(Object.create({ b: 2 }) as Record<string, number>, { a: 1 }))).toBe(true);
  });
});
