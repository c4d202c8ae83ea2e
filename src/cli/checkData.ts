/**
 * Imported first by the CLI: checks the shapes of the data files before the registry is built
 * from them (the page's build does the same, vite.config.ts `checkedData`). A file that fails
 * stops the CLI with the file, the field and the reason.
 */
import eventsJson from '../../data/events.json';
import generationsJson from '../../data/generations.json';
import leversJson from '../../data/levers.json';
import presetsJson from '../../data/presets.json';
import sourcesJson from '../../data/sources.json';
import { DataFileError } from '../registry/build';
import { checkDataFiles } from '../registry/dataSchemas';

const FILES = {
  sources: sourcesJson,
  levers: leversJson,
  generations: generationsJson,
  events: eventsJson,
  presets: presetsJson,
};

try {
  checkDataFiles((name) => FILES[name]);
} catch (e) {
  if (!(e instanceof DataFileError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
