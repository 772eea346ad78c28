import { z } from 'zod';
import { dateBound, idArgument, parseArg } from '../../arguments.ts';
import { notFound } from '../../errors.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

/** From this depth on, a walk can touch most of a hub's claims: it takes a turn at the heavy-work gate. */
export const HEAVY_DEPTH = 2;

export const neighborhood: NonNullable<QueryResolvers['neighborhood']> = async (_parent, args, { repos, heavy }) => {
  const ids = parseArg(z.array(idArgument).min(1).max(50), args.ids, 'ids');
  const missing = await repos.exploration.missingActors(ids);
  if (missing.length > 0) throw notFound('actor', missing.join('", "'));
  const depth = parseArg(z.number().int().min(1).max(3), args.depth ?? 1, 'depth');
  const walk = () =>
    repos.exploration.neighborhood(ids, depth, {
      kinds: args.claimKinds ? [...args.claimKinds] : undefined,
      from: dateBound(args.from, 'from', 'start'),
      to: dateBound(args.to, 'to', 'end'),
      polarities: args.polarities?.length ? [...args.polarities] : ['ASSERTED'],
      rollUp: args.rollUp ?? false,
    });
  return depth >= HEAVY_DEPTH ? heavy.run('neighborhood', walk) : walk();
};
