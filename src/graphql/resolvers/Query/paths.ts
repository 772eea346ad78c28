import { z } from 'zod';
import { idArgument, parseArg } from '../../arguments.ts';
import { notFound } from '../../errors.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

/** Longer searches than the default (4) take a turn at the heavy-work gate. */
export const HEAVY_PATH_LENGTH = 5;

export const paths: NonNullable<QueryResolvers['paths']> = async (_parent, args, { repos, heavy }) => {
  const from = parseArg(idArgument, args.from, 'from');
  const to = parseArg(idArgument, args.to, 'to');
  const maxLength = parseArg(z.number().int().min(1).max(6), args.maxLength ?? 4, 'maxLength');
  const first = parseArg(z.number().int().min(1).max(50), args.first ?? 10, 'first');
  const search = () => repos.exploration.paths(from, to, maxLength, first);
  const found = await (maxLength >= HEAVY_PATH_LENGTH ? heavy.run('paths', search) : search());
  // A typo must be NOT_FOUND, not "no path": the ends of a path found exist, so only an empty answer is checked.
  if (found.length === 0) {
    const missing = await repos.exploration.missingActors([from, to]);
    if (missing.length > 0) throw notFound('actor', missing.join('", "'));
  }
  return found;
};
