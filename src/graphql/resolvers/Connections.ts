import type {
  ActorConnectionResolvers,
  ArticleConnectionResolvers,
  ClaimConnectionResolvers,
  OperationConnectionResolvers,
  SourceConnectionResolvers,
} from '../generated/resolvers-types.ts';

// Totals and hints are computed only when a client selects them: the list resolvers hand them on as functions
// (parents.ts) and these resolvers call them. Said here rather than left to graphql-js' default resolver, which
// calls a function-valued property, because a compiled executor's default resolver reads it as a value.

const totalCount = (parent: { totalCount: () => Promise<number> }) => parent.totalCount();

export const ActorConnection: ActorConnectionResolvers = { totalCount };
export const ArticleConnection: ArticleConnectionResolvers = { totalCount };
export const OperationConnection: OperationConnectionResolvers = { totalCount };
export const SourceConnection: SourceConnectionResolvers = { totalCount };
export const ClaimConnection: ClaimConnectionResolvers = {
  totalCount,
  hint: (parent) => parent.hint?.() ?? null,
};
