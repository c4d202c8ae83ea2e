/** The scenario in the address bar, presets and saved scenarios. No DOM in codec/format/migrations. */
export {
  parseScenario,
  serializeScenario,
  serializeLink,
  queryPart,
  engineNoteFor,
  truncateForMessage,
  MAX_GIVEN_CHARS,
  LINK_VERSION,
  NAME_KEY,
  BASELINE_KEY,
  BASELINE_PREFIX,
  type ParsedScenario,
  type ParsedBaseline,
  type LinkBaseline,
  type ScenarioLink,
  type SerializeOptions,
  type FieldParse,
  type Problem,
  type Entry,
} from './codec';
export {
  automaticName,
  followName,
  isAutomaticName,
  isDefaultScenario,
  DEFAULT_SCENARIO_NAME,
  CUSTOM_SCENARIO_NAME,
  BASELINE_NAME,
  MAX_SCENARIO_NAME_CHARS,
} from './names';
export { MIGRATIONS, migrateEntries, type Migration } from './migrations';
export { PRESETS, PRESET_BY_ID, buildPresets, presetParams, type Preset } from './presets';
export {
  readSaved,
  saveScenario,
  deleteSaved,
  clearSaved,
  checkName,
  SAVED_KEY,
  type SavedScenario,
  type SavedResult,
  type SavedError,
} from './saved';
