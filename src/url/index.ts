/** The scenario in the address bar, presets and saved scenarios. No DOM in codec/format/migrations. */
export {
  parseScenario, serializeScenario, queryPart, engineNoteFor, truncateForMessage, MAX_GIVEN_CHARS,
  LINK_VERSION, type ParsedScenario, type SerializeOptions, type FieldParse, type Problem, type Entry,
} from './codec';
export { formatLeverValue, parseLeverValue } from './format';
export { MIGRATIONS, migrateEntries, type Migration } from './migrations';
export { PRESETS, PRESET_BY_ID, parsePresets, presetParams, type Preset } from './presets';
export {
  readSaved, saveScenario, deleteSaved, clearSaved, checkName, SAVED_KEY,
  type SavedScenario, type SavedResult, type SavedError,
} from './saved';
