import { z } from 'zod';
import { namedQuery } from '../neo4j/database.ts';

// Review of extracted drafts. A target is an article id (all its draft evidences) or a claim id (that claim's
// draft evidences). Accepting clears the draft mark; rejecting removes the draft evidences (and the claims left
// without any). Either way the touched claims are then refreshed by the loader's REFRESH_CLAIMS (claim-write-queries.ts).

const DRAFT_EVIDENCE = `MATCH (e:Evidence)-[:SUPPORTS]->(c:Claim)
   WHERE e.draft = true AND (c.id = $id OR EXISTS { (e)-[:FROM_ARTICLE]->(:Article {id: $id}) })`;

export const ACCEPT_DRAFTS = namedQuery(
  'acceptDrafts',
  `${DRAFT_EVIDENCE}
   SET e.draft = false
   RETURN c.id AS claim, count(e) AS evidences`,
  z.object({ claim: z.string(), evidences: z.number() }),
);

export const REJECT_DRAFTS = namedQuery(
  'rejectDrafts',
  `${DRAFT_EVIDENCE}
   WITH c, collect(e) AS evs
   FOREACH (e IN evs | DETACH DELETE e)
   RETURN c.id AS claim, size(evs) AS evidences`,
  z.object({ claim: z.string(), evidences: z.number() }),
);

export const REVIEW_TARGET = namedQuery(
  'reviewTarget',
  `RETURN EXISTS { MATCH (:Article {id: $id}) } AS article, EXISTS { MATCH (:Claim {id: $id}) } AS claim`,
  z.object({ article: z.boolean(), claim: z.boolean() }),
);
