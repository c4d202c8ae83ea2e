export { UncertaintyPanel, type UncertaintyPanelProps } from './UncertaintyPanel';
