/** Briefings (issue 6): mount <Briefings/> once in the App; the buttons go in the header. */
export { Briefings } from './Briefings';
export { PresentButton } from './PresentButton';
