// npm run eval:extract — runs the rule-based extractor over every annotated article that has a text (the seed
// and eval/articles), and compares its drafts with the human annotations: precision, recall and F1 per claim
// kind, supporter → recipient pairs, certainty on matched claims, and every miss and invention with its
// sentence. eval/split.json names the held-out articles (never used to write rules); both splits are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config/environment.ts';
import { alignLocations } from '../src/extract/align-locations.ts';
import {
  type ArticleScore,
  alignProposals,
  matchKey,
  prf,
  remapClaims,
  scoreArticle,
  strongestCertainty,
  supportPairs,
  type Tally,
} from '../src/extract/evaluate.ts';
import { extractDraft } from '../src/extract/extract-draft.ts';
import { loadLexicon } from '../src/extract/lexicon.ts';
import { knownFromFiles } from '../src/extract/load-known.ts';
import { prepareText } from '../src/extract/prepare.ts';
import { RuleCoder } from '../src/extract/rule-coder.ts';
import type { ClaimInput } from '../src/ingest/article-format.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';

const split = JSON.parse(readFileSync(join(projectRoot, 'eval', 'split.json'), 'utf8')) as { heldOut: string[] };
const known = await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
const lexicon = loadLexicon();
const coder = new RuleCoder(lexicon);
const docs = [
  ...(await readDocuments(join(projectRoot, 'seed', 'articles'))).map((d) => ({ ...d, label: `seed:${d.label}` })),
  ...(await readDocuments(join(projectRoot, 'eval', 'articles'))),
];

interface Result {
  id: string;
  text: string;
  gold: ClaimInput[];
  found: ClaimInput[];
  score: ArticleScore;
  seed: boolean;
  /** why each miss was missed: its actors named in its sentence or not */
  causes: string[];
}
const results: Result[] = [];
for (const d of docs) {
  if (!d.ok || d.doc.kind !== 'article') continue;
  const a = d.doc.article;
  // the same path as `conflict-kg extract`: page furniture removed first, then the coder
  const prepared = prepareText(d.text, {
    label: a.id,
    lexicon,
    overrides: { id: a.id, title: a.title, publisher: a.publisher, language: a.language, publishedAt: a.publishedAt },
  });
  const draft = extractDraft(coder, { text: prepared.text, metadata: prepared.metadata, known });
  const gold = d.doc.claims ?? [];
  const found = remapClaims(
    draft.claims ?? [],
    alignProposals(draft.actors ?? [], d.doc.actors ?? []),
    alignLocations(draft.locations ?? [], d.doc.locations ?? []),
  );
  const score = scoreArticle(gold, found);
  const seen = coder.sentenceActors({ text: prepared.text, metadata: prepared.metadata, known });
  const align = alignProposals(seen.actors, d.doc.actors ?? []);
  results.push({
    id: a.id,
    text: prepared.text,
    gold,
    found,
    score,
    seed: d.label.startsWith('seed:'),
    causes: score.misses.map((c) => missCause(c, prepared.text, seen, align)),
  });
}

/**
 * A miss whose actors the coder named in the quote's sentence(s) wants a rule; one whose actor it never named
 * wants the actor recognised first (a gazetteer entry, a demonym, a proposal under the annotator's name).
 */
function missCause(
  c: ClaimInput,
  text: string,
  seen: ReturnType<RuleCoder['sentenceActors']>,
  /** the text's proposals mapped to the annotation's ids, once per article */
  align: Map<string, string>,
): string {
  const quote = c.evidence[0]?.quote ?? '';
  const at = text.indexOf(quote);
  const ids = new Set(
    seen.sentences
      .filter((s) => at >= 0 && s.start < at + quote.length && s.end > at)
      .flatMap((s) => s.ids.map((id) => align.get(id) ?? id)),
  );
  const subject = ids.has(c.subject);
  const object = !c.object || ids.has(c.object);
  if (subject && object) return 'actors named, no rule';
  return subject ? 'object not named' : object ? 'subject not named' : 'neither named';
  // (named in the quote's sentence; an actor named only in an earlier sentence counts as not named)
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const sentenceOf = (text: string, c: ClaimInput) => {
  const quote = c.evidence[0]?.quote ?? '';
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  // after the last full stop or line break before the quote, or the text's start (lastIndexOf gives -1 then)
  const dot = text.lastIndexOf('. ', at);
  const start = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', at) + 1);
  const endDot = text.indexOf('. ', at + quote.length);
  const endLine = text.indexOf('\n', at + quote.length);
  const end = Math.min(...[endDot < 0 ? text.length : endDot + 1, endLine < 0 ? text.length : endLine]);
  return text.slice(start, end).trim();
};

function report(name: string, set: Result[], details = true): void {
  console.log(`\n=== ${name}: ${set.length} articles ===`);
  const byKind = new Map<string, Tally>();
  const tally = (k: string) => byKind.get(k) ?? (byKind.set(k, { tp: 0, fp: 0, fn: 0 }).get(k) as Tally);
  let certaintyRight = 0;
  let certaintyTotal = 0;
  const pairs: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const r of set) {
    for (const m of r.score.matched) {
      tally(m.gold.kind).tp++;
      certaintyTotal++;
      if (strongestCertainty(m.gold) === strongestCertainty(m.found)) certaintyRight++;
    }
    for (const c of r.score.misses) tally(c.kind).fn++;
    for (const c of r.score.inventions) tally(c.kind).fp++;
    const g = supportPairs(r.gold);
    const f = supportPairs(r.found);
    for (const p of f) g.has(p) ? pairs.tp++ : pairs.fp++;
    for (const p of g) if (!f.has(p)) pairs.fn++;
  }
  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  console.log('kind          gold found  match  precision  recall  F1');
  for (const [kind, t] of [...byKind].sort()) {
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
    const s = prf(t);
    console.log(
      `${kind.padEnd(12)} ${String(t.tp + t.fn).padStart(5)} ${String(t.tp + t.fp).padStart(5)} ${String(t.tp).padStart(6)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}`,
    );
  }
  const s = prf(all);
  console.log(
    `${'ALL'.padEnd(12)} ${String(all.tp + all.fn).padStart(5)} ${String(all.tp + all.fp).padStart(5)} ${String(all.tp).padStart(6)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}`,
  );
  const p = prf(pairs);
  console.log(
    `supporter → recipient pairs: precision ${pct(p.precision)}, recall ${pct(p.recall)} (${pairs.tp} right, ${pairs.fp} invented, ${pairs.fn} missed)`,
  );
  console.log(
    `certainty right on matched claims: ${certaintyRight}/${certaintyTotal} (${pct(certaintyTotal ? certaintyRight / certaintyTotal : 1)})`,
  );
  const causes = new Map<string, number>();
  for (const c of set.flatMap((r) => r.causes)) causes.set(c, (causes.get(c) ?? 0) + 1);
  console.log(
    `misses by cause: ${[...causes]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
  if (!details) return;
  for (const r of set) {
    for (const c of r.score.inventions)
      console.log(
        `  INVENTED [${r.id}] ${matchKey(c)} ${strongestCertainty(c)} (${c.extraction?.rule}) — "${sentenceOf(r.text, c)}"`,
      );
    r.score.misses.forEach((c, i) => {
      console.log(
        `  MISSED   [${r.id}] ${matchKey(c)} ${strongestCertainty(c)} (${r.causes[i]}) — "${sentenceOf(r.text, c)}"`,
      );
    });
    for (const m of r.score.matched)
      if (strongestCertainty(m.gold) !== strongestCertainty(m.found))
        console.log(
          `  CERTAINTY [${r.id}] ${matchKey(m.gold)}: annotated ${strongestCertainty(m.gold)}, extracted ${strongestCertainty(m.found)}`,
        );
  }
}

const kidal = results.filter((r) => r.id === 'ndm-2023-11-17-kidal-offensive');
report('Kidal article (published text, page furniture included)', kidal);
report(
  'seed articles (annotated in seed/articles)',
  results.filter((r) => r.seed),
);
report(
  'dev (rules may be written from these: the seed and the team reports not held out)',
  results.filter((r) => !split.heldOut.includes(r.id)),
);
// `-- --no-held-out-details` prints the held-out summary figures without their misses and inventions, here and
// in a selection that includes held-out articles
const heldOutDetails = !process.argv.includes('--no-held-out-details');
// EVAL_ARTICLES=id,id,… adds a report on just those articles (e.g. the reports added to a split in one batch)
const subset = (process.env.EVAL_ARTICLES ?? '').split(',').filter(Boolean);
if (subset.length > 0)
  report(
    `selected (${subset.join(', ')})`,
    results.filter((r) => subset.includes(r.id)),
    heldOutDetails || !subset.some((id) => split.heldOut.includes(id)),
  );
// EVAL_SPLIT=dev keeps the held-out figures out of sight while rules are being written
if (process.env.EVAL_SPLIT !== 'dev')
  report(
    'held-out (never read while writing rules)',
    results.filter((r) => split.heldOut.includes(r.id)),
    heldOutDetails,
  );
