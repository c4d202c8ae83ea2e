export const GROUPS = [
  { id: 'demand', label: 'Demand & revenue' },
  { id: 'physics', label: 'Inference physics' },
  { id: 'fleet', label: 'Fleet & prices' },
  { id: 'microsoft', label: 'Microsoft terms' },
  { id: 'stargate', label: 'Stargate & compute contracts' },
  { id: 'silicon', label: 'Custom silicon' },
  { id: 'planb', label: 'Microsoft Plan B' },
  { id: 'funding', label: 'Funding' },
  { id: 'opex', label: 'Operating costs' },
  { id: 'hardware', label: 'Hardware generations' },
  {
    id: 'record',
    label: 'The record',
    note: 'Changes the record: these levers move the months up to now (cash now, revenue and burn in 2025 and 2026). Every other lever acts from the month after now.',
  },
  { id: 'events', label: 'Funding and contracts' },
  { id: 'horizon', label: 'Horizon' },
] as const;

export type GroupId = (typeof GROUPS)[number]['id'];
