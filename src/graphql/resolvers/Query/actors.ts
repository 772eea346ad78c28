import { pageArguments, parseArg, searchArgument } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { rankedPage } from '../../ranked-page.ts';

export const actors: NonNullable<QueryResolvers['actors']> = async (_parent, args, { repos }) => {
  const { first, after } = pageArguments(args, 'any');
  const kind = args.kind ?? undefined;
  if (args.search) {
    const ranked = await repos.actors.search(parseArg(searchArgument, args.search, 'search'), kind);
    return rankedPage(ranked, first, after);
  }
  const rows = await repos.actors.list(kind, first, after);
  const page = connection(
    rows,
    first,
    (row) => ({ key: row.key, id: row.actor.id }),
    () => repos.actors.count(kind),
  );
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.actor })) };
};
