// What an export contains, independent of the file format: nodes and edges with typed, documented properties.
// Internal bookkeeping (hashes, search text, sort keys) never leaves the service.

export type PropertyType = 'string' | 'int' | 'double' | 'boolean' | 'date' | 'string[]';

export const EXPORT_LABELS = ['Actor', 'Location', 'Operation', 'Claim', 'Evidence', 'Article', 'Source'] as const;
export type ExportLabel = (typeof EXPORT_LABELS)[number];

/** Every exported property, with its type; a name means the same thing on every label that has it. */
export const PROPERTY_TYPES: Record<string, PropertyType> = {
  id: 'string',
  name: 'string',
  kind: 'string',
  country: 'string',
  wikidata: 'string',
  description: 'string',
  aliases: 'string[]',
  lat: 'double',
  lon: 'double',
  eventType: 'string',
  date: 'string',
  datePrecision: 'string',
  dateStart: 'date',
  dateEnd: 'date',
  whenStart: 'date',
  whenEnd: 'date',
  endDate: 'string',
  outcome: 'string',
  outcomeType: 'string',
  fatalitiesMin: 'int',
  fatalitiesMax: 'int',
  supportType: 'string',
  statementType: 'string',
  polarity: 'string',
  certainty: 'string',
  materiel: 'string[]',
  officiallyAcknowledged: 'boolean',
  /** made by an extractor and not yet accepted by a writer */
  draft: 'boolean',
  evidenceCount: 'int',
  articleCount: 'int',
  publisherCount: 'int',
  quote: 'string',
  sentence: 'int',
  charStart: 'int',
  charEnd: 'int',
  hedge: 'string',
  title: 'string',
  url: 'string',
  publisher: 'string',
  language: 'string',
  publishedAt: 'string',
  authorship: 'string',
  label: 'string',
  disputed: 'boolean',
  alternativeGroup: 'string',
};

export const LABEL_PROPERTIES: Record<ExportLabel, readonly string[]> = {
  Actor: ['id', 'name', 'kind', 'country', 'wikidata', 'description', 'aliases'],
  Location: ['id', 'name', 'kind', 'country', 'lat', 'lon', 'aliases'],
  Operation: [
    'id',
    'name',
    'eventType',
    'date',
    'datePrecision',
    'dateStart',
    'dateEnd',
    'endDate',
    'outcome',
    'outcomeType',
    'fatalitiesMin',
    'fatalitiesMax',
    'aliases',
  ],
  Claim: [
    'id',
    'kind',
    'supportType',
    'statementType',
    'polarity',
    'certainty',
    'date',
    'datePrecision',
    'dateStart',
    'dateEnd',
    'whenStart',
    'whenEnd',
    'materiel',
    'officiallyAcknowledged',
    'draft',
    'evidenceCount',
    'articleCount',
    'publisherCount',
    'label',
    'disputed',
    'alternativeGroup',
  ],
  Evidence: ['id', 'quote', 'sentence', 'charStart', 'charEnd', 'certainty', 'hedge', 'draft'],
  Article: ['id', 'title', 'url', 'publisher', 'language', 'publishedAt', 'authorship'],
  Source: ['id', 'name', 'kind'],
};

/**
 * Relationship properties: a location's role in an operation, a tie's validity, and for the edges of a claim the
 * period of the claim (`start`, `end`: its date, else its operation's, else its first report's) for timelines.
 */
export const EDGE_PROPERTIES = ['role', 'since', 'until', 'start', 'end'] as const;
export const EDGE_PROPERTY_TYPES: Record<(typeof EDGE_PROPERTIES)[number], PropertyType> = {
  role: 'string',
  since: 'string',
  until: 'string',
  start: 'date',
  end: 'date',
};

export type Properties = Record<string, string | number | boolean | string[] | null>;

export interface ExportNode {
  /** Unique across labels: `Label:id` (ids are unique per label only); the plain id in the actor network. */
  key: string;
  label: ExportLabel;
  /** Further labels the node has in Neo4j (an alliance is an `Actor` and an `Alliance`). */
  labels?: readonly string[];
  props: Properties;
}

/**
 * The columns of one view, declared up front by the writers (GraphML keys, GEXF attributes, CSV headers): every
 * node and edge property with its type, and per label and relationship type the columns of its CSV file.
 */
export interface ExportColumns {
  node: Record<string, PropertyType>;
  edge: Record<string, PropertyType>;
  labels: Partial<Record<ExportLabel, readonly string[]>>;
  /** Columns of an edge type's CSV file; types not listed get every edge column. */
  edgeTypes?: Record<string, readonly string[]>;
}

export const CLAIM_VIEW_COLUMNS: ExportColumns = {
  node: PROPERTY_TYPES,
  edge: EDGE_PROPERTY_TYPES,
  labels: LABEL_PROPERTIES,
};

/** A readable name for any node: the claim's sentence-like label, an actor's name, an article's title, … */
export function displayName(props: Properties): string {
  return String(props.label ?? props.name ?? props.title ?? props.quote ?? props.id);
}

export interface ExportEdge {
  key: string;
  type: string;
  source: string;
  target: string;
  props: Properties;
}

export const nodeKey = (label: ExportLabel, id: string) => `${label}:${id}`;

/** Keeps the documented properties of a label, typed; `aliasNames` is exported as `aliases`. */
export function exportProperties(label: ExportLabel, raw: Record<string, unknown>): Properties {
  // Claims: `when*` is the period timelines use (own date, else the operation's, else the first report's).
  const source: Record<string, unknown> = {
    ...raw,
    aliases: raw.aliasNames ?? null,
    whenStart: raw.sortDate ?? null,
    whenEnd: raw.sortDateEnd ?? null,
  };
  const props: Properties = {};
  for (const name of LABEL_PROPERTIES[label]) {
    const value = source[name];
    // Absent, not empty: an empty list or string would read as a value ("") in every format.
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    props[name] = value as Properties[string];
  }
  return props;
}
