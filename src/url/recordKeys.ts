import { CURRENT_RECORD, isRecordId, RECORD_BEFORE_RECORDING, RECORD_IDS } from '../registry/records';
import { CITE_KEY, parseCite, type CitedFigures } from './cite';
import { problem, type Problem } from './problem';

/** The link's key for the record release it was made on. */
export const RECORD_KEY = 'rec';

/** `rec=`: absent is the release before releases were recorded; unknown falls back to the current one. */
export function readRecord(given: string[] | undefined, problems: Problem[]): string {
  if (!given) return RECORD_BEFORE_RECORDING;
  if (given.length > 1) {
    problems.push(problem(RECORD_KEY, given.join(', '), `given ${given.length} times; the first is used`));
  }
  const id = given[0].trim();
  if (isRecordId(id)) return id;
  problems.push(
    problem(
      RECORD_KEY,
      given[0],
      `no record release "${id}" in this build (there are ${RECORD_IDS.join(', ')}); the current record ${CURRENT_RECORD} is used`,
    ),
  );
  return CURRENT_RECORD;
}

/** `cite=`: the cited figures, or null (with a problem when they cannot be read). */
export function readCite(given: string[] | undefined, problems: Problem[]): CitedFigures | null {
  if (!given) return null;
  if (given.length > 1)
    problems.push(problem(CITE_KEY, given.join(', '), `given ${given.length} times; the first is used`));
  const read = parseCite(given[0]);
  if (read.ok) return read.figures;
  problems.push(problem(CITE_KEY, given[0], `${read.reason}; ignored`));
  return null;
}
