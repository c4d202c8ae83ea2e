import { defaultParams } from '../registry';
import { CURRENT_RECORD } from '../registry/records';
import { carryOver, useRecordStore } from './record';
import { commitHistory, type ScenarioStore } from './urlSync';

/**
 * "Update to the current record": the scenario's own choices carried onto the current record's
 * defaults (a lever left at the old default takes the new one), the pinned baseline too; kept
 * for the "What changed" waterfall, and committed as one history entry.
 */
export function updateToCurrentRecord(store: ScenarioStore): void {
  const record = useRecordStore.getState();
  const from = record.release;
  if (!from) return;
  const current = defaultParams();
  const s = store.getState();
  const toParams = carryOver(s.params, from.params, current);
  const baseline = s.baseline
    ? { ...s.baseline, params: carryOver(s.baseline.params, from.params, current), result: null }
    : null;
  useRecordStore.setState({
    id: CURRENT_RECORD,
    release: null,
    updated: { from: from.id, fromParams: s.params, toParams },
    dismissed: false,
  });
  s.setParams(toParams, { name: s.scenarioName });
  s.setBaseline(baseline);
  commitHistory();
}
