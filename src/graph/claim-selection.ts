import { pairClaims } from './actor-link-queries.ts';
import { disputed, ROLL_UP_TIES, rolledUpTo, tieHoldsAt } from './claim-conditions.ts';

// The one claim selection: every question about claims (the API's claim lists, timelines and statistics, and every
// export view, from GraphQL, HTTP or the CLI) states its criteria as a ClaimSelection, and this module alone turns
// them into Cypher. The same selection therefore picks the same claims wherever it is asked.

/** Criteria on claims; all given criteria must hold. Ids are graph ids, dates ISO days. */
export interface ClaimSelection {
  /** In one of these operations. */
  operations?: readonly string[];
  /** The claim's subject (object, either) is this actor, or with `rollUp` rolls up to it at the claim's date. */
  subject?: string;
  object?: string;
  actor?: string;
  /** Every actor of the claim is one of these (or, with `rollUp`, rolls up to one): claims between them. */
  actorsAmong?: readonly string[];
  rollUp?: boolean;
  /** Involves a member of this alliance (or a part of a member) while it is a member. */
  alliance?: string;
  /** At this place or in an operation there, places inside it included. */
  location?: string;
  /** The claim's period ends on or after `from` and starts on or before `to`. */
  from?: string;
  to?: string;
  kinds?: readonly string[];
  supportTypes?: readonly string[];
  statementTypes?: readonly string[];
  certainties?: readonly string[];
  minCertaintyRank?: number;
  polarity?: string;
  polarities?: readonly string[];
  /** Some claim states the same fact with the opposite polarity (true), or none does (false). */
  disputed?: boolean;
  /** Evidence cites this source. */
  source?: string;
  /** Evidence comes from an article of this publisher (case-insensitive). */
  publisher?: string;
  /** The extractor's drafts not yet accepted: INCLUDE (default), EXCLUDE or ONLY. */
  drafts?: 'INCLUDE' | 'EXCLUDE' | 'ONLY';
}

/** `match` binds each selected claim once to `c`; `params` are its values. */
export interface CompiledSelection {
  match: string;
  params: Record<string, unknown>;
  /** The same criteria on another claim variable of the query, with the same parameters. */
  conditionOn: (variable: string) => string;
}

type Key = keyof ClaimSelection;

/** A criterion on the claim bound to `v`; the given values are parameters named after the criterion. */
const CONDITIONS: { [K in Exclude<Key, 'rollUp' | 'drafts' | 'disputed'>]: (v: string, rollUp: boolean) => string } = {
  operations: (v) => `EXISTS { MATCH (${v})-[:IN_OPERATION]->(sel_o:Operation) WHERE sel_o.id IN $operations }`,
  subject: (v, rollUp) =>
    rollUp ? rolledUpTo('SUBJECT', '$subject', v) : `EXISTS { (${v})-[:SUBJECT]->(:Actor {id: $subject}) }`,
  object: (v, rollUp) =>
    rollUp ? rolledUpTo('OBJECT', '$object', v) : `EXISTS { (${v})-[:OBJECT]->(:Actor {id: $object}) }`,
  actor: (v, rollUp) =>
    rollUp ? rolledUpTo('SUBJECT|OBJECT', '$actor', v) : `EXISTS { (${v})-[:SUBJECT|OBJECT]->(:Actor {id: $actor}) }`,
  actorsAmong: (v, rollUp) => `all(sel_x IN COLLECT { MATCH (${v})-[:SUBJECT|OBJECT]->(sel_y:Actor) RETURN sel_y } WHERE
      sel_x.id IN $actorsAmong${
        rollUp
          ? `
      OR EXISTS { MATCH sel_p = (sel_x)-[:PART_OF|AFFILIATED_WITH*1..4]->(sel_r:Actor)
           WHERE sel_r.id IN $actorsAmong AND all(sel_t IN relationships(sel_p) WHERE ${tieHoldsAt('sel_t', v)}) }`
          : ''
      })`,
  alliance: (v) => `EXISTS {
      MATCH (${v})-[:SUBJECT|OBJECT]->(:Actor)-[:PART_OF*0..3]->(:Actor)-[sel_m:MEMBER_OF]->(:Actor {id: $alliance})
      // A member's claims count while it is a member: the claim's period meets the membership's.
      WHERE (sel_m.sinceStart IS NULL OR ${v}.sortDateEnd IS NULL OR ${v}.sortDateEnd >= sel_m.sinceStart)
        AND (sel_m.untilEnd IS NULL OR ${v}.sortDate IS NULL OR ${v}.sortDate <= sel_m.untilEnd) }`,
  location: (v) => `(EXISTS { MATCH (${v})-[:AT]->(:Location)-[:PART_OF*0..6]->(:Location {id: $location}) }
      OR EXISTS { MATCH (${v})-[:IN_OPERATION]->(:Operation)-[:AT]->(:Location)-[:PART_OF*0..6]->(:Location {id: $location}) })`,
  from: (v) => `${v}.sortDateEnd >= date($from)`,
  to: (v) => `${v}.sortDate <= date($to)`,
  kinds: (v) => `${v}.kind IN $kinds`,
  supportTypes: (v) => `${v}.supportType IN $supportTypes`,
  statementTypes: (v) => `${v}.statementType IN $statementTypes`,
  certainties: (v) => `${v}.certainty IN $certainties`,
  minCertaintyRank: (v) => `${v}.certaintyRank >= $minCertaintyRank`,
  polarity: (v) => `${v}.polarity = $polarity`,
  polarities: (v) => `${v}.polarity IN $polarities`,
  source: (v) => `EXISTS { MATCH (${v})<-[:SUPPORTS]-(:Evidence)-[:CITES]->(:Source {id: $source}) }`,
  publisher: (v) =>
    `EXISTS { MATCH (${v})<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(sel_a:Article) WHERE toLower(sel_a.publisher) = toLower($publisher) }`,
};

const given = (value: unknown) =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

/** The criteria given, in the fixed order of CONDITIONS (so the same selection gives the same text). */
function givenKeys(s: ClaimSelection) {
  return (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]).filter((k) => given(s[k]));
}

/** The values of the selection's criteria, as the parameters its Cypher names. */
function parameters(s: ClaimSelection): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of givenKeys(s)) params[key] = s[key];
  return params;
}

/**
 * The selection as one condition on the claim bound to `v` (true when nothing is given), using the parameters of
 * compileClaimSelection: for a second claim in the same query (the other end of a contradiction). `implied` is a
 * criterion the query's anchor already guarantees.
 */
function claimCondition(s: ClaimSelection, v: string, implied: readonly Key[] = []): string {
  const rollUp = s.rollUp === true;
  const parts = givenKeys(s)
    .filter((k) => !implied.includes(k))
    .map((k) => CONDITIONS[k](v, rollUp));
  if (s.disputed !== undefined) parts.push(s.disputed ? disputed(v) : `NOT ${disputed(v)}`);
  if (s.drafts === 'EXCLUDE') parts.push(`coalesce(${v}.draft, false) = false`);
  if (s.drafts === 'ONLY') parts.push(`${v}.draft = true`);
  return parts.length ? parts.join('\n  AND ') : 'true';
}

interface Anchor {
  cypher: string;
  /** The criteria every claim the anchor reaches meets, so their conditions need not be checked again. */
  implies?: readonly Key[];
}

/**
 * Where the planner starts: from an index on the most selective criterion given (operation, then actors, then
 * place) rather than from every claim. The anchor only narrows the start; every condition it does not imply is
 * still checked, so the anchor never changes which claims are selected. Rolled-up actors are reached through
 * ties of any date, so the date check stays.
 */
function anchorOf(s: ClaimSelection): Anchor {
  const actor = (key: 'subject' | 'object' | 'actor' | 'actorsAmong', rel: string): Anchor => {
    const start =
      key === 'actorsAmong'
        ? 'MATCH (sel_s:Actor) WHERE sel_s.id IN $actorsAmong'
        : `MATCH (sel_s:Actor {id: $${key}})`;
    const reach = s.rollUp
      ? `MATCH (sel_s)<-[:${ROLL_UP_TIES}]-(sel_a:Actor) WITH DISTINCT sel_a`
      : 'WITH sel_s AS sel_a';
    const implied = s.rollUp || key === 'actorsAmong' ? undefined : [key];
    return { cypher: `${start}\n${reach}\nMATCH (sel_a)<-[:${rel}]-(c:Claim)`, implies: implied };
  };
  if (given(s.operations)) {
    return {
      cypher: 'MATCH (sel_o:Operation) WHERE sel_o.id IN $operations\nMATCH (sel_o)<-[:IN_OPERATION]-(c:Claim)',
      implies: ['operations'],
    };
  }
  if (given(s.subject) && given(s.object) && !s.rollUp) {
    // One pair's claims (a link's drill-down): a seek on the claims' pair ids (claim_pair), where starting from
    // the subject would read every claim of a hub to keep those with this object.
    return { cypher: pairClaims('$subject', '$object'), implies: ['subject', 'object'] };
  }
  if (given(s.subject)) return actor('subject', 'SUBJECT');
  if (given(s.object)) return actor('object', 'OBJECT');
  if (given(s.actor)) return actor('actor', 'SUBJECT|OBJECT');
  if (given(s.actorsAmong)) return actor('actorsAmong', 'SUBJECT|OBJECT');
  if (given(s.location)) {
    const cypher = `MATCH (:Location {id: $location})<-[:PART_OF*0..6]-(sel_l:Location)
CALL (sel_l) {
  MATCH (sel_l)<-[:AT]-(c:Claim) RETURN c
  UNION
  MATCH (sel_l)<-[:AT]-(:Operation)<-[:IN_OPERATION]-(c:Claim) RETURN c
}`;
    return { cypher, implies: ['location'] };
  }
  return { cypher: 'MATCH (c:Claim)' };
}

/** The selection as Cypher that binds every selected claim once to `c`, with its parameters. */
export function compileClaimSelection(s: ClaimSelection): CompiledSelection {
  const anchor = anchorOf(s);
  const condition = claimCondition(s, 'c', anchor.implies);
  const where = condition === 'true' ? '' : ` WHERE ${condition}`;
  const scan = anchor.implies === undefined && anchor.cypher === 'MATCH (c:Claim)';
  // A claim reached from several anchors (two of its actors, two places) is selected once.
  const match = scan ? `${anchor.cypher}${where}` : `${anchor.cypher}\nWITH DISTINCT c${where}`;
  return { match, params: parameters(s), conditionOn: (v) => claimCondition(s, v) };
}
