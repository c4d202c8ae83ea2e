/**
 * All of the briefing feature that is loaded on demand, as ONE chunk: deck validator and
 * saved deck, editor, slide show, presenter view, deck-link banner, compare, handout and the
 * export menu's contents. Several lazy chunks sharing modules with the dashboard made the
 * bundler (rolldown) split the dashboard's own modules into an extra common chunk that loads
 * up front: more initial bytes. One chunk avoids it.
 */
export { hydrateDeck } from '../../deck/saved';
export { DeckEditor } from './DeckEditor';
export { SlideShow } from './SlideShow';
export { PresenterView } from './PresenterView';
export { DeckLinkBanner } from './DeckLinkBanner';
export { ComparePanel } from '../compare/ComparePanel';
export { PrintHandout } from '../export/PrintHandout';
export { ExportPopover } from '../export/ExportPopover';
