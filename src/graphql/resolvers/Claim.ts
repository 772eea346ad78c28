import type { ClaimResolvers, EvidenceResolvers, SourceResolvers } from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';
import { partialDate } from './partial-date.ts';

export const Claim: ClaimResolvers = {
  kind: (c) => c.kind as never,
  supportType: (c) => c.supportType as never,
  statementType: (c) => c.statementType as never,
  polarity: (c) => c.polarity as never,
  certainty: (c) => c.certainty as never,
  date: (c) => partialDate(c.date),
  when: (c) => partialDate(c.when) ?? { value: c.when, precision: 'DAY', start: c.when, end: c.when },
  corroboration: (c) => ({
    evidences: c.evidenceCount,
    articles: c.articleCount,
    publishers: c.publisherCount,
    sources: c.sourceCount,
  }),
  alternatives: (c, _args, { loaders }) => loadAll(loaders.claim, c.alternativeIds),
  contradictedBy: (c, _args, { loaders }) => loadAll(loaders.claim, c.contradictingIds),
};

export const Evidence: EvidenceResolvers = {
  certainty: (e) => e.certainty as never,
};

export const Source: SourceResolvers = {
  kind: (s) => s.kind as never,
  actor: (s, _args, { loaders }) => (s.actorId ? loaders.actor.load(s.actorId) : null),
};
