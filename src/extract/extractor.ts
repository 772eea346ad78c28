import type { ArticleDocument } from '../ingest/article-format.ts';
import type { Authorship } from '../model/vocabulary.ts';
import type { KnownEntities } from './known-entities.ts';

// Where a new extractor plugs in: implement `Extractor` (a statistical model, a language model behind an
// OpenAI-compatible endpoint…) and pass it to `extractDraft` (extract-draft.ts); the same gates apply to
// every extractor's output: quotes verbatim in the text, actors resolved or proposed, the certainty cue inside
// the quote, the document valid against the article format.

export interface ArticleMetadata {
  id: string;
  title: string;
  publisher: string;
  language: string;
  publishedAt: string;
  url?: string;
  authorship?: Authorship;
  summarises?: { title: string; publisher: string; url?: string; publishedAt?: string }[];
}

export interface ExtractInput {
  /** the cleaned text: what will be stored and what every quote is taken from */
  text: string;
  metadata: ArticleMetadata;
  known: KnownEntities;
}

export interface Extractor {
  readonly name: string;
  readonly version: string;
  /** A draft article document: every claim has `draft: true` and `extraction` naming this extractor. */
  extract(input: ExtractInput): ArticleDocument;
}
