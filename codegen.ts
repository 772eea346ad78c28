import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the SDL (npm run codegen). Parent types are the zod-validated repository rows.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown' },
        contextType: '../context.ts#GraphQLContext',
        mappers: {
          Actor: '../../model/views.ts#ActorView',
          Location: '../../model/views.ts#LocationView',
          Operation: '../../model/views.ts#OperationView',
          Article: '../../model/views.ts#ArticleView',
          Source: '../../model/views.ts#SourceView',
          Evidence: '../../model/views.ts#EvidenceView',
          Claim: '../../model/views.ts#ClaimView',
          ActorConnection: '../parents.ts#ActorConnectionParent',
          ClaimConnection: '../parents.ts#ClaimConnectionParent',
          OperationConnection: '../parents.ts#OperationConnectionParent',
          ArticleConnection: '../parents.ts#ArticleConnectionParent',
          SourceConnection: '../parents.ts#SourceConnectionParent',
          ActorLink: '../../model/views.ts#ActorLinkView',
          // Only the selected statistics are computed (claim-repository.ts): the others are absent.
          SupportStat: '../../graph/claim-repository.ts#SupportStatRow',
          ActorLinkSummary: '../../graph/neighbourhood-queries.ts#LinkSummary',
          Neighborhood: '../parents.ts#NeighborhoodParent',
          ActorPath: '../parents.ts#ActorPathParent',
          Affiliation: '../parents.ts#AffiliationParent',
          Membership: '../parents.ts#MembershipParent',
          Succession: '../parents.ts#SuccessionParent',
        },
      },
    },
  },
};

export default config;
