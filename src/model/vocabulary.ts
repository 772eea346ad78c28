// Controlled vocabularies shared by the article format, the graph and the GraphQL enums. ACLED's event types,
// PLOVER's event classes (AID, FIGHT, …) and UCDP's actor types inspired the names; see docs/article-format.md.

export const ACTOR_KINDS = [
  'STATE',
  'STATE_ARMED_FORCE',
  'NON_STATE_ARMED_GROUP',
  'PRIVATE_MILITARY_COMPANY',
  'ALLIANCE',
  'INTERNATIONAL_ORGANISATION',
  'PERSON',
  'CIVILIANS',
  'OTHER',
] as const;

export const LOCATION_KINDS = ['COUNTRY', 'REGION', 'CITY', 'TOWN', 'SITE', 'AREA'] as const;
export const LOCATION_ROLES = ['OBJECTIVE', 'AREA', 'COMMAND_POST', 'STAGING'] as const;

export const EVENT_TYPES = [
  'BATTLE',
  'EXPLOSION_REMOTE_VIOLENCE',
  'VIOLENCE_AGAINST_CIVILIANS',
  'STRATEGIC_DEVELOPMENT',
  'RIOTS',
  'PROTESTS',
] as const;
export const OUTCOME_TYPES = ['VICTORY', 'DEFEAT', 'STALEMATE', 'WITHDRAWAL', 'UNKNOWN'] as const;

export const CLAIM_KINDS = [
  'SUPPORT',
  'DEPLOYMENT',
  'WITHDRAWAL',
  'COMBAT',
  'CONTROL',
  'STATEMENT',
  'MEMBERSHIP',
] as const;
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
] as const;
export const STATEMENT_TYPES = [
  'CONGRATULATION',
  'CONDEMNATION',
  'DENIAL',
  'ACCUSATION',
  'PROTEST',
  'ACKNOWLEDGEMENT',
  'THREAT',
  'APPEAL',
  'OTHER',
] as const;
export const POLARITIES = ['ASSERTED', 'DENIED'] as const;

/** Weakest first: a claim's certainty is the strongest among its evidences, and filters compare ranks. */
export const CERTAINTIES = ['POSSIBLE', 'ALTERNATIVE', 'REPORTED', 'CONFIRMED'] as const;
export const SOURCE_KINDS = [
  'OFFICIAL',
  'SECURITY_SOURCE',
  'ARMED_GROUP',
  'OBSERVER',
  'MEDIA',
  'NGO',
  'UN',
  'LOCAL_RESIDENTS',
  'OTHER',
] as const;
export const AUTHORSHIPS = ['PUBLISHED', 'TEAM_SUMMARY'] as const;
/** Relationship types of the actor hierarchy, as a Cypher type alternation (a fixed string, never user text). */
export const ACTOR_TIES = 'PART_OF|AFFILIATED_WITH|MEMBER_OF|SUCCEEDS';

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type LocationKind = (typeof LOCATION_KINDS)[number];
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type SupportType = (typeof SUPPORT_TYPES)[number];
export type StatementType = (typeof STATEMENT_TYPES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Polarity = (typeof POLARITIES)[number];
export type Authorship = (typeof AUTHORSHIPS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function certaintyRank(certainty: Certainty): number {
  return CERTAINTIES.indexOf(certainty);
}

/** Claim kinds that need an `object` actor. */
export const KINDS_WITH_OBJECT: readonly ClaimKind[] = ['SUPPORT', 'STATEMENT', 'MEMBERSHIP'];
