/**
 * Briefings (issue 6). Mount <Briefings/> once in the App (it renders the deck editor, slide
 * show, presenter view at #presenter, deck links, compare panel and print handout, each loaded
 * on first use); the buttons go in the header.
 */
export { Briefings } from './Briefings';
export { AddSlideButton, PresentButton } from './PresentButton';
export { CompareButton } from '../compare/CompareButton';
export { ExportMenu } from '../export/ExportMenu';
