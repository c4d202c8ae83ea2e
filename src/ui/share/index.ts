export { LinkProblemsBanner, LinkProblemsView, type LinkProblemsViewProps } from './LinkProblemsBanner';
export { CopyLinkButton, type CopyLinkButtonProps } from './CopyLinkButton';
export { EmbedMenu } from './EmbedMenu';
export { PresetMenu, type PresetMenuProps } from './PresetMenu';
export { SavedScenarios, type SavedScenariosProps } from './SavedScenarios';
export { applyLink } from './applyLink';
export { copyText } from './clipboard';
export { UndoToast } from './UndoToast';
