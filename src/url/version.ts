import { ENGINE_VERSION } from '../engine/types';
import { ENGINE_VERSION_BEFORE_RECORDING, LINK_VERSION } from './migrations';
import { problem, type Problem } from './problem';

const VERSION_RE = /^(\d{1,4})(?:\.(\d{1,6}))?$/;

interface VersionRead {
  linkVersion: number;
  engineVersion: number | null;
}

/** The link format and engine version a link says it was made with (`v=<link>.<engine>`, `engine=`). */
export function readVersion(values: string[], engineValues: string[], problems: Problem[]): VersionRead {
  let linkVersion = LINK_VERSION;
  let engineVersion: number | null = null;
  if (values.length > 1) {
    problems.push(
      problem('v', values.join(', '), `given ${values.length} times; read as link version ${LINK_VERSION}`),
    );
  } else if (values.length === 1) {
    const m = VERSION_RE.exec(values[0]);
    if (!m) {
      problems.push(problem('v', values[0], `not a link version; read as version ${LINK_VERSION}`));
    } else if (Number(m[1]) > LINK_VERSION) {
      problems.push(
        problem(
          'v',
          values[0],
          `made by a newer version of this page (link format ${Number(m[1])}); read as version ${LINK_VERSION}, reload to update`,
        ),
      );
    } else {
      linkVersion = Number(m[1]);
      engineVersion = m[2] !== undefined ? Number(m[2]) : linkVersion === 0 ? ENGINE_VERSION_BEFORE_RECORDING : null;
    }
  }
  if (engineValues.length > 1) {
    problems.push(problem('engine', engineValues.join(', '), `given ${engineValues.length} times; ignored`));
  } else if (engineValues.length === 1) {
    if (/^\d{1,6}$/.test(engineValues[0])) engineVersion = Number(engineValues[0]);
    else problems.push(problem('engine', engineValues[0], 'not an engine version (a whole number); ignored'));
  }
  return { linkVersion, engineVersion };
}

/** What the page says when a link's numbers came from a different engine, or null. */
export function engineNoteFor(linkEngine: number | null, current: number = ENGINE_VERSION): string | null {
  if (linkEngine === null || linkEngine === current) return null;
  // Stryker disable next-line EqualityOperator: `<=` is the same, linkEngine === current returned above
  if (linkEngine < current) {
    return `This link was made with engine v${linkEngine}; this page runs engine v${current}, so the numbers may differ from what the sender saw.`;
  }
  return `This link was made with a newer engine (v${linkEngine}) than this page runs (v${current}); reload the page to update, or the numbers may differ.`;
}
