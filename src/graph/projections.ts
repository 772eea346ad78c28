// Map projections shared by the read queries, so every query returns the same shape for the same node type
// (the zod views in src/model/views.ts). They are fixed strings: no user text is ever spliced into Cypher.
// Each node type's projection is a table from view key to Cypher, so a query can project only the keys a request
// reads (see projectKeys); `{v}` stands for the node's variable.

export type ProjectionTable = Readonly<Record<string, string>>;

export const ACTOR_TABLE: ProjectionTable = {
  id: '.id',
  name: '.name',
  kind: '.kind',
  country: '.country',
  wikidata: '.wikidata',
  description: '.description',
  aliasNames: '.aliasNames',
  aliasLangs: '.aliasLangs',
};

export const LOCATION_TABLE: ProjectionTable = {
  id: '.id',
  name: '.name',
  kind: '.kind',
  country: '.country',
  aliasNames: '.aliasNames',
  aliasLangs: '.aliasLangs',
  lat: 'lat: {v}.point.latitude',
  lon: 'lon: {v}.point.longitude',
};

export const OPERATION_TABLE: ProjectionTable = {
  id: '.id',
  name: '.name',
  eventType: '.eventType',
  date: '.date',
  endDate: '.endDate',
  outcome: '.outcome',
  outcomeType: '.outcomeType',
  fatalitiesMin: '.fatalitiesMin',
  fatalitiesMax: '.fatalitiesMax',
  aliasNames: '.aliasNames',
  aliasLangs: '.aliasLangs',
  sortKey: 'sortKey: toString({v}.dateStart)',
};

export const ARTICLE_TABLE: ProjectionTable = {
  id: '.id',
  title: '.title',
  url: '.url',
  publisher: '.publisher',
  language: '.language',
  publishedAt: '.publishedAt',
  authorship: '.authorship',
  summarises: '.summarises',
  publishedDate: 'publishedDate: toString({v}.publishedDate)',
};

const fieldsOf = (table: ProjectionTable, keys?: ReadonlySet<string>) =>
  Object.entries(table)
    .filter(([key]) => key === 'id' || keys === undefined || keys.has(key))
    .map(([, cypher]) => cypher)
    .join(', ');

export const ACTOR_FIELDS = fieldsOf(ACTOR_TABLE);
export const LOCATION_FIELDS = fieldsOf(LOCATION_TABLE);
export const OPERATION_FIELDS = fieldsOf(OPERATION_TABLE);
export const ARTICLE_FIELDS = fieldsOf(ARTICLE_TABLE);

export const project = (variable: string, fields: string) => `${variable} { ${fields.replaceAll('{v}', variable)} }`;

/** A projection of the table's keys in `keys` (all when undefined; the id always), for node `variable`. */
export const projectKeys = (variable: string, table: ProjectionTable, keys?: ReadonlySet<string>) =>
  project(variable, fieldsOf(table, keys));
