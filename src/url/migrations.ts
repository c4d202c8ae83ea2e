import { plainDecimal, shiftLeft, toFixedHalfUp } from '../registry/decimalText';

/** A query parameter as text, in link order. */
export type Entry = readonly [key: string, value: string];

/**
 * Upgrades a link from version `from` to `from + 1`. Migrations work on text, before any
 * value is checked, so a value they cannot convert passes through unchanged and the parser
 * refuses it with the usual message. They never throw.
 */
export interface Migration {
  from: number;
  /** What changed, in a sentence: shown in tests and in the docs. */
  describe: string;
  migrate: (entries: readonly Entry[]) => Entry[];
}

const PLAIN_DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;

/** Renames a key, optionally converting its value (a unit change) exactly in decimal. */
function renameKey(entries: readonly Entry[], from: string, to: string, convert?: (text: string) => string): Entry[] {
  return entries.map(([k, v]) => {
    if (k !== from) return [k, v] as const;
    if (!convert || !PLAIN_DECIMAL.test(v)) return [to, v] as const;
    return [to, convert(v)] as const;
  });
}

/**
 * Ordered: MIGRATIONS[i].from === i. A link of version n runs MIGRATIONS[n..] in turn.
 * Add a migration (and bump LINK_VERSION by adding it here) whenever a key is renamed or a
 * lever's unit changes; never edit one that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe:
      "v0 (the prototype's links) carried electricity as `kwh` in US cents per kWh and the custom-chip slip as `chipslip`; " +
      'v1 uses `elec` in US dollars per kWh and `slip`.',
    migrate: (entries) =>
      renameKey(
        renameKey(entries, 'kwh', 'elec', (cents) => shiftLeft(cents, 2)),
        'chipslip',
        'slip',
      ),
  },
  {
    from: 1,
    describe:
      'v1 (engine v1) had three fixed funding rounds, GPU deals in GW, the Oracle contract beside Stargate and training as a ' +
      'dollar budget; v2 has events. `f1`/`f1m` become the April 2025 SoftBank tranche (`softbank-round-2025-04.usdB`/`.month`), ' +
      '`f2`/`f2m` the December 2025 tranche (less the $8.3B that came in August), `ory` the Stargate lease term `sgly`, and ' +
      '`tr` ($B a year) thousands of H100e at $2.35 an hour (`trk`). `f1v`, `f2v`, `gdg`, `gds`, `gdr`, `orc`, `ors`, `org` ' +
      'and `sgl` have no counterpart and are reported as unknown.',
    migrate: (entries) => {
      let out = renameKey(entries, 'f1', 'softbank-round-2025-04.usdB');
      out = renameKey(out, 'f1m', 'softbank-round-2025-04.month');
      out = renameKey(out, 'f2', 'softbank-2025-12.usdB', (d) =>
        plainDecimal(Math.max(0, Math.round((Number(d) - 8.3) * 1e9) / 1e9)),
      );
      out = renameKey(out, 'f2m', 'softbank-2025-12.month');
      out = renameKey(out, 'ory', 'sgly');
      return renameKey(out, 'tr', 'trk', (usdB) =>
        // Stryker disable next-line Regex: at one decimal ".0" can only stand at the end
        toFixedHalfUp((Number(usdB) * 1e6) / (2.35 * 8760), 1).replace(/\.0$/, ''),
      );
    },
  },
];

/** The link format this build writes: `v=<LINK_VERSION>.<engine version>`. */
export const LINK_VERSION = MIGRATIONS.length;

/** The engine version assumed for links that predate recording it. */
export const ENGINE_VERSION_BEFORE_RECORDING = 0;

/** Runs every migration from `fromVersion` up to LINK_VERSION; lists what was applied. */
export function migrateEntries(
  entries: readonly Entry[],
  fromVersion: number,
): { entries: Entry[]; applied: string[] } {
  let current: Entry[] = [...entries];
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (m.from < fromVersion) continue;
    current = m.migrate(current);
    applied.push(`v${m.from} → v${m.from + 1}`);
  }
  return { entries: current, applied };
}
