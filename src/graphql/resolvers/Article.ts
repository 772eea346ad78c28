import { z } from 'zod';
import type { ArticleResolvers } from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';

const summarisedReports = z.array(
  z.object({
    title: z.string(),
    publisher: z.string(),
    url: z.string().optional(),
    publishedAt: z.string().optional(),
  }),
);

export const Article: ArticleResolvers = {
  summarises: (a) => {
    if (!a.summarises) return [];
    const parsed = summarisedReports.safeParse(JSON.parse(a.summarises));
    return parsed.success
      ? parsed.data.map((r) => ({ ...r, url: r.url ?? null, publishedAt: r.publishedAt ?? null }))
      : [];
  },
  text: async (a, _args, { loaders }) => (await loaders.articleBody.load(a.id))?.text ?? '',
  claims: async (a, _args, { loaders }) => {
    const ids = (await loaders.articleBody.load(a.id))?.claimIds ?? [];
    return loadAll(loaders.claim, ids);
  },
};
