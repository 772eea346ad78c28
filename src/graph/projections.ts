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
