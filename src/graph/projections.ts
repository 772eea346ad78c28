// Map projections shared by the read queries, so every query returns the same shape for the same node type
// (the zod views in src/model/views.ts). They are fixed strings: no user text is ever spliced into Cypher.

export const ACTOR_FIELDS = '.id, .name, .kind, .country, .wikidata, .description, .aliasNames, .aliasLangs';

export const LOCATION_FIELDS =
  '.id, .name, .kind, .country, .aliasNames, .aliasLangs, lat: {v}.point.latitude, lon: {v}.point.longitude';

export const OPERATION_FIELDS =
  '.id, .name, .eventType, .date, .endDate, .outcome, .outcomeType, .fatalitiesMin, .fatalitiesMax, .aliasNames, .aliasLangs, sortKey: toString({v}.dateStart)';

export const ARTICLE_FIELDS =
  '.id, .title, .url, .publisher, .language, .publishedAt, .authorship, .summarises, publishedDate: toString({v}.publishedDate)';

export const project = (variable: string, fields: string) => `${variable} { ${fields.replaceAll('{v}', variable)} }`;

/** Everything a Claim resolver needs, fetched with the claim: one round trip per page of claims. */
export const CLAIM_PROJECTION = `c {
  .id, .kind, .supportType, .statementType, .polarity, .certainty, .date, .when, .whenBasis, .materiel, .officiallyAcknowledged,
  .evidenceCount, .articleCount, .publisherCount,
  sortKey: toString(c.sortDate),
  subject: COLLECT { MATCH (c)-[:SUBJECT]->(a:Actor) RETURN ${project('a', ACTOR_FIELDS)} }[0],
  object: COLLECT { MATCH (c)-[:OBJECT]->(a:Actor) RETURN ${project('a', ACTOR_FIELDS)} }[0],
  operation: COLLECT { MATCH (c)-[:IN_OPERATION]->(o:Operation) RETURN ${project('o', OPERATION_FIELDS)} }[0],
  location: COLLECT { MATCH (c)-[:AT]->(l:Location) RETURN ${project('l', LOCATION_FIELDS)} }[0],
  evidences: COLLECT {
    MATCH (c)<-[:SUPPORTS]-(e:Evidence)-[:FROM_ARTICLE]->(ar:Article)
    RETURN e { .id, .quote, .sentence, .charStart, .charEnd, .certainty, .hedge,
               article: ${project('ar', ARTICLE_FIELDS)},
               sources: COLLECT { MATCH (e)-[:CITES]->(s:Source)
                                  RETURN s { .id, .name, .kind, actorId: COLLECT { MATCH (s)-[:IS_ACTOR]->(x:Actor) RETURN x.id }[0] }
                                  ORDER BY s.id } }
    ORDER BY ar.publishedDate, ar.id, e.sentence, e.charStart
  },
  sourceCount: size(COLLECT { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source) RETURN DISTINCT s.id }),
  alternativeIds: COLLECT {
    MATCH (c)<-[:SUPPORTS]-(e:Evidence) WHERE e.alternativeKey IS NOT NULL
    MATCH (:Evidence {alternativeKey: e.alternativeKey})-[:SUPPORTS]->(o:Claim) WHERE o <> c
    RETURN DISTINCT o.id ORDER BY o.id
  },
  contradictingIds: COLLECT { MATCH (o:Claim {factKey: c.factKey}) WHERE o.polarity <> c.polarity RETURN o.id ORDER BY o.id }
}`;
