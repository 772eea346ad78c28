import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorView, LocationView, OperationView, ArticleView, SourceView, EvidenceView, ClaimView, ActorLinkView } from '../../model/views.ts';
import type { ActorConnectionParent, ClaimConnectionParent, OperationConnectionParent, ArticleConnectionParent, SourceConnectionParent, NeighborhoodParent, ActorPathParent, AffiliationParent, MembershipParent, SuccessionParent } from '../parents.ts';
import type { SupportStatRow } from '../../graph/claim-repository.ts';
import type { LinkSummary } from '../../graph/neighbourhood-queries.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: here, an article or gazetteer document as docs/article-format.md describes (text inline). */
  JSON: { input: unknown; output: unknown; }
};

export type Actor = {
  __typename?: 'Actor';
  /** Looser ties with validity dates: Wagner affiliated with Russia until 2025. */
  affiliations: Array<Affiliation>;
  aliases: Array<Alias>;
  /** ISO 3166-1 alpha-3. */
  country?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. `fama`, `burkina-faso`. */
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /** For an alliance: its members over time. */
  members: Array<Membership>;
  /** Alliances this actor belongs or belonged to. */
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** The actor this one belongs to: a state's army is part of the state. */
  partOf?: Maybe<Actor>;
  /** Actors that are part of this one. */
  parts: Array<Actor>;
  /** The actor this one took over from (Africa Corps succeeds Wagner). */
  succeeds?: Maybe<Succession>;
  wikidata?: Maybe<Scalars['String']['output']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

/** UCDP/ACLED-style actor types. */
export type ActorKind =
  | 'ALLIANCE'
  | 'CIVILIANS'
  | 'INTERNATIONAL_ORGANISATION'
  | 'NON_STATE_ARMED_GROUP'
  | 'OTHER'
  | 'PERSON'
  | 'PRIVATE_MILITARY_COMPANY'
  | 'STATE'
  | 'STATE_ARMED_FORCE';

/** One edge between two actors: from a claim (subject → object) or from the actor hierarchy. */
export type ActorLink = {
  __typename?: 'ActorLink';
  /** Set when the link is a claim. */
  claim?: Maybe<Claim>;
  /** Stable: the claim id, or `<type>:<from>:<to>` for a structural tie. */
  id: Scalars['ID']['output'];
  source: Actor;
  target: Actor;
  type: LinkType;
};

/**
 * All claims of one kind and polarity from one actor to another, summarised (or one tie of the actor hierarchy):
 * what a neighbourhood draws at scale. Kept exact by the loader in the transaction that writes the claims; the
 * claims themselves are one query away: `claims(filter: { subject: <source>, object: <target>, kinds: [<type>] })`.
 */
export type ActorLinkSummary = {
  __typename?: 'ActorLinkSummary';
  /** Claims per certainty (those with none are omitted). */
  certainties: Array<CertaintyCount>;
  /** Claims summarised (0 for a structural tie). */
  claims: Scalars['Int']['output'];
  /** Of those, the extractor's drafts not yet accepted. */
  drafts: Scalars['Int']['output'];
  evidences: Scalars['Int']['output'];
  /** Earliest start and latest end of the claims' dates (`Claim.when`, as days). */
  firstDate?: Maybe<Scalars['String']['output']>;
  /** Stable: `<type>:<polarity>:<source>:<target>`, or `<type>:<from>:<to>` for a structural tie. */
  id: Scalars['ID']['output'];
  lastDate?: Maybe<Scalars['String']['output']>;
  /** Null for a structural tie. An assertion and a denial of the same tie are two links. */
  polarity?: Maybe<Polarity>;
  source: Actor;
  target: Actor;
  type: LinkType;
};

/** One of the shortest chains of links between two actors. */
export type ActorPath = {
  __typename?: 'ActorPath';
  actors: Array<Actor>;
  length: Scalars['Int']['output'];
  /** In order from `from` to `to`; a link may point either way. */
  links: Array<ActorLink>;
};

export type Affiliation = {
  __typename?: 'Affiliation';
  actor: Actor;
  since?: Maybe<PartialDate>;
  until?: Maybe<PartialDate>;
};

export type Alias = {
  __typename?: 'Alias';
  /** ISO 639-1 language code, or `und` when unknown. */
  lang: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Article = {
  __typename?: 'Article';
  authorship: Authorship;
  /** Claims this article gives evidence for. */
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  publishedAt: Scalars['String']['output'];
  publisher: Scalars['String']['output'];
  summarises: Array<SummarisedReport>;
  /** The full text the offsets of every evidence refer to. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** Metadata of a raw article text; what is missing is read from the text (front matter) or detected (language). */
export type ArticleMetadataInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 639-1 (fr, en); detected when absent. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, or a timestamp: the date relative dates ("ce mardi") are resolved against. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Authorship =
  /** A third party's text, kept verbatim. */
  | 'PUBLISHED'
  /** Written by our team in its own words, summarising the reports it names. */
  | 'TEAM_SUMMARY';

/** Weakest to strongest: POSSIBLE ("peut-être") < ALTERNATIVE ("un drone ou au moins des munitions") < REPORTED < CONFIRMED. */
export type Certainty =
  | 'ALTERNATIVE'
  | 'CONFIRMED'
  | 'POSSIBLE'
  | 'REPORTED';

export type CertaintyCount = {
  __typename?: 'CertaintyCount';
  certainty: Certainty;
  claims: Scalars['Int']['output'];
};

/**
 * One fact, reified: who did what to whom, in which operation, where and when. The same fact reported by several
 * articles is one claim with several evidences; its certainty is the strongest any evidence gives.
 */
export type Claim = {
  __typename?: 'Claim';
  /** Claims the same article gives as alternatives to this one ("a drone or at least munitions"). */
  alternatives: Array<Claim>;
  certainty: Certainty;
  /**
   * Claims stating the opposite (same fact, other polarity).
   * @deprecated Use `contradictions`.
   */
  contradictedBy: Array<Claim>;
  /**
   * The claims that contradict this one: the same fact (same kind, subject, object, operation, location, support and
   * statement type) with the opposite polarity, an assertion and its denial. Select their `evidences` to read both
   * sides.
   */
  contradictions: Array<Claim>;
  corroboration: Corroboration;
  /** The date the articles give for this fact, if any. */
  date?: Maybe<PartialDate>;
  /** True when at least one claim contradicts this one. */
  disputed: Scalars['Boolean']['output'];
  /** Made by an extractor and not yet reviewed: no writer accepted it and no human annotation states it. */
  draft: Scalars['Boolean']['output'];
  evidences: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  location?: Maybe<Location>;
  /** The materiel as the articles wrote it ("avion-cargo"). */
  materiel: Array<Scalars['String']['output']>;
  /** Recipient, opponent, addressee or alliance. */
  object?: Maybe<Actor>;
  /** true if any article says it was acknowledged, false if one says it was not, null when none says. */
  officiallyAcknowledged?: Maybe<Scalars['Boolean']['output']>;
  operation?: Maybe<Operation>;
  polarity: Polarity;
  statementType?: Maybe<StatementType>;
  /** Supporter, conducting side, speaker or member. */
  subject: Actor;
  supportType?: Maybe<SupportType>;
  /** When it happened, for timelines: the claim's own date, else its operation's, else when it was first reported. */
  when: PartialDate;
  whenBasis: DateBasis;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  /**
   * Set when a question about an actor finds nothing as asked but would find claims with `rollUp: true` (no claim
   * names Mali itself, many name its army): a sentence a UI can show.
   */
  hint?: Maybe<Scalars['String']['output']>;
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  /** Claims where this actor is subject or object. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  certainties?: InputMaybe<Array<Certainty>>;
  /** true: only disputed claims (some claim contradicts them); false: only undisputed ones. */
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Extracted drafts not yet accepted: included (default), excluded, or only them. */
  drafts?: InputMaybe<DraftFilter>;
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ClaimKind>>;
  location?: InputMaybe<Scalars['ID']['input']>;
  minCertainty?: InputMaybe<Certainty>;
  object?: InputMaybe<Scalars['ID']['input']>;
  operation?: InputMaybe<Scalars['ID']['input']>;
  polarity?: InputMaybe<Polarity>;
  /** Only claims with evidence from articles of this publisher (exact name, case-insensitive). */
  publisher?: InputMaybe<Scalars['String']['input']>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims with evidence citing this source (id, see `sources`). */
  source?: InputMaybe<Scalars['ID']['input']>;
  statementTypes?: InputMaybe<Array<StatementType>>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  supportTypes?: InputMaybe<Array<SupportType>>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Claim kinds, after PLOVER's event classes (AID, FIGHT, …). */
export type ClaimKind =
  | 'COMBAT'
  | 'CONTROL'
  | 'DEPLOYMENT'
  | 'MEMBERSHIP'
  | 'STATEMENT'
  | 'SUPPORT'
  | 'WITHDRAWAL';

export type Coordinates = {
  __typename?: 'Coordinates';
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
};

/** Derived from the evidences: how many distinct articles, publishers and cited sources back the claim. */
export type Corroboration = {
  __typename?: 'Corroboration';
  articles: Scalars['Int']['output'];
  evidences: Scalars['Int']['output'];
  publishers: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

export type DateBasis =
  | 'CLAIM'
  | 'FIRST_REPORT'
  | 'OPERATION';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Whether claim lists include the extractor's drafts not yet accepted. */
export type DraftFilter =
  | 'EXCLUDE'
  | 'INCLUDE'
  | 'ONLY';

/** ACLED's event types. */
export type EventType =
  | 'BATTLE'
  | 'EXPLOSION_REMOTE_VIOLENCE'
  | 'PROTESTS'
  | 'RIOTS'
  | 'STRATEGIC_DEVELOPMENT'
  | 'VIOLENCE_AGAINST_CIVILIANS';

/** Where a claim was read: the quote, its place in the article, how sure the article is, whom it cites. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  certainty: Certainty;
  charEnd: Scalars['Int']['output'];
  /** Offsets in Unicode code points (Python str indexes) of the quote in the article text. */
  charStart: Scalars['Int']['output'];
  /** Read by an extractor and not yet accepted by a writer. */
  draft: Scalars['Boolean']['output'];
  /** The extractor that read it (name@version), the rule and cue that fired, and the rule's score (0–1). */
  extractor?: Maybe<Scalars['String']['output']>;
  /** The hedging words as written ("peut-être", "ou au moins"). */
  hedge?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  quote: Scalars['String']['output'];
  rule?: Maybe<Scalars['String']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  /** 1-based sentence number in the article text. */
  sentence: Scalars['Int']['output'];
  sources: Array<Source>;
};

export type ExportFormat =
  | 'CSV'
  | 'CYTOSCAPE'
  | 'GEXF'
  | 'GRAPHML'
  | 'JGF';

export type ExportResult = {
  __typename?: 'ExportResult';
  /** The file itself when it is at most 1 MB (not for CSV, which is a zip of two files). */
  content?: Maybe<Scalars['String']['output']>;
  /** GET it to download the same export as a file (it runs again on the current graph). */
  downloadUrl: Scalars['String']['output'];
  format: ExportFormat;
  /** Selection, graph model version, counts per label and type, source articles, files with SHA-256. */
  manifest: Scalars['JSON']['output'];
};

/** What to export: every criterion given must hold (see the README's Export section). */
export type ExportSelection = {
  /** Claims whose actors are all within `depth` links of these. */
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  alliance?: InputMaybe<Scalars['ID']['input']>;
  claimKinds?: InputMaybe<Array<ClaimKind>>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Extracted drafts not yet accepted: included (default), excluded, or only them. */
  drafts?: InputMaybe<DraftFilter>;
  from?: InputMaybe<Scalars['String']['input']>;
  includeEvidence?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['ID']['input']>;
  minCertainty?: InputMaybe<Certainty>;
  operations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** With actors: count a claim's actor as the selected actor it rolls up to at the claim's date (FAMa as Mali). */
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
  supportTypes?: InputMaybe<Array<SupportType>>;
  to?: InputMaybe<Scalars['String']['input']>;
  /** CLAIMS: the claim graph with its evidence; ACTORS: the actor network, one edge per claim from subject to object. */
  view?: InputMaybe<ExportView>;
  /** Actor network only: parallel claims (same actors, kind and polarity) merged into one edge with a weight. */
  weighted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ExportView =
  | 'ACTORS'
  | 'CLAIMS';

export type ExtractResult = {
  __typename?: 'ExtractResult';
  articleId: Scalars['ID']['output'];
  /** How many claims the draft holds. */
  claims: Scalars['Int']['output'];
  /** The draft article document (docs/article-format.md), every claim marked draft with the rule that made it. */
  draft: Scalars['JSON']['output'];
  /**
   * Set when load was true and nothing was written although the text is new to the graph: the graph holds a reviewed
   * annotation of this article (a draft never replaces it), or the same text under another article id.
   */
  note?: Maybe<Scalars['String']['output']>;
  /** Set when load was true: what loading the draft did. */
  status?: Maybe<IngestStatus>;
};

export type Fatalities = {
  __typename?: 'Fatalities';
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
};

/** What is in the graph: node and relationship counts, and the graph model's version. */
export type GraphInfo = {
  __typename?: 'GraphInfo';
  nodes: Array<LabelCount>;
  relationships: Array<LabelCount>;
  schemaVersion?: Maybe<Scalars['Int']['output']>;
};

export type IngestClaimCounts = {
  __typename?: 'IngestClaimCounts';
  /** Claims new to the graph. */
  created: Scalars['Int']['output'];
  /** Claims removed because no article states them any more (an edited article dropped them). */
  dropped: Scalars['Int']['output'];
  /** Claims this article states that another article already stated: its evidence joined them. */
  merged: Scalars['Int']['output'];
  /** Claims an edited article states again. */
  restated: Scalars['Int']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  /** The article's id, or null for a gazetteer document. */
  articleId?: Maybe<Scalars['ID']['output']>;
  /** What the article's claims did to the graph. */
  claims: IngestClaimCounts;
  status: IngestStatus;
};

export type IngestStatus =
  | 'CREATED'
  | 'UNCHANGED'
  | 'UPDATED';

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/** What an edge of a drawn neighbourhood stands for: a claim kind, or a structural tie between actors. */
export type LinkType =
  | 'AFFILIATED_WITH'
  | 'COMBAT'
  | 'CONTROL'
  | 'DEPLOYMENT'
  | 'MEMBERSHIP'
  | 'MEMBER_OF'
  | 'PART_OF'
  | 'STATEMENT'
  | 'SUCCEEDS'
  | 'SUPPORT'
  | 'WITHDRAWAL';

export type Location = {
  __typename?: 'Location';
  aliases: Array<Alias>;
  /** Enclosing places, nearest first. */
  ancestors: Array<Location>;
  coordinates?: Maybe<Coordinates>;
  country?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: LocationKind;
  name: Scalars['String']['output'];
  /** Operations at this place or inside it, oldest first. */
  operations: Array<Operation>;
  /** The enclosing place (Kidal → Kidal region → Mali). */
  partOf?: Maybe<Location>;
  parts: Array<Location>;
};

export type LocationKind =
  | 'AREA'
  | 'CITY'
  | 'COUNTRY'
  | 'REGION'
  | 'SITE'
  | 'TOWN';

export type LocationRole =
  | 'AREA'
  | 'COMMAND_POST'
  | 'OBJECTIVE'
  | 'STAGING';

export type Membership = {
  __typename?: 'Membership';
  /** Whether the membership still holds today (no end date, or one not yet passed). */
  active: Scalars['Boolean']['output'];
  alliance: Actor;
  member: Actor;
  since?: Maybe<PartialDate>;
  until?: Maybe<PartialDate>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Reads a news article's text (plain text, Markdown or HTML; French or English) and returns the draft claims a
   * rule-based coder finds in it, each with its verbatim quote, certainty and rule; with load: true the draft is
   * also loaded into the graph (claims marked draft until reviewed). Needs a writer API key.
   */
  extractArticle: ExtractResult;
  /**
   * Validates and loads one article or gazetteer document in one transaction. Needs a writer API key
   * (`Authorization: Bearer <key>`). An invalid document is refused with BAD_USER_INPUT naming the field
   * (`argument: "document.claims[0].subject"`, every issue in `extensions.issues`), and nothing is written.
   */
  ingestArticle: IngestResult;
  /**
   * Accepts or rejects the extractor's drafts of an article (its id) or of one claim (its id). Accepting clears
   * the draft mark; rejecting removes the draft evidences and the claims left without evidence. Needs a writer key.
   */
  reviewDrafts: ReviewResult;
};


export type MutationExtractArticleArgs = {
  load?: InputMaybe<Scalars['Boolean']['input']>;
  metadata?: InputMaybe<ArticleMetadataInput>;
  text: Scalars['String']['input'];
};


export type MutationIngestArticleArgs = {
  document: Scalars['JSON']['input'];
};


export type MutationReviewDraftsArgs = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
};

/** A subgraph ready to draw: the actors reached and the links between them. */
export type Neighborhood = {
  __typename?: 'Neighborhood';
  edges: Array<ActorLink>;
  /**
   * One link per pair of actors reached, claim kind and polarity (with counts), plus the hierarchy ties: read from
   * the aggregated links, never from every claim of a hub. `edges` lists the claims behind them, one each.
   */
  links: Array<ActorLinkSummary>;
  nodes: Array<Actor>;
  /**
   * True when the walk's limits cut the answer short: 500 actors or 5,000 links read per level, or, when `edges` is
   * selected, the 5,000 claims it lists.
   */
  truncated: Scalars['Boolean']['output'];
};

export type Operation = {
  __typename?: 'Operation';
  aliases: Array<Alias>;
  campaign?: Maybe<Operation>;
  /** Every claim made about this operation. */
  claims: Array<Claim>;
  /** Subjects of COMBAT claims in this operation. */
  conductors: Array<Actor>;
  date: PartialDate;
  endDate?: Maybe<PartialDate>;
  eventType: EventType;
  fatalities?: Maybe<Fatalities>;
  id: Scalars['ID']['output'];
  locations: Array<OperationLocation>;
  name: Scalars['String']['output'];
  /** Objects of COMBAT claims in this operation. */
  opponents: Array<Actor>;
  outcome?: Maybe<Scalars['String']['output']>;
  outcomeType?: Maybe<OutcomeType>;
  /** Subjects of SUPPORT claims in this operation. */
  supporters: Array<Actor>;
};

export type OperationConnection = {
  __typename?: 'OperationConnection';
  edges: Array<OperationEdge>;
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type OperationEdge = {
  __typename?: 'OperationEdge';
  cursor: Scalars['String']['output'];
  node: Operation;
};

export type OperationFilter = {
  /** Operations in which this actor fought, was fought, gave or received support, or spoke. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  eventType?: InputMaybe<EventType>;
  /** Partial date: operations ending on or after it. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Operations at this place or inside it. */
  location?: InputMaybe<Scalars['ID']['input']>;
  /** Name or alias, accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Partial date: operations starting on or before it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type OperationLocation = {
  __typename?: 'OperationLocation';
  location: Location;
  role: LocationRole;
};

export type OutcomeType =
  | 'DEFEAT'
  | 'STALEMATE'
  | 'UNKNOWN'
  | 'VICTORY'
  | 'WITHDRAWAL';

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque keyset cursor: pass it as `after` for the next page. Stable when new data arrives. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A date known to a year, a month or a day. `start` and `end` are the first and last day it can stand for,
 * so a range filter can compare dates of different precision.
 */
export type PartialDate = {
  __typename?: 'PartialDate';
  end: Scalars['String']['output'];
  precision: DatePrecision;
  start: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Polarity =
  | 'ASSERTED'
  | 'DENIED';

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  /**
   * Actors whose name or any alias matches `search` (case- and accent-insensitive, any language or script, elisions
   * dropped: "armee malienne", "Burkina", "Вагнер", "l'armée"), tolerating typos ("wagnr", "burkinna faso"), optionally
   * of one kind. Best matches first when searching: the whole name or an alias as typed, then names every typed word
   * starts, then the closest by edit distance (at most 100 matches); else by id.
   */
  actors: ActorConnection;
  /** An actor of kind ALLIANCE. */
  alliance?: Maybe<Actor>;
  alliances: Array<Actor>;
  article?: Maybe<Article>;
  /**
   * Articles, newest first; `search` looks in titles and texts (case- and accent-insensitive, elisions split: "Inter"
   * finds "l'Inter"), each word as typed or as a prefix, and within a few edits only when that finds nothing.
   */
  articles: ArticleConnection;
  claim?: Maybe<Claim>;
  /** Any claims, oldest first. `polarity` is not defaulted here: both assertions and denials unless asked. */
  claims: ClaimConnection;
  exportSubgraph: ExportResult;
  graphInfo: GraphInfo;
  location?: Maybe<Location>;
  /** Locations by id; with `search`, ranked as `actors` are (exact, prefix, then within a few edits; "d'Anéfis" finds Anéfis). */
  locations: Array<Location>;
  /**
   * Actors within `depth` links (1–3) of the given ones, through claims (optionally only some kinds, in a date range)
   * and the actor hierarchy (PART_OF, AFFILIATED_WITH, MEMBER_OF, SUCCEEDS). At most 500 actors.
   */
  neighborhood: Neighborhood;
  operation?: Maybe<Operation>;
  /** Operations, oldest first. */
  operations: OperationConnection;
  /**
   * The shortest connections between two actors, counted in links (an asserted claim between two actors is one
   * link, like a hierarchy tie; a denial connects nobody), at most `maxLength` (1–6) long, with the claims along each.
   */
  paths: Array<ActorPath>;
  source?: Maybe<Source>;
  /**
   * The sources articles cite ("sources sécuritaires maliennes", "rebelles du CSP"), by id; with `search`, those
   * whose name matches, ranked like actors (exact, prefix, then within a few edits).
   */
  sources: SourceConnection;
  /**
   * Counts for dashboards: support claims grouped one way, under the same filter as `supports` (so ASSERTED only
   * unless `polarities` says otherwise). Largest groups first (MONTH: in date order). With `rollUp: true`, SUPPORTER
   * and RECIPIENT group each claim under the top of its actor's hierarchy at the claim's date (Wagner's 2023 support
   * under Russia, FAMa under Mali); a tie that had ended, or not yet begun, does not count.
   */
  supportStats: Array<SupportStat>;
  /** Support claims (kind SUPPORT), oldest first. */
  supports: ClaimConnection;
  /**
   * Everything known about one actor, operation or location (give exactly one), in date order (`Claim.when`, with its
   * precision). For a location, places inside it are included.
   */
  timeline: ClaimConnection;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllianceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportSubgraphArgs = {
  format: ExportFormat;
  selection: ExportSelection;
};


export type QueryLocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<LocationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNeighborhoodArgs = {
  claimKinds?: InputMaybe<Array<ClaimKind>>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
  polarities?: InputMaybe<Array<Polarity>>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOperationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OperationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SourceKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySupportStatsArgs = {
  filter?: InputMaybe<SupportFilter>;
  groupBy: SupportGroupBy;
};


export type QuerySupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTimelineArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  location?: InputMaybe<Scalars['ID']['input']>;
  operation?: InputMaybe<Scalars['ID']['input']>;
  polarity?: InputMaybe<Polarity>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT';

export type ReviewResult = {
  __typename?: 'ReviewResult';
  claims: Scalars['Int']['output'];
  evidences: Scalars['Int']['output'];
  /** Whether the id named an article (all its drafts) or one claim. */
  target: Scalars['String']['output'];
};

/** Who an article cites: "sources sécuritaires maliennes", "rebelles du CSP", "observateurs". */
export type Source = {
  __typename?: 'Source';
  actor?: Maybe<Actor>;
  /** How many claims cite this source in some evidence. */
  claimCount: Scalars['Int']['output'];
  /**
   * The claims this source backs (cited by at least one of their evidences), oldest first. For every filter on
   * them, ask `claims(filter: { source: "<id>", … })`.
   */
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind: SourceKind;
  name: Scalars['String']['output'];
};


/** Who an article cites: "sources sécuritaires maliennes", "rebelles du CSP", "observateurs". */
export type SourceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceKind =
  | 'ARMED_GROUP'
  | 'LOCAL_RESIDENTS'
  | 'MEDIA'
  | 'NGO'
  | 'OBSERVER'
  | 'OFFICIAL'
  | 'OTHER'
  | 'SECURITY_SOURCE'
  | 'UN';

export type StatementType =
  | 'ACCUSATION'
  | 'ACKNOWLEDGEMENT'
  | 'APPEAL'
  | 'CONDEMNATION'
  | 'CONGRATULATION'
  | 'DENIAL'
  | 'OTHER'
  | 'PROTEST'
  | 'THREAT';

export type Succession = {
  __typename?: 'Succession';
  actor: Actor;
  date?: Maybe<PartialDate>;
};

export type SummarisedReport = {
  __typename?: 'SummarisedReport';
  publishedAt?: Maybe<Scalars['String']['output']>;
  publisher: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SupportFilter = {
  /** Only these certainties (e.g. [POSSIBLE, ALTERNATIVE] for what is not firmly reported). */
  certainties?: InputMaybe<Array<Certainty>>;
  /** true: only disputed claims (some claim contradicts them); false: only undisputed ones. */
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Extracted drafts not yet accepted: included (default), excluded, or only them. */
  drafts?: InputMaybe<DraftFilter>;
  /** Partial date (YYYY, YYYY-MM or YYYY-MM-DD): claims whose date range ends on or after it. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Claims at this location or in operations there, including places inside it (Kidal is inside Mali). */
  location?: InputMaybe<Scalars['ID']['input']>;
  minCertainty?: InputMaybe<Certainty>;
  operation?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Which polarities to count: ASSERTED only unless asked, so a denial is never counted as support by default.
   * `[ASSERTED, DENIED]` for both, `[DENIED]` for the denials alone.
   */
  polarities?: InputMaybe<Array<Polarity>>;
  /** Only claims with evidence from articles of this publisher (exact name, case-insensitive). */
  publisher?: InputMaybe<Scalars['String']['input']>;
  recipient?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Count support to or from parts and affiliates as support to or from the actor named: support to FAMa is
   * support to Mali; Wagner's support is Russia's. A tie counts only for claims within its dates.
   */
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims with evidence citing this source (id, see `sources`). */
  source?: InputMaybe<Scalars['ID']['input']>;
  supportTypes?: InputMaybe<Array<SupportType>>;
  supporter?: InputMaybe<Scalars['ID']['input']>;
  /** Partial date: claims whose date range starts on or before it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type SupportGroupBy =
  /** By `Claim.when`, as YYYY-MM. */
  | 'MONTH'
  | 'OPERATION'
  | 'RECIPIENT'
  | 'SUPPORTER'
  | 'SUPPORT_TYPE';

export type SupportStat = {
  __typename?: 'SupportStat';
  /** Distinct articles behind these claims. */
  articles: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  /** How many of these claims are disputed (a claim of the opposite polarity states the same fact). */
  disputed: Scalars['Int']['output'];
  evidences: Scalars['Int']['output'];
  /** The supporter, recipient or operation id, the support type, or the month. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Distinct cited sources behind these claims. */
  sources: Scalars['Int']['output'];
};

export type SupportType =
  | 'ADVISERS'
  | 'AIRCRAFT'
  | 'DRONES'
  | 'FUNDING'
  | 'INTELLIGENCE'
  | 'LOGISTICS'
  | 'MERCENARIES'
  | 'MUNITIONS'
  | 'OTHER'
  | 'TERRITORY_ACCESS'
  | 'TRAINING'
  | 'TROOPS'
  | 'WEAPONS';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorView>;
  ActorConnection: ResolverTypeWrapper<ActorConnectionParent>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: ActorKind;
  ActorLink: ResolverTypeWrapper<ActorLinkView>;
  ActorLinkSummary: ResolverTypeWrapper<LinkSummary>;
  ActorPath: ResolverTypeWrapper<ActorPathParent>;
  Affiliation: ResolverTypeWrapper<AffiliationParent>;
  Alias: ResolverTypeWrapper<Alias>;
  Article: ResolverTypeWrapper<ArticleView>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionParent>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleMetadataInput: ArticleMetadataInput;
  Authorship: Authorship;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Certainty: Certainty;
  CertaintyCount: ResolverTypeWrapper<CertaintyCount>;
  Claim: ResolverTypeWrapper<ClaimView>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionParent>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimKind: ClaimKind;
  Coordinates: ResolverTypeWrapper<Coordinates>;
  Corroboration: ResolverTypeWrapper<Corroboration>;
  DateBasis: DateBasis;
  DatePrecision: DatePrecision;
  DraftFilter: DraftFilter;
  EventType: EventType;
  Evidence: ResolverTypeWrapper<EvidenceView>;
  ExportFormat: ExportFormat;
  ExportResult: ResolverTypeWrapper<ExportResult>;
  ExportSelection: ExportSelection;
  ExportView: ExportView;
  ExtractResult: ResolverTypeWrapper<ExtractResult>;
  Fatalities: ResolverTypeWrapper<Fatalities>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphInfo: ResolverTypeWrapper<GraphInfo>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestClaimCounts: ResolverTypeWrapper<IngestClaimCounts>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  LinkType: LinkType;
  Location: ResolverTypeWrapper<LocationView>;
  LocationKind: LocationKind;
  LocationRole: LocationRole;
  Membership: ResolverTypeWrapper<MembershipParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighborhood: ResolverTypeWrapper<NeighborhoodParent>;
  Operation: ResolverTypeWrapper<OperationView>;
  OperationConnection: ResolverTypeWrapper<OperationConnectionParent>;
  OperationEdge: ResolverTypeWrapper<Omit<OperationEdge, 'node'> & { node: ResolversTypes['Operation'] }>;
  OperationFilter: OperationFilter;
  OperationLocation: ResolverTypeWrapper<Omit<OperationLocation, 'location'> & { location: ResolversTypes['Location'] }>;
  OutcomeType: OutcomeType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<PartialDate>;
  Polarity: Polarity;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReviewDecision: ReviewDecision;
  ReviewResult: ResolverTypeWrapper<ReviewResult>;
  Source: ResolverTypeWrapper<SourceView>;
  SourceConnection: ResolverTypeWrapper<SourceConnectionParent>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceKind: SourceKind;
  StatementType: StatementType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Succession: ResolverTypeWrapper<SuccessionParent>;
  SummarisedReport: ResolverTypeWrapper<SummarisedReport>;
  SupportFilter: SupportFilter;
  SupportGroupBy: SupportGroupBy;
  SupportStat: ResolverTypeWrapper<SupportStatRow>;
  SupportType: SupportType;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorView;
  ActorConnection: ActorConnectionParent;
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorLink: ActorLinkView;
  ActorLinkSummary: LinkSummary;
  ActorPath: ActorPathParent;
  Affiliation: AffiliationParent;
  Alias: Alias;
  Article: ArticleView;
  ArticleConnection: ArticleConnectionParent;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleMetadataInput: ArticleMetadataInput;
  Boolean: Scalars['Boolean']['output'];
  CertaintyCount: CertaintyCount;
  Claim: ClaimView;
  ClaimConnection: ClaimConnectionParent;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  Coordinates: Coordinates;
  Corroboration: Corroboration;
  Evidence: EvidenceView;
  ExportResult: ExportResult;
  ExportSelection: ExportSelection;
  ExtractResult: ExtractResult;
  Fatalities: Fatalities;
  Float: Scalars['Float']['output'];
  GraphInfo: GraphInfo;
  ID: Scalars['ID']['output'];
  IngestClaimCounts: IngestClaimCounts;
  IngestResult: IngestResult;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LabelCount: LabelCount;
  Location: LocationView;
  Membership: MembershipParent;
  Mutation: Record<PropertyKey, never>;
  Neighborhood: NeighborhoodParent;
  Operation: OperationView;
  OperationConnection: OperationConnectionParent;
  OperationEdge: Omit<OperationEdge, 'node'> & { node: ResolversParentTypes['Operation'] };
  OperationFilter: OperationFilter;
  OperationLocation: Omit<OperationLocation, 'location'> & { location: ResolversParentTypes['Location'] };
  PageInfo: PageInfo;
  PartialDate: PartialDate;
  Query: Record<PropertyKey, never>;
  ReviewResult: ReviewResult;
  Source: SourceView;
  SourceConnection: SourceConnectionParent;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  String: Scalars['String']['output'];
  Succession: SuccessionParent;
  SummarisedReport: SummarisedReport;
  SupportFilter: SupportFilter;
  SupportStat: SupportStatRow;
};

export type ActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  succeeds?: Resolver<Maybe<ResolversTypes['Succession']>, ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorLink'] = ResolversParentTypes['ActorLink']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
};

export type ActorLinkSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorLinkSummary'] = ResolversParentTypes['ActorLinkSummary']> = {
  certainties?: Resolver<Array<ResolversTypes['CertaintyCount']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  drafts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  polarity?: Resolver<Maybe<ResolversTypes['Polarity']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
};

export type ActorPathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActorPath'] = ResolversParentTypes['ActorPath']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type AliasResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  authorship?: Resolver<ResolversTypes['Authorship'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summarises?: Resolver<Array<ResolversTypes['SummarisedReport']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type CertaintyCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertaintyCount'] = ResolversParentTypes['CertaintyCount']> = {
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  alternatives?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  contradictions?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  materiel?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  officiallyAcknowledged?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['Operation']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  statementType?: Resolver<Maybe<ResolversTypes['StatementType']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  supportType?: Resolver<Maybe<ResolversTypes['SupportType']>, ParentType, ContextType>;
  when?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  whenBasis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  hint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type CoordinatesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coordinates'] = ResolversParentTypes['Coordinates']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CorroborationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Corroboration'] = ResolversParentTypes['Corroboration']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  charEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  charStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extractor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hedge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ExportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportResult'] = ResolversParentTypes['ExportResult']> = {
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  manifest?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ExtractResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExtractResult'] = ResolversParentTypes['ExtractResult']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['IngestStatus']>, ParentType, ContextType>;
};

export type FatalitiesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fatalities'] = ResolversParentTypes['Fatalities']> = {
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GraphInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphInfo'] = ResolversParentTypes['GraphInfo']> = {
  nodes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  schemaVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IngestClaimCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestClaimCounts'] = ResolversParentTypes['IngestClaimCounts']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  articleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['IngestClaimCounts'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  coordinates?: Resolver<Maybe<ResolversTypes['Coordinates']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LocationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['Operation']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  alliance?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  extractArticle?: Resolver<ResolversTypes['ExtractResult'], ParentType, ContextType, RequireFields<MutationExtractArticleArgs, 'load' | 'text'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'document'>>;
  reviewDrafts?: Resolver<ResolversTypes['ReviewResult'], ParentType, ContextType, RequireFields<MutationReviewDraftsArgs, 'decision' | 'id'>>;
};

export type NeighborhoodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = {
  edges?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ActorLinkSummary']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OperationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Operation'] = ResolversParentTypes['Operation']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Operation']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  conductors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  fatalities?: Resolver<Maybe<ResolversTypes['Fatalities']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['OperationLocation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opponents?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomeType?: Resolver<Maybe<ResolversTypes['OutcomeType']>, ParentType, ContextType>;
  supporters?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type OperationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OperationConnection'] = ResolversParentTypes['OperationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OperationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OperationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OperationEdge'] = ResolversParentTypes['OperationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Operation'], ParentType, ContextType>;
};

export type OperationLocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OperationLocation'] = ResolversParentTypes['OperationLocation']> = {
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['LocationRole'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartialDateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartialDate'] = ResolversParentTypes['PartialDate']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  alliance?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryAllianceArgs, 'id'>>;
  alliances?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  exportSubgraph?: Resolver<ResolversTypes['ExportResult'], ParentType, ContextType, RequireFields<QueryExportSubgraphArgs, 'format' | 'selection'>>;
  graphInfo?: Resolver<ResolversTypes['GraphInfo'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationArgs, 'id'>>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationsArgs, 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Neighborhood'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'polarities' | 'rollUp'>>;
  operation?: Resolver<Maybe<ResolversTypes['Operation']>, ParentType, ContextType, RequireFields<QueryOperationArgs, 'id'>>;
  operations?: Resolver<ResolversTypes['OperationConnection'], ParentType, ContextType, RequireFields<QueryOperationsArgs, 'first'>>;
  paths?: Resolver<Array<ResolversTypes['ActorPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxLength' | 'to'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  supportStats?: Resolver<Array<ResolversTypes['SupportStat']>, ParentType, ContextType, RequireFields<QuerySupportStatsArgs, 'groupBy'>>;
  supports?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QuerySupportsArgs, 'first'>>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first' | 'rollUp'>>;
};

export type ReviewResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewResult'] = ResolversParentTypes['ReviewResult']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<SourceClaimsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SuccessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Succession'] = ResolversParentTypes['Succession']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type SummarisedReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SummarisedReport'] = ResolversParentTypes['SummarisedReport']> = {
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SupportStatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportStat'] = ResolversParentTypes['SupportStat']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorLink?: ActorLinkResolvers<ContextType>;
  ActorLinkSummary?: ActorLinkSummaryResolvers<ContextType>;
  ActorPath?: ActorPathResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  CertaintyCount?: CertaintyCountResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Coordinates?: CoordinatesResolvers<ContextType>;
  Corroboration?: CorroborationResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExportResult?: ExportResultResolvers<ContextType>;
  ExtractResult?: ExtractResultResolvers<ContextType>;
  Fatalities?: FatalitiesResolvers<ContextType>;
  GraphInfo?: GraphInfoResolvers<ContextType>;
  IngestClaimCounts?: IngestClaimCountsResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LabelCount?: LabelCountResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  Operation?: OperationResolvers<ContextType>;
  OperationConnection?: OperationConnectionResolvers<ContextType>;
  OperationEdge?: OperationEdgeResolvers<ContextType>;
  OperationLocation?: OperationLocationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: PartialDateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReviewResult?: ReviewResultResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Succession?: SuccessionResolvers<ContextType>;
  SummarisedReport?: SummarisedReportResolvers<ContextType>;
  SupportStat?: SupportStatResolvers<ContextType>;
};

