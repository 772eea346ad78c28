import { z } from 'zod';
import { MAX_SOURCE_CLAIMS } from '../../graph/source-repository.ts';
import { parseArg } from '../arguments.ts';
import type { SourceResolvers } from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';

export const Source: SourceResolvers = {
  claimCount: async (s, _args, { loaders }) => (await loaders.sourceClaims.load(s.id))?.claimCount ?? 0,
  claims: async (s, args, { loaders }) => {
    const first = parseArg(z.number().int().min(1).max(MAX_SOURCE_CLAIMS), args.first ?? 20, 'first');
    const ids = (await loaders.sourceClaims.load(s.id))?.claimIds.slice(0, first) ?? [];
    return loadAll(loaders.claim, ids);
  },
  actor: (s, _args, { loaders }) => (s.actorId ? loaders.actor.load(s.actorId) : null),
};
