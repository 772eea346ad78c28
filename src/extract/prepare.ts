import { detect } from 'tinyld';
import { articleMetaSchema, MAX_TEXT_LENGTH } from '../ingest/article-format.ts';
import { zodIssues } from '../ingest/read-documents.ts';
import { AUTHORSHIPS, type Authorship } from '../model/vocabulary.ts';
import { removeFurniture } from './clean-text.ts';
import { decodeInput, InputError } from './decode.ts';
import type { ArticleMetadata } from './extractor.ts';
import { slugify } from './fold.ts';
import { type RawMetadata, splitFrontMatter } from './front-matter.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import type { Lexicon } from './lexicon.ts';

// Raw article (bytes or string; plain text, Markdown or HTML) to the cleaned text that will be stored and the
// metadata the draft needs: flags override the file's front matter or HTML <title>/<meta>/<time>; the
// language is detected (tinyld) when nobody says it.

const metaCheck = articleMetaSchema.partial({ authorship: true });

export interface PreparedText {
  text: string;
  metadata: ArticleMetadata;
  notes: string[];
}

export interface PrepareOptions {
  label: string;
  overrides?: RawMetadata;
  lexicon: Lexicon;
  /** used when the text has no title: the file name */
  fallbackTitle?: string;
}

/** The first line that reads like a headline (four words or more), cut at a word boundary. */
function headline(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim());
  const line = lines.find((l) => l.split(/\s+/).length >= 4) ?? lines.find((l) => l.length > 0);
  if (!line) return undefined;
  if (line.length <= 200) return line;
  const sentence = /^.{20,200}?[.!?](?=\s)/.exec(line)?.[0];
  return sentence ?? `${line.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

const PUBLISHED_LINE =
  /^(?:publié le|publie le|mis en ligne le|published(?: on)?|posted(?: on)?)\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})/imu;

function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (iso) return iso[0].replace(/\.\d+/, '');
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (fr) return `${fr[3]}-${(fr[2] ?? '').padStart(2, '0')}-${(fr[1] ?? '').padStart(2, '0')}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString().slice(0, 10);
}

export function prepareText(input: Uint8Array | string, options: PrepareOptions): PreparedText {
  const notes: string[] = [];
  let raw: string;
  if (typeof input === 'string') raw = input;
  else {
    const decoded = decodeInput(input, options.label);
    if (decoded.encoding !== 'utf-8')
      notes.push(`${options.label}: not valid UTF-8, decoded as Windows-1252 (Latin-1)`);
    raw = decoded.text;
  }
  if (raw.trim().length === 0) throw new InputError(`${options.label}: the text is empty`);
  const front = splitFrontMatter(raw);
  let body = front.body;
  let found: RawMetadata = front.meta;
  if (looksLikeHtml(body)) {
    const html = htmlToText(body, options.lexicon);
    body = html.text;
    found = { ...html.meta, ...found };
  }
  const cleaned = removeFurniture(body, options.lexicon);
  if (cleaned.removed.length) notes.push(`${options.label}: removed ${cleaned.removed.length} lines of page furniture`);
  const text = cleaned.text;
  if (text.length === 0) throw new InputError(`${options.label}: no article text left once page furniture is removed`);
  if (text.length > MAX_TEXT_LENGTH)
    throw new InputError(
      `${options.label}: text of ${text.length} characters is longer than the ${MAX_TEXT_LENGTH} an article may have`,
    );
  const meta: RawMetadata = { ...found, ...stripUndefined(options.overrides ?? {}) };
  const language = meta.language ?? detectLanguage(text);
  if (!CODED_LANGUAGES.includes(language))
    notes.push(
      `${options.label}: language ${language}: the rule-based coder reads French and English; expect few claims`,
    );
  const title = meta.title ?? headline(text) ?? options.fallbackTitle ?? 'untitled';
  const publishedAt = normaliseDate(meta.publishedAt ?? PUBLISHED_LINE.exec(body)?.[1]);
  if (!publishedAt)
    throw new InputError(
      `${options.label}: publishedAt: unknown publication date; give --published-at YYYY-MM-DD or a "date:" front-matter line`,
    );
  const authorship = (AUTHORSHIPS as readonly string[]).includes(meta.authorship ?? '')
    ? (meta.authorship as Authorship)
    : undefined;
  const candidate = {
    id:
      meta.id ??
      slugify(`${publishedAt.slice(0, 10)}-${title}`)
        .slice(0, 100)
        .replace(/-+$/, ''),
    title,
    publisher: meta.publisher ?? 'unknown publisher',
    language,
    publishedAt,
    ...(meta.url ? { url: meta.url } : {}),
    ...(authorship ? { authorship } : {}),
  };
  const check = metaCheck.safeParse(candidate);
  if (!check.success) {
    const issue = zodIssues(check.error)[0];
    throw new InputError(`${options.label}: ${issue?.path}: ${issue?.message}`);
  }
  if (meta.summarises && authorship === 'TEAM_SUMMARY')
    (candidate as ArticleMetadata).summarises = [{ title: meta.summarises, publisher: candidate.publisher }];
  return { text, metadata: candidate as ArticleMetadata, notes };
}

function stripUndefined(meta: RawMetadata): RawMetadata {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as RawMetadata;
}

/** The languages the rule-based coder's dictionaries are written for. */
const CODED_LANGUAGES = ['fr', 'en'];

function detectLanguage(text: string): string {
  const found = detect(text.slice(0, 1200), { only: ['fr', 'en', 'es', 'pt', 'de', 'ar', 'ru', 'uk'] });
  return /^[a-z]{2}$/.test(found) ? found : 'en';
}
