// Rows ready for the loader's UNWIND statements: everything the Cypher needs is computed here (ids, hashes,
// date bounds, offsets), so the queries only move data.

export interface DateFields {
  date: string | null;
  datePrecision: string | null;
  dateStart: string | null;
  dateEnd: string | null;
}

export interface AliasFields {
  aliasNames: string[];
  aliasLangs: string[];
  /** Name and aliases in one string, for the accent-folding full-text index. */
  searchText: string;
}

export interface PeriodRow {
  actor: string;
  since: string | null;
  until: string | null;
  sinceStart: string | null;
  untilEnd: string | null;
}

export interface ActorRow extends AliasFields {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  wikidata: string | null;
  description: string | null;
  partOf: string | null;
  affiliations: PeriodRow[];
  members: PeriodRow[];
  succeeds: { actor: string; date: string | null } | null;
  hash: string;
}

export interface LocationRow extends AliasFields {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  partOf: string | null;
  lat: number | null;
  lon: number | null;
  geonames: number | null;
  hash: string;
}

export interface SourceRow {
  id: string;
  name: string;
  kind: string;
  actor: string | null;
  hash: string;
}

export interface OperationRow extends AliasFields, DateFields {
  id: string;
  name: string;
  eventType: string;
  endDate: string | null;
  endDateEnd: string | null;
  outcome: string | null;
  outcomeType: string | null;
  campaign: string | null;
  fatalitiesMin: number | null;
  fatalitiesMax: number | null;
  locations: { location: string; role: string }[];
  hash: string;
}

export interface ClaimRow {
  id: string;
  kind: string;
  subject: string;
  object: string | null;
  operation: string | null;
  location: string | null;
  supportType: string | null;
  statementType: string | null;
  polarity: string;
  /** The same for an ASSERTED and a DENIED report of one fact: how conflicting claims find each other. */
  factKey: string;
}

export interface EvidenceRow extends DateFields {
  id: string;
  claim: string;
  article: string;
  quote: string;
  sentence: number;
  charStart: number;
  charEnd: number;
  certainty: string;
  certaintyRank: number;
  hedge: string | null;
  materiel: string | null;
  endDate: string | null;
  officiallyAcknowledged: boolean | null;
  alternativeGroup: string | null;
  /** Groups are named per article: the key scopes the annotator's name to its article. */
  alternativeKey: string | null;
  sources: string[];
  /** made by an extractor and not yet accepted by a writer */
  draft: boolean;
  /** "name@version" of the extractor, with the rule that fired and its score */
  extractor: string | null;
  rule: string | null;
  score: number | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  publisher: string;
  language: string;
  publishedAt: string;
  publishedDate: string;
  retrievedAt: string | null;
  authorship: string;
  summarises: string | null;
  text: string;
  contentHash: string;
}

export interface ReferenceData {
  actors: ActorRow[];
  locations: LocationRow[];
  sources: SourceRow[];
}

export interface CompiledArticle extends ReferenceData {
  kind: 'article';
  label: string;
  /**
   * Made by an extractor (its claims are drafts): it never replaces an article a writer reviewed, nor loads a text
   * the graph already holds under another id (see the loader).
   */
  extracted: boolean;
  article: ArticleRow;
  operations: OperationRow[];
  claims: ClaimRow[];
  evidences: EvidenceRow[];
}

export interface CompiledGazetteer extends ReferenceData {
  kind: 'gazetteer';
  label: string;
}

export type CompiledDocument = CompiledArticle | CompiledGazetteer;
