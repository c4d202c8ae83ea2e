import { waterfallTitle } from '../../charts/attribution/words';
import { CURRENT_RECORD } from '../../registry/records';
import { useRecordStore } from '../../store/record';
import { WaterfallBlock } from '../attribution/WaterfallBlock';

/** The Shapley split of the change in minimum cash between the two records. */
export default function WhatChanged() {
  const updated = useRecordStore((s) => s.updated)!;
  return (
    <WaterfallBlock
      reference={updated.fromParams}
      scenario={updated.toParams}
      settleMs={0}
      className="record-changed"
      testId="what-changed"
      heading={(a) => `What changed from ${updated.from}: ${a ? waterfallTitle(a) : 'splitting the change…'}`}
      error="The split could not be calculated"
      caption={`Change in minimum cash from the record ${updated.from} to ${CURRENT_RECORD}, by changed default or event`}
      inputHeader="Changed default or event"
      note={(a) => <p className="share-banner-note record-method">{a.method}</p>}
    />
  );
}
