import type { ValidationIssue } from '../errors.ts';
import { type Certainty, certaintyRank, KINDS_WITH_OBJECT } from '../model/vocabulary.ts';
import type { ArticleDocument, ClaimInput, GazetteerDocument } from './article-format.ts';
import { date, dateFields, operationRow, referenceRows, sha } from './entity-rows.ts';
import type { ArticleRow, ClaimRow, CompiledArticle, CompiledGazetteer, EvidenceRow } from './load-rows.ts';
import { checkDuplicates, checkReferenceData, type KnownIds } from './references.ts';
import { locateQuote, splitSentences } from './sentences.ts';
import { checkSides } from './sides.ts';

// A parsed document to the rows the loader writes, or every issue that stops it, each naming its field: nothing
// of a document with an issue is written.

/** What makes two reports "the same fact": see docs/article-format.md (claim identity). */
export function claimIdentity(c: ClaimInput): string {
  return c.id ?? `c-${sha([factKey(c), c.polarity]).slice(0, 16)}`;
}

function factKey(c: ClaimInput): string {
  const key = [c.kind, c.subject, c.object, c.operation, c.location, c.supportType, c.statementType];
  return `f-${sha(key.map((part) => part ?? '')).slice(0, 16)}`;
}

export type CompileResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function compileGazetteer(
  label: string,
  doc: GazetteerDocument,
  known: KnownIds,
): CompileResult<CompiledGazetteer> {
  const issues: ValidationIssue[] = [];
  checkReferenceData(doc, known, issues);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { kind: 'gazetteer', label, ...referenceRows(doc) } };
}

function checkClaim(c: ClaimInput, i: number, issues: ValidationIssue[]) {
  const at = (field: string) => `claims[${i}].${field}`;
  if (KINDS_WITH_OBJECT.includes(c.kind) && !c.object)
    issues.push({ path: at('object'), message: `required for a ${c.kind} claim` });
  if (c.kind === 'SUPPORT' && !c.supportType)
    issues.push({ path: at('supportType'), message: 'required for a SUPPORT claim' });
  if (c.supportType && !['SUPPORT', 'DEPLOYMENT', 'WITHDRAWAL'].includes(c.kind)) {
    issues.push({ path: at('supportType'), message: `not allowed on a ${c.kind} claim` });
  }
  if (c.kind === 'STATEMENT' && !c.statementType)
    issues.push({ path: at('statementType'), message: 'required for a STATEMENT claim' });
  if (c.statementType && c.kind !== 'STATEMENT')
    issues.push({ path: at('statementType'), message: `not allowed on a ${c.kind} claim` });
  if (c.kind === 'CONTROL' && !c.location)
    issues.push({ path: at('location'), message: 'required for a CONTROL claim' });
  if (c.object !== undefined && c.object === c.subject)
    issues.push({ path: at('object'), message: 'must differ from subject' });
  const start = date(c.date);
  const end = date(c.endDate);
  if (start && end && end.end < start.start)
    issues.push({ path: at('endDate'), message: `ends before date ${c.date}` });
}

/** Dates, fatalities and campaigns of the operations an article declares. */
function checkOperations(doc: ArticleDocument, issues: ValidationIssue[]) {
  doc.operations?.forEach((o, i) => {
    const start = date(o.date);
    const end = date(o.endDate);
    if (start && end && end.end < start.start)
      issues.push({ path: `operations[${i}].endDate`, message: `ends before date ${o.date}` });
    if (o.fatalities?.min !== undefined && o.fatalities.max !== undefined && o.fatalities.min > o.fatalities.max) {
      issues.push({ path: `operations[${i}].fatalities`, message: 'min is greater than max' });
    }
    if (o.campaign === o.id)
      issues.push({ path: `operations[${i}].campaign`, message: 'an operation cannot be its own campaign' });
  });
}

function claimRow(c: ClaimInput, id: string): ClaimRow {
  return {
    id,
    kind: c.kind,
    subject: c.subject,
    object: c.object ?? null,
    operation: c.operation ?? null,
    location: c.location ?? null,
    supportType: c.supportType ?? null,
    statementType: c.statementType ?? null,
    polarity: c.polarity,
    factKey: factKey(c),
  };
}

/** One evidence row per quote, located in the stored text (sentence and offsets), or an issue naming the quote. */
function evidenceRows(
  c: ClaimInput,
  i: number,
  claim: string,
  articleId: string,
  text: string,
  sentences: ReturnType<typeof splitSentences>,
  issues: ValidationIssue[],
): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  c.evidence.forEach((e, j) => {
    const located = locateQuote(text, sentences, e.quote);
    if (!located) {
      issues.push({ path: `claims[${i}].evidence[${j}].quote`, message: 'not found verbatim in the article text' });
      return;
    }
    rows.push({
      id: `e-${sha([articleId, claim, j, e.quote]).slice(0, 20)}`,
      claim,
      article: articleId,
      quote: e.quote,
      ...located,
      certainty: e.certainty,
      certaintyRank: certaintyRank(e.certainty as Certainty),
      hedge: e.hedge ?? null,
      materiel: c.materiel ?? null,
      ...dateFields(c.date),
      endDate: c.endDate ?? null,
      officiallyAcknowledged: c.officiallyAcknowledged ?? null,
      alternativeGroup: c.alternativeGroup ?? null,
      alternativeKey: c.alternativeGroup ? `${articleId}:${c.alternativeGroup}` : null,
      sources: [...new Set(e.sources ?? [])],
      draft: c.draft ?? false,
      extractor: c.extraction ? `${c.extraction.extractor}@${c.extraction.version}` : null,
      rule: c.extraction ? [c.extraction.rule, c.extraction.cue].filter(Boolean).join(': ') : null,
      score: c.extraction?.score ?? null,
    });
  });
  return rows;
}

/** The article's claims and their evidence; a claim stating the same fact as an earlier one is an issue. */
function claimsOf(doc: ArticleDocument, text: string, issues: ValidationIssue[]) {
  const sentences = splitSentences(text);
  const claims = new Map<string, ClaimRow>();
  const evidences: EvidenceRow[] = [];
  const firstIndex = new Map<string, number>();
  (doc.claims ?? []).forEach((c, i) => {
    checkClaim(c, i, issues);
    const id = claimIdentity(c);
    const previous = firstIndex.get(id);
    if (previous !== undefined) {
      issues.push({
        path: `claims[${i}]`,
        message: `states the same fact as claims[${previous}] (same kind, actors, operation, location and type); merge their evidence or set "id" on one to tell them apart`,
      });
      return;
    }
    firstIndex.set(id, i);
    claims.set(id, claimRow(c, id));
    evidences.push(...evidenceRows(c, i, id, doc.article.id, text, sentences, issues));
  });
  return { claims: [...claims.values()], evidences };
}

/** No actor on both sides of one fight; alternatives come in twos or more. */
function checkClaimSet(doc: ArticleDocument, issues: ValidationIssue[]) {
  const claims = doc.claims ?? [];
  issues.push(
    ...checkSides(
      claims.map((c, i) => ({
        kind: c.kind,
        subject: c.subject,
        object: c.object ?? null,
        operation: c.operation ?? null,
        polarity: c.polarity,
        where: `claims[${i}]`,
      })),
    ),
  );
  const groups = new Map<string, number>();
  for (const c of claims)
    if (c.alternativeGroup) groups.set(c.alternativeGroup, (groups.get(c.alternativeGroup) ?? 0) + 1);
  for (const [group, count] of groups) {
    if (count >= 2) continue;
    const i = claims.findIndex((c) => c.alternativeGroup === group);
    issues.push({
      path: `claims[${i}].alternativeGroup`,
      message: `"${group}" names no other claim: alternatives come in twos or more`,
    });
  }
}

function articleRow(doc: ArticleDocument, text: string): Omit<ArticleRow, 'contentHash'> {
  const meta = doc.article;
  const published = date(meta.publishedAt.slice(0, 10));
  return {
    id: meta.id,
    title: meta.title,
    url: meta.url ?? null,
    publisher: meta.publisher,
    language: meta.language,
    publishedAt: meta.publishedAt,
    publishedDate: published?.start ?? meta.publishedAt.slice(0, 10),
    retrievedAt: meta.retrievedAt ?? null,
    authorship: meta.authorship,
    summarises: meta.summarises ? JSON.stringify(meta.summarises) : null,
    text,
  };
}

/**
 * An article document and its text to the rows the loader writes, or every issue found (unknown ids, quotes not
 * in the text, claims that contradict the document's own sides, …), each naming its field.
 */
export function compileArticle(
  label: string,
  doc: ArticleDocument,
  text: string,
  known: KnownIds,
): CompileResult<CompiledArticle> {
  const issues: ValidationIssue[] = [];
  checkReferenceData(doc, known, issues);
  checkDuplicates(doc.operations, 'operations', issues);
  if (doc.article.authorship === 'TEAM_SUMMARY' && !doc.article.summarises?.length) {
    issues.push({ path: 'article.summarises', message: 'a TEAM_SUMMARY must name the reports it summarises' });
  }
  checkOperations(doc, issues);
  const { claims, evidences } = claimsOf(doc, text, issues);
  checkClaimSet(doc, issues);
  if (issues.length) return { ok: false, issues };
  const articleBody = articleRow(doc, text);
  const body = { ...referenceRows(doc), operations: (doc.operations ?? []).map(operationRow), claims, evidences };
  // The hash covers everything the article writes, so an unchanged file is recognised without touching the graph.
  const article: ArticleRow = { ...articleBody, contentHash: sha([articleBody, body]) };
  const annotated = doc.claims ?? [];
  const extracted = annotated.length > 0 && annotated.every((c) => c.draft === true);
  return { ok: true, value: { kind: 'article', label, article, extracted, ...body } };
}
