import { fulltextQuery } from '../../../graph/search-text.ts';
import { pageArguments, parseArg, searchArgument } from '../../arguments.ts';
import { connection } from '../../connection.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';

export const articles: NonNullable<QueryResolvers['articles']> = async (_parent, args, { repos }) => {
  const { first, after } = pageArguments(args);
  const text = args.search ? parseArg(searchArgument, args.search, 'search') : undefined;
  const publisher = args.publisher ? parseArg(searchArgument, args.publisher, 'publisher') : undefined;
  // Every word as typed (or as a prefix) first; only when that finds nothing, within a few edits ("Burkinna"),
  // so a correct word is never drowned in its near neighbours. A fuzzy page's cursor starts with "~".
  const strict = text === undefined ? undefined : fulltextQuery(text);
  const fuzzy = text === undefined ? undefined : fulltextQuery(text, { fuzzy: true });
  let search = after?.key.startsWith('~') ? fuzzy : strict;
  let rows = await repos.articles.list(search, publisher, first, unmark(after));
  if (!after && rows.length === 0 && fuzzy !== strict) {
    search = fuzzy;
    rows = await repos.articles.list(search, publisher, first, undefined);
  }
  const mark = search === fuzzy && fuzzy !== strict ? '~' : '';
  return connection(
    rows,
    first,
    (a) => ({ key: `${mark}${a.publishedDate}`, id: a.id }),
    () => repos.articles.count(search, publisher),
  );
};

const unmark = (after: { key: string; id: string } | undefined) =>
  after && { key: after.key.replace(/^~/, ''), id: after.id };
