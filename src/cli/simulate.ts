/**
 * The engine from the command line:
 *   npm run --silent simulate -- ['<link or ?query>'] [--set id=value ...] [--format json|csv|link]
 * A lever id is one of data/levers.json's, or a field of a generation or an event:
 *   --set gb200.watts=1900  --set aws-2025-11.usdB=50  --set amd-options.month=2028-01  --set nvidia-10gw-loi.on=1
 * The link keeps the scenario's name and pinned baseline (`name=`, `base=`, `b.<key>=`).
 *
 * What moved it: `--explain [--against <link>] [--output minCash|endCash|insolvency|burn|exposure]` splits
 * the change in a headline output between the reference (the link's pinned baseline, the
 * `--against` link, or the defaults) and the scenario among the inputs that differ, and adds
 * `attribution: {output, total, parts: [{id, label, value}], method}` to the JSON.
 * Who holds the risk: `counterparties[]` (each counterparty's flows in total and per year, stake,
 * exposure), `exposure` and `microsoft` in the JSON (`microsoft.planB`: what Plan B moves, the
 * ledger as set less the same scenario's without Plan B); `--exposure-after YYYY-MM` counts exposure after
 * that month (default: the insolvency month, else the horizon's end).
 * Exit 2, with one line naming the problem, on an unknown id, an out-of-range value or a bad link.
 */
// First: the data files' shapes, before the registry is built from them.
import './checkData';
import { writeFileSync } from 'node:fs';
import { burnSpec } from '../charts/burn/spec';
import { monthlyCsv, scenarioJson } from '../export/data';
import { dataPackageZip, packageInput } from '../export/dataPackage';
import { releaseCaveat } from '../registry/releases';
import { planBMoves, revShareCapReached, withoutPlanB } from '../engine/microsoftLedger';
import { inThread } from '../runner/inThread';
import { serializeLink } from '../url';
import { exposureMonth, readArgs, recordFor, referenceFor, scenarioFrom, UsageError } from './args';

async function main(argv: string[]): Promise<number> {
  try {
    const args = readArgs(argv);
    const record = await recordFor(args);
    const caveat = releaseCaveat(record);
    if (caveat) process.stderr.write(`note: ${caveat}\n`);
    const { params, parsed } = scenarioFrom(args, record.params);
    // The link keeps the name, the pinned baseline and the Monte Carlo seed and N it came with;
    // unknown keys are not written back.
    const baseline = parsed.baseline
      ? { params: parsed.baseline.params, name: parsed.baseline.name ?? 'Baseline' }
      : null;
    const link = `?${serializeLink({
      params,
      name: parsed.name,
      baseline,
      uncertainty: parsed.uncertainty,
      record: record.id,
      defaults: record.params,
    })}`;
    if (args.format === 'link') {
      process.stdout.write(`${link}\n`);
      return 0;
    }
    const result = inThread.answerNow({ kind: 'run', params });
    if (args.format === 'csv') {
      process.stdout.write(monthlyCsv(result));
      return 0;
    }
    if (args.format === 'zip') {
      const zip = dataPackageZip(
        packageInput({
          params,
          result,
          link,
          scenarioName: parsed.name ?? 'Scenario',
          title: burnSpec.title(result),
          record,
        }),
      );
      writeFileSync(args.file!, zip);
      process.stderr.write(`wrote ${args.file} (${zip.length} bytes)\n`);
      return 0;
    }
    const after = exposureMonth(args.exposureAfter, result.summary.startMonth, result.summary.endMonth);
    const json: Record<string, unknown> = { ...scenarioJson(params, result, link, after), record: record.id };
    // What Plan B moves: Microsoft's ledger as set less the same scenario's without Plan B
    const noPlanB = inThread.answerNow({ kind: 'run', params: withoutPlanB(params) });
    json.microsoft = {
      ...(json.microsoft as object),
      revShareCapReached: revShareCapReached(result, params.msRevShareCapUsdB),
      planB: planBMoves(params, result, noPlanB),
    };
    if (args.explain) {
      const reference = await referenceFor(args, parsed, record);
      const split = inThread.answerNow({
        kind: 'attribute',
        reference: reference.params,
        scenario: params,
        output: args.output,
      });
      json.attribution = { ...split, against: reference.name, againstRecord: reference.record };
    }
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`simulate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
