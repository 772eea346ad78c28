import { fulltextQuery } from '../../../graph/search-text.ts';
import { pageArguments, parseArg, searchArgument } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const actors: NonNullable<QueryResolvers['actors']> = async (_parent, args, { repos }) => {
  const { first, after } = pageArguments(args, 'any');
  const search = args.search ? fulltextQuery(parseArg(searchArgument, args.search, 'search')) : undefined;
  const kind = args.kind ?? undefined;
  const rows = await repos.actors.list(search, kind, first, after);
  const page = connection(
    rows,
    first,
    (row) => ({ key: row.key, id: row.actor.id }),
    () => repos.actors.count(search, kind),
  );
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.actor })) };
};
