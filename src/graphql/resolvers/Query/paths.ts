import { z } from 'zod';
import { idArgument, parseArg } from '../../arguments.ts';
import { notFound } from '../../errors.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const paths: NonNullable<QueryResolvers['paths']> = async (_parent, args, { repos }) => {
  const from = parseArg(idArgument, args.from, 'from');
  const to = parseArg(idArgument, args.to, 'to');
  const maxLength = parseArg(z.number().int().min(1).max(6), args.maxLength ?? 4, 'maxLength');
  const first = parseArg(z.number().int().min(1).max(50), args.first ?? 10, 'first');
  const missing = await repos.exploration.missingActors([from, to]);
  if (missing.length > 0) throw notFound('actor', missing.join('", "'));
  return repos.exploration.paths(from, to, maxLength, first);
};
