import { GraphQLError } from 'graphql';
import { ValidationError } from '../../../errors.ts';
import { InputError } from '../../../extract/decode.ts';
import { ExtractionGateError, extractDraft } from '../../../extract/extract-draft.ts';
import { mergeKnown } from '../../../extract/known-entities.ts';
import { loadLexicon } from '../../../extract/lexicon.ts';
import { prepareText } from '../../../extract/prepare.ts';
import { sharedCoder } from '../../../extract/rule-coder.ts';
import { readKnownEntities } from '../../../graph/known-entities-repository.ts';
import { ingestDocuments } from '../../../ingest/ingest-service.ts';
import { parseDocument } from '../../../ingest/read-documents.ts';
import { type ReviewDecision, reviewDrafts as review } from '../../../ingest/review-service.ts';
import { requireWriter } from '../../auth.ts';
import type { MutationResolvers } from '../../generated/resolvers-types.ts';

const MAX_TEXT_CHARS = 2_000_000;

function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export const extractArticle: NonNullable<MutationResolvers['extractArticle']> = async (_p, args, { db, role, log }) => {
  requireWriter(role);
  if (args.text.length > MAX_TEXT_CHARS) throw badInput('text', `longer than ${MAX_TEXT_CHARS} characters`);
  const m = args.metadata ?? {};
  const overrides = Object.fromEntries(Object.entries(m).filter(([, v]) => typeof v === 'string' && v !== ''));
  const lexicon = loadLexicon();
  let draft: ReturnType<typeof extractDraft>;
  try {
    const prepared = prepareText(args.text, { label: 'text', lexicon, overrides });
    const known = mergeKnown(await readKnownEntities(db));
    draft = extractDraft(sharedCoder(lexicon), { text: prepared.text, metadata: prepared.metadata, known });
  } catch (error) {
    if (error instanceof InputError) {
      const [, path] = /^text: (\w+):/.exec(error.message) ?? [];
      throw badInput(path ? `metadata.${path}` : 'text', error.message.replace(/^text: /, ''));
    }
    if (error instanceof ExtractionGateError) {
      log.error('extraction gate failed', { problems: error.problems.slice(0, 5) });
      throw new GraphQLError('the extractor produced an invalid draft; nothing was loaded', {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    throw error;
  }
  let status: 'CREATED' | 'UPDATED' | 'UNCHANGED' | null = null;
  let note: string | null = null;
  if (args.load) {
    const parsed = await parseDocument('draft', draft);
    const summary = await ingestDocuments(
      db,
      [parsed.ok && 'text' in parsed ? { ...parsed, extracted: true } : parsed],
      {
        log,
      },
    );
    const outcome = summary.documents[0];
    if (!outcome || outcome.status === 'failed' || outcome.status === 'valid') {
      const first = outcome?.issues?.[0];
      throw badInput(`draft.${first?.path ?? ''}`, first?.message ?? 'could not be loaded');
    }
    status = outcome.status.toUpperCase() as 'CREATED' | 'UPDATED' | 'UNCHANGED';
    note = outcome.note ?? null;
  }
  return { draft, claims: draft.claims?.length ?? 0, status, note, articleId: draft.article.id };
};

export const reviewDrafts: NonNullable<MutationResolvers['reviewDrafts']> = async (_p, args, { db, role }) => {
  requireWriter(role);
  try {
    return await review(db, args.id, args.decision.toLowerCase() as ReviewDecision);
  } catch (error) {
    if (error instanceof ValidationError) throw badInput('id', error.issues[0]?.message ?? 'unknown id');
    throw error;
  }
};
