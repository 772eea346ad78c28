// The service's vocabulary as the explorer shows and filters it (the GraphQL enums, weakest certainty first).

export const CERTAINTIES = ['POSSIBLE', 'ALTERNATIVE', 'REPORTED', 'CONFIRMED'];
export const CLAIM_KINDS = ['SUPPORT', 'DEPLOYMENT', 'WITHDRAWAL', 'COMBAT', 'CONTROL', 'STATEMENT', 'MEMBERSHIP'];
export const SUPPORT_TYPES = [
  'TROOPS',
  'MERCENARIES',
  'AIRCRAFT',
  'DRONES',
  'MUNITIONS',
  'WEAPONS',
  'LOGISTICS',
  'INTELLIGENCE',
  'ADVISERS',
  'FUNDING',
  'TRAINING',
  'TERRITORY_ACCESS',
  'OTHER',
];
