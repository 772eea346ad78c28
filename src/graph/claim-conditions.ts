// Cypher conditions on a claim shared by the claim selection, statistics and walks, so "disputed" and "rolled up"
// mean the same thing everywhere. Fixed fragments over a variable name chosen by this code (never user text);
// values travel as parameters. Inner variables are prefixed `sel_` so that a condition applied inside a larger
// query cannot capture one of its variables.

/** Some claim states the same fact (same factKey) with the opposite polarity: an assertion and its denial. */
export const disputed = (c = 'c') =>
  `EXISTS { MATCH (sel_d:Claim {factKey: ${c}.factKey}) WHERE sel_d.polarity <> ${c}.polarity }`;

/**
 * A hierarchy tie `t` (PART_OF, AFFILIATED_WITH) holds at claim `c`'s date: its period overlaps the claim's.
 * PART_OF ties carry no dates and always hold; an affiliation that ended before the claim, or began after it,
 * does not.
 */
export const tieHoldsAt = (t: string, c = 'c') =>
  `(${t}.sinceStart IS NULL OR ${t}.sinceStart <= ${c}.sortDateEnd) AND (${t}.untilEnd IS NULL OR ${t}.untilEnd >= ${c}.sortDate)`;

/** Hierarchy ties an actor rolls up through (FAMa → Mali; Wagner → Russia while affiliated), at most 4 deep. */
export const ROLL_UP_TIES = 'PART_OF|AFFILIATED_WITH*0..4';

/**
 * The claim's actor in `rel` is the actor with the id in `param`, or one of its parts or affiliates at the
 * claim's date.
 */
export const rolledUpTo = (rel: string, param: string, c = 'c') =>
  `EXISTS { MATCH sel_p = (${c})-[:${rel}]->(:Actor)-[:${ROLL_UP_TIES}]->(:Actor {id: ${param}})
    WHERE all(sel_t IN relationships(sel_p)[1..] WHERE ${tieHoldsAt('sel_t', c)}) }`;

/**
 * The actor a claim's subject or object rolls up to at the claim's date: the top of the longest chain of ties
 * that hold then (FAMa → Mali; Wagner → Russia while affiliated), as a {key, label} group.
 */
export const rootAtClaimDate = (rel: 'SUBJECT' | 'OBJECT', c = 'c') =>
  `COLLECT { MATCH sel_p = (${c})-[:${rel}]->(:Actor)-[:${ROLL_UP_TIES}]->(sel_r:Actor)
    WHERE all(sel_t IN relationships(sel_p)[1..] WHERE ${tieHoldsAt('sel_t', c)})
    RETURN {key: sel_r.id, label: sel_r.name} ORDER BY length(sel_p) DESC, sel_r.id LIMIT 1 }[0]`;
