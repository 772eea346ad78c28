import { z } from 'zod';
import { idArgument, parseArg } from '../../arguments.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const paths: NonNullable<QueryResolvers['paths']> = (_parent, args, { repos }) =>
  repos.exploration.paths(
    parseArg(idArgument, args.from, 'from'),
    parseArg(idArgument, args.to, 'to'),
    parseArg(z.number().int().min(1).max(6), args.maxLength ?? 4, 'maxLength'),
    parseArg(z.number().int().min(1).max(50), args.first ?? 10, 'first'),
  );
