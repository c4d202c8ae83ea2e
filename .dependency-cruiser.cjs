/**
 * The house rules (issue 26), checked by test/unit/house/house.test.ts so that `npm test` fails
 * when one breaks: no import cycle between files, and no import that runs up the house.
 *
 * The house, from the ground up (a room imports only rooms on its own floor or below):
 *   1  src/registry, src/format, src/storage, src/offline   levers, formatting, the browser's storage
 *   2  src/engine                                           pure model
 *   3  src/url                                              the scenario as a link
 *   4  src/charts                                           specs and layouts: values, no store, no worker
 *   5  src/runner                                           the engine, and charts drawn beside it, in one protocol
 *   5  src/data, src/export, src/deck, src/calibration      fetched data; pictures and files; the deck; the record
 *   6  src/store                                           the page's state and its bridges
 *   7  src/ui, src/embed, src/cli                           what a person uses
 *   8  src/App.tsx, src/main.tsx, scripts                   the entries
 * Paths are relative to where the cruise starts (the project, or a probe's folder).
 */
const floor = (...rooms) => `^src/(${rooms.join('|')})(/|\\.|$)`;
const ABOVE_ENGINE = floor(
  'url',
  'calibration',
  'runner',
  'charts',
  'data',
  'export',
  'deck',
  'store',
  'ui',
  'embed',
  'cli',
  'App',
  'main',
);

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Files that import each other in a loop cannot be read, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'charts-are-values',
      comment:
        'A chart is handed its data and view; it reads no store, asks no worker, and knows nothing of exports, the deck or the page.',
      severity: 'error',
      from: { path: floor('charts') },
      to: { path: floor('store', 'runner', 'worker', 'export', 'deck', 'data', 'calibration', 'ui', 'embed', 'cli') },
    },
    {
      name: 'store-below-export-and-ui',
      comment: 'State does not draw pictures, write files or render.',
      severity: 'error',
      from: { path: floor('store') },
      to: { path: floor('export', 'ui', 'embed', 'cli') },
    },
    {
      name: 'embed-without-the-dashboard',
      comment:
        "The embed is one chart in an article's frame: it shares charts, data and styles, never the dashboard's panels.",
      severity: 'error',
      from: { path: floor('embed') },
      to: { path: floor('ui', 'store', 'App', 'main') },
    },
    {
      name: 'ground-floor',
      comment: 'The registry, formatting and storage are the ground: they import nothing of the house above them.',
      severity: 'error',
      from: { path: floor('registry', 'format', 'storage', 'offline') },
      to: { path: `${ABOVE_ENGINE}|${floor('engine')}` },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine is params in, series out: nothing of the page.',
      severity: 'error',
      from: { path: floor('engine') },
      to: { path: ABOVE_ENGINE },
    },
    {
      name: 'link-below-the-page',
      comment: 'The link codec is text in, text out, used by the CLI too.',
      severity: 'error',
      from: { path: floor('url') },
      to: {
        path: floor(
          'runner',
          'charts',
          'data',
          'export',
          'deck',
          'calibration',
          'store',
          'ui',
          'embed',
          'cli',
          'App',
          'main',
        ),
      },
    },
    {
      name: 'runner-below-the-page',
      comment: 'The runner asks the engine (and draws the charts beside it); it knows nothing of state or panels.',
      severity: 'error',
      from: { path: floor('runner') },
      to: { path: floor('data', 'export', 'deck', 'calibration', 'store', 'ui', 'embed', 'cli', 'App', 'main') },
    },
    {
      name: 'deck-and-export-below-state',
      comment: 'The deck, exports and fetched data are used by state and panels, not the other way round.',
      severity: 'error',
      from: { path: floor('data', 'export', 'deck', 'calibration') },
      to: { path: floor('store', 'ui', 'embed', 'cli', 'App', 'main') },
    },
    {
      name: 'panels-below-the-entries',
      comment: 'Panels, the embed and the CLI are mounted or run by the entries, never the reverse.',
      severity: 'error',
      from: { path: floor('ui', 'embed', 'cli') },
      to: { path: floor('App', 'main') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports are imports too: a cycle of types still ties two files together
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.(css|json|svg|png)$' },
  },
};
