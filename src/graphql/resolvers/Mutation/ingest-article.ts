import { GraphQLError } from 'graphql';
import { ingestDocuments } from '../../../ingest/ingest-service.ts';
import { parseDocument } from '../../../ingest/read-documents.ts';
import { requireWriter } from '../../auth.ts';
import type { MutationResolvers } from '../../generated/resolvers-types.ts';

export const ingestArticle: NonNullable<MutationResolvers['ingestArticle']> = async (
  _parent,
  args,
  { db, role, log },
) => {
  requireWriter(role);
  const parsed = await parseDocument('document', args.document);
  const summary = await ingestDocuments(db, [parsed], { log });
  const outcome = summary.documents[0];
  if (!outcome || outcome.status === 'failed' || outcome.status === 'valid') {
    const issues = outcome?.issues ?? [];
    const first = issues[0];
    const argument = first?.path ? `document.${first.path}` : 'document';
    throw new GraphQLError(`${argument}: ${first?.message ?? 'invalid document'}`, {
      extensions: { code: 'BAD_USER_INPUT', argument, issues },
    });
  }
  const json = args.document as { kind?: string; article?: { id?: string } };
  return {
    status: outcome.status.toUpperCase() as 'CREATED' | 'UPDATED' | 'UNCHANGED',
    articleId: json.kind === 'article' ? (json.article?.id ?? null) : null,
    claims: summary.claims,
  };
};
