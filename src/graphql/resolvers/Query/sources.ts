import { idArgument, pageArguments, parseArg, searchArgument } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { rankedPage } from '../../ranked-page.ts';

export const source: NonNullable<QueryResolvers['source']> = (_parent, args, { loaders }) =>
  loaders.source.load(parseArg(idArgument, args.id, 'id'));

export const sources: NonNullable<QueryResolvers['sources']> = async (_parent, args, { repos }) => {
  const { first, after } = pageArguments(args, 'any');
  const kind = args.kind ?? undefined;
  if (args.search) {
    return rankedPage(await repos.sources.search(parseArg(searchArgument, args.search, 'search'), kind), first, after);
  }
  const rows = await repos.sources.list(kind, first, after);
  return connection(
    rows,
    first,
    (s) => ({ key: s.id, id: s.id }),
    () => repos.sources.count(kind),
  );
};
