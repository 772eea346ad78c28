import type { LocationInput } from '../ingest/article-format.ts';
import type { Certainty, ClaimKind, Polarity, StatementType, SupportType } from '../model/vocabulary.ts';
import type { DemonymRef } from './actor-index.ts';
import type { Constructions } from './constructions.ts';
import type { PhraseIndex } from './phrase-index.ts';

/** A claim as a rule found it, before certainty, sources and merging are settled. */
export interface RawClaim {
  kind: ClaimKind;
  subject: string;
  object?: string;
  location?: string;
  supportType?: SupportType;
  materiel?: string;
  statementType?: StatementType;
  polarity: Polarity;
  certainty: Certainty;
  hedge?: string;
  alternativeGroup?: string;
  officiallyAcknowledged?: boolean;
  sources?: string[];
  /** absolute offsets of the quote in the stored text */
  quoteStart: number;
  quoteEnd: number;
  sentence: number;
  paragraph: number;
  rule: string;
  cue: string;
  score: number;
  /** materiel told apart from a sibling of the same type ("avion-cargo" and "avion de chasse") */
  distinct?: string;
  /** read inside an accusation ("X accuse Y de fournir…"): what a denial of that accusation denies */
  viaAccusation?: boolean;
}

export interface ArticleContext {
  language: string;
  /** the actor being helped or fighting in this article, for support sentences that do not repeat it */
  focus?: string;
  /** a state's id → the known location of its country: "a quitté le Niger" is a withdrawal from a place */
  countryPlaces?: Map<string, string>;
  /** supporters in order of appearance, for "les deux pays" / "both countries" */
  supporters: string[];
  claims: RawClaim[];
  /** the construction word lists (appositions, territory frames, support nouns) */
  constructions?: Constructions;
  /** places no gazetteer knows that a control, deployment or withdrawal verb named (place-slot.ts) */
  proposedPlaces?: Map<string, LocationInput>;
  /** a state's or its armed forces' country, by actor id: a denial by Kenya answers what Kenyan troops were said to do */
  stateOf?: Pick<ReadonlyMap<string, string>, 'get'>;
  /** the article's text, for what only its capitals tell ("French Mirage jets": a model's name) */
  text?: string;
  /** demonyms → their state ("drones turcs", "Turkish drones") */
  demonyms?: PhraseIndex<DemonymRef>;
}
