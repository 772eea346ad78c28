import { type ArticleDocument, articleDocumentSchema } from '../ingest/article-format.ts';
import { zodIssues } from '../ingest/read-documents.ts';
import type { ExtractInput, Extractor } from './extractor.ts';
import { fold } from './fold.ts';
import type { KnownEntities } from './known-entities.ts';

// The gates every extractor's output passes, whatever made it: the document is valid against the article
// format; every quote is verbatim in the stored text; every actor is known or declared (proposed) in the
// draft; a hedge is inside its quote; every claim is a draft naming its extractor. A failed gate is a bug
// in the extractor, reported with the claim's path, never a half-written draft.

export class ExtractionGateError extends Error {
  constructor(readonly problems: string[]) {
    super(`the extractor's draft failed its checks: ${problems.slice(0, 5).join('; ')}`);
  }
}

export function checkDraft(doc: ArticleDocument, known: KnownEntities, extractor: Extractor): string[] {
  const problems: string[] = [];
  const parsed = articleDocumentSchema.safeParse(doc);
  if (!parsed.success) for (const i of zodIssues(parsed.error)) problems.push(`${i.path}: ${i.message}`);
  const text = doc.article.text ?? '';
  const actors = new Set([...known.actors.map((a) => a.id), ...(doc.actors ?? []).map((a) => a.id)]);
  (doc.claims ?? []).forEach((c, i) => {
    for (const id of [c.subject, c.object])
      if (id && !actors.has(id)) problems.push(`claims[${i}]: actor "${id}" neither known nor proposed`);
    if (!c.draft || c.extraction?.extractor !== extractor.name)
      problems.push(`claims[${i}]: not marked as a draft of ${extractor.name}`);
    c.evidence.forEach((e, j) => {
      if (!text.includes(e.quote)) problems.push(`claims[${i}].evidence[${j}].quote: not verbatim in the text`);
      if (e.hedge && !fold(e.quote).includes(fold(e.hedge)))
        problems.push(`claims[${i}].evidence[${j}].hedge: not inside the quote`);
    });
  });
  return problems;
}

export function extractDraft(extractor: Extractor, input: ExtractInput): ArticleDocument {
  const doc = extractor.extract(input);
  const problems = checkDraft(doc, input.known, extractor);
  if (problems.length) throw new ExtractionGateError(problems);
  return doc;
}
