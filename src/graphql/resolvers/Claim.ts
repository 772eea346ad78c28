import type { ClaimResolvers } from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';
import { partialDate } from './partial-date.ts';

export const Claim: ClaimResolvers = {
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
  contradictions: (c, _args, { loaders }) => loadAll(loaders.claim, c.contradictingIds),
  disputed: (c) => c.contradictingIds.length > 0,
};
