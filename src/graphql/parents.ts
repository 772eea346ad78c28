import type { ActorRelations, PeriodLink } from '../graph/actor-repository.ts';
import type { LinkSummary } from '../graph/neighbourhood-queries.ts';
import type { Page } from '../graph/pagination.ts';
import type { ActorLinkView, ActorView, ArticleView, ClaimView, OperationView, SourceView } from '../model/views.ts';

// What resolvers hand to the field resolvers below them (codegen `mappers`): repository rows, plus lazily
// computed totals (graphql-js calls a function-valued field only when the client selects it).

export type Connection<T> = Page<T> & { totalCount: () => Promise<number> };
export type ActorConnectionParent = Connection<ActorView>;
export type ClaimConnectionParent = Connection<ClaimView> & { hint?: () => Promise<string | null> };
export type OperationConnectionParent = Connection<OperationView>;
export type ArticleConnectionParent = Connection<ArticleView>;
export type SourceConnectionParent = Connection<SourceView>;
/** The walk's links; the claims behind them (`edges`) are read only when selected, and may cut the answer. */
export type NeighborhoodParent = {
  nodeIds: string[];
  links: LinkSummary[];
  edges: () => Promise<ActorLinkView[]>;
  truncated: () => Promise<boolean>;
};
export type ActorPathParent = { actorIds: string[]; links: ActorLinkView[] };
export type AffiliationParent = PeriodLink;
export type MembershipParent = { member: ActorView; alliance: ActorView; since: string | null; until: string | null };
export type SuccessionParent = NonNullable<ActorRelations['succeeds']>;
