import * as chrono from 'chrono-node';
import { fold } from './fold.ts';
import type { Lexicon } from './lexicon.ts';

// Dates relative to the publication date, with their precision, through chrono-node (French and English
// parsers). "ce mardi" in an article of Friday 17 November 2023 is 2023-11-14 (DAY). A month alone ("en
// septembre dernier", "fin juillet 2024", "early June 2025"), which chrono's French parser leaves out, is read
// from the lexicon's month names: the given year, or the latest such month not after publication (MONTH).

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => d.toISOString().slice(0, 10);
const WEEK_MS = 7 * 86_400_000;

const monthPatterns = new WeakMap<Lexicon, RegExp>();

// chrono's casual parsers also read clock times, time zones and spans to come ("à 15h30", "10 a.m. GMT", "within
// two days"), which a claim's date never uses: without them a sentence's window parses in about 40 µs instead of 65
const NOT_A_DAY = /TimeExpression|CasualTime|Timezone|MergeDateTime|Within|Later/;
function dateParser(casual: chrono.Chrono): chrono.Chrono {
  const parser = casual.clone();
  parser.parsers = parser.parsers.filter((p) => !NOT_A_DAY.test(p.constructor.name));
  parser.refiners = parser.refiners.filter((r) => !NOT_A_DAY.test(r.constructor.name));
  return parser;
}
const parsers = { fr: dateParser(chrono.fr.casual), en: dateParser(chrono.en.casual) };

function monthDate(sentence: string, published: Date, lexicon: Lexicon): string | undefined {
  let re = monthPatterns.get(lexicon);
  if (!re) {
    const names = Object.keys(lexicon.clauses.months).map((m) => fold(m));
    re = new RegExp(`\\b(${names.join('|')})\\b(?:\\s+(?:dernier|derniere|last))?(?:\\s+(\\d{4}))?`, 'u');
    monthPatterns.set(lexicon, re);
  }
  const m = re.exec(fold(sentence));
  if (!m) return undefined;
  const month = Object.entries(lexicon.clauses.months).find(([k]) => fold(k) === m[1])?.[1];
  if (!month) return undefined;
  // "may" is an English month and a modal verb: only with a year or a preposition
  if (m[1] === 'may' && !m[2] && !/\b(in|early|late|mid|since|until|by) may\b/.test(fold(sentence))) return undefined;
  let year = m[2] ? Number(m[2]) : published.getUTCFullYear();
  if (!m[2] && month > published.getUTCMonth() + 1) year -= 1;
  return `${year}-${pad(month)}`;
}

// chrono costs about a millisecond a sentence: only sentences naming a year, a numeric date, a weekday, a month or
// a relative day are worth parsing
const TIME_WORDS =
  /\b(?:19|20)\d\d\b|\d{1,2}[/.]\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\bhier\b|yesterday|aujourd|today|demain|tomorrow|\bago\b|il y a|janvier|january|f[ée]vrier|february|\bmars\b|march|avril|april|\bmai\b|\bmay\b|juin|june|juillet|july|ao[uû]t|august|septembre|september|octobre|october|novembre|november|d[ée]cembre|december/i;

// the same words but a bare year: a sentence dated only by "en 2021" / "since 2015" needs no parser
const DAY_OR_MONTH_WORDS = new RegExp(TIME_WORDS.source.replace('\\b(?:19|20)\\d\\d\\b|', ''), 'i');

export function sentenceDate(
  sentence: string,
  language: string,
  published: Date,
  lexicon: Lexicon,
): string | undefined {
  if (!TIME_WORDS.test(sentence)) return undefined;
  if (!DAY_OR_MONTH_WORDS.test(sentence)) return bareYear(sentence, published);
  const parser = language === 'fr' ? parsers.fr : parsers.en;
  // chrono's cost grows with the text it reads: only the stretch from the first time word to the last, with the
  // words around them ("le 7 octobre", "fin juillet 2024", "early June"), is parsed
  const results = parser.parse(timeWindow(sentence), { instant: published, timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const s = r.start;
    let d = s.date();
    // "on Tuesday" in a report published on Monday is the Tuesday before: news tell what happened, and chrono
    // picks the nearest such weekday, which may be the coming one
    if (s.isCertain('weekday') && !s.isCertain('day') && day(d) > day(published)) d = new Date(d.getTime() - WEEK_MS);
    if (d.getTime() > published.getTime() + 86_400_000) continue;
    const y = d.getUTCFullYear();
    if (s.isCertain('day') || s.isCertain('weekday')) return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (s.isCertain('month')) return `${y}-${pad(d.getUTCMonth() + 1)}`;
    if (s.isCertain('year')) return `${y}`;
  }
  const month = monthDate(sentence, published, lexicon);
  if (month) return month;
  return bareYear(sentence, published);
}

// the window's bounds: the gate's words and the relative ones chrono reads beside them ("la semaine dernière")
const ALL_TIME_WORDS = new RegExp(
  `${TIME_WORDS.source}|semaine|week|\\bmois\\b|month|derni[eè]re?|\\blast\\b|prochain|\\bnext\\b|veille|eve`,
  'gi',
);

function timeWindow(sentence: string): string {
  let first = -1;
  let last = -1;
  for (const m of sentence.matchAll(ALL_TIME_WORDS)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return sentence;
  // whole words only: the window starts and ends at a space
  const from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, first - 40)));
  const to = sentence.indexOf(' ', Math.min(sentence.length, last + 40));
  return sentence.slice(from, to < 0 ? sentence.length : to);
}

function bareYear(sentence: string, published: Date): string | undefined {
  const year = /\b(19|20)\d{2}\b/.exec(sentence);
  return year && Number(year[0]) <= published.getUTCFullYear() ? year[0] : undefined;
}
