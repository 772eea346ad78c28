import type { ClaimInput, EvidenceInput } from '../ingest/article-format.ts';
import { slugify } from './fold.ts';
import type { RawClaim } from './raw-claim.ts';

// One raw rule claim to the claim an article document holds (used by draft-document.ts).

export interface ClaimParts {
  op: string | undefined;
  date: string | undefined;
  group: string | undefined;
  articleId: string;
  extractor: { extractor: string; version: string };
  evidence: EvidenceInput;
}

/**
 * A raw claim as the article format writes it, field by field in the format's order (spreading a dozen optional
 * parts per claim went through the engine's slow generic object copy).
 */
export function claimInput(c: RawClaim, parts: ClaimParts): ClaimInput {
  const out: Record<string, unknown> = {};
  if (c.distinct)
    out.id = slugify(`${c.subject}-${c.distinct}-${parts.op ?? parts.articleId}`)
      .slice(0, 120)
      .replace(/-+$/, '');
  out.kind = c.kind;
  out.subject = c.subject;
  if (c.object) out.object = c.object;
  if (parts.op) out.operation = parts.op;
  if (c.location) out.location = c.location;
  if (parts.date) out.date = parts.date;
  if (c.supportType) out.supportType = c.supportType;
  if (c.materiel) out.materiel = c.materiel;
  if (c.statementType) out.statementType = c.statementType;
  out.polarity = c.polarity;
  if (parts.group) out.alternativeGroup = parts.group;
  if (c.officiallyAcknowledged !== undefined) out.officiallyAcknowledged = c.officiallyAcknowledged;
  out.draft = true;
  out.extraction = { ...parts.extractor, rule: c.rule, cue: c.cue, score: c.score };
  out.evidence = [parts.evidence];
  return out as ClaimInput;
}
