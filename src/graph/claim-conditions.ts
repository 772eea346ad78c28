// Cypher conditions on a claim `c` shared by the claim lists, statistics and walks, so "disputed" and "rolled up"
// mean the same thing everywhere. Fixed fragments; values travel as parameters.

/** Some claim states the same fact (same factKey) with the opposite polarity: an assertion and its denial. */
export const DISPUTED = 'EXISTS { MATCH (d:Claim {factKey: c.factKey}) WHERE d.polarity <> c.polarity }';

/**
 * A hierarchy tie `t` (PART_OF, AFFILIATED_WITH) holds at claim `c`'s date: its period overlaps the claim's.
 * PART_OF ties carry no dates and always hold; an affiliation that ended before the claim, or began after it,
 * does not.
 */
export const tieHoldsAt = (t: string, c = 'c') =>
  `(${t}.sinceStart IS NULL OR ${t}.sinceStart <= ${c}.sortDateEnd) AND (${t}.untilEnd IS NULL OR ${t}.untilEnd >= ${c}.sortDate)`;

/** The claim's actor in `rel` is the actor `$param`, or one of its parts or affiliates at the claim's date. */
export const rolledUpTo = (rel: string, param: string) =>
  `EXISTS { MATCH p = (c)-[:${rel}]->(:Actor)-[:PART_OF|AFFILIATED_WITH*0..4]->(:Actor {id: ${param}})
    WHERE all(t IN relationships(p)[1..] WHERE ${tieHoldsAt('t')}) }`;

/**
 * The actor a claim's subject or object rolls up to at the claim's date: the top of the longest chain of ties
 * that hold then (FAMa → Mali; Wagner → Russia while affiliated), as a {key, label} group.
 */
export const rootAtClaimDate = (rel: 'SUBJECT' | 'OBJECT') =>
  `COLLECT { MATCH p = (c)-[:${rel}]->(:Actor)-[:PART_OF|AFFILIATED_WITH*0..4]->(r:Actor)
    WHERE all(t IN relationships(p)[1..] WHERE ${tieHoldsAt('t')})
    RETURN {key: r.id, label: r.name} ORDER BY length(p) DESC, r.id LIMIT 1 }[0]`;
