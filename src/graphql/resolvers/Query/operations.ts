import { fulltextQuery } from '../../../graph/search-text.ts';
import { dateRange, idArgument, pageArguments, parseArg, searchArgument } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const operations: NonNullable<QueryResolvers['operations']> = async (_parent, args, { repos }) => {
  const { first, after } = pageArguments(args);
  const f = args.filter ?? {};
  const criteria = {
    search: f.search ? fulltextQuery(parseArg(searchArgument, f.search, 'filter.search')) : undefined,
    location: f.location ? parseArg(idArgument, f.location, 'filter.location') : undefined,
    actor: f.actor ? parseArg(idArgument, f.actor, 'filter.actor') : undefined,
    ...dateRange(f.from, f.to, 'filter.'),
    eventType: f.eventType ?? undefined,
  };
  const rows = await repos.operations.page(criteria, first, after);
  return connection(
    rows,
    first,
    (o) => ({ key: o.sortKey, id: o.id }),
    () => repos.operations.count(criteria),
  );
};
