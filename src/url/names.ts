import { LEVERS, type Params, type PartialParams } from '../registry';

/*
 * What a scenario is called when nobody named it. "Default scenario" is said only of the
 * defaults; anything else unnamed is a "Custom scenario". A typed name or a preset's title
 * rides in the link (`name=`); these two never need to, since they follow from the levers.
 */

export const DEFAULT_SCENARIO_NAME = 'Default scenario';
export const CUSTOM_SCENARIO_NAME = 'Custom scenario';
export const BASELINE_NAME = 'Baseline';
export const MAX_SCENARIO_NAME_CHARS = 80;

export function isDefaultScenario(params: PartialParams): boolean {
  return LEVERS.every((l) => (params[l.id] ?? l.default) === l.default);
}

/** The name a scenario goes by when it has none of its own. */
export function automaticName(params: PartialParams): string {
  return isDefaultScenario(params) ? DEFAULT_SCENARIO_NAME : CUSTOM_SCENARIO_NAME;
}

/** True when the name says nothing the levers do not (so the link leaves it out). */
export function isAutomaticName(name: string, params: PartialParams): boolean {
  return name.trim() === '' || name === automaticName(params);
}

/**
 * The name to keep after the levers changed: an automatic name follows the levers (a moved
 * lever turns "Default scenario" into "Custom scenario" and back); a chosen name stays.
 */
export function followName(name: string, before: Params, after: Params): string {
  return isAutomaticName(name, before) ? automaticName(after) : name;
}
