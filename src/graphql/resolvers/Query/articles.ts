import { fulltextQuery } from '../../../graph/search-text.ts';
import { pageArguments, parseArg, searchArgument } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const articles: NonNullable<QueryResolvers['articles']> = async (_parent, args, { repos }) => {
  const { first, after } = pageArguments(args);
  const search = args.search ? fulltextQuery(parseArg(searchArgument, args.search, 'search')) : undefined;
  const publisher = args.publisher ? parseArg(searchArgument, args.publisher, 'publisher') : undefined;
  const rows = await repos.articles.list(search, publisher, first, after);
  return connection(
    rows,
    first,
    (a) => ({ key: a.publishedDate, id: a.id }),
    () => repos.articles.count(search, publisher),
  );
};
