import { z } from 'zod';
import { type ArticleView, articleView } from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { ARTICLE_FIELDS, project } from './projections.ts';

const ARTICLES_BY_ID = namedQuery(
  'articlesById',
  `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${project('a', ARTICLE_FIELDS)} AS article`,
  z.object({ article: articleView }),
);

const ARTICLE_TEXT_AND_CLAIMS = namedQuery(
  'articleTextAndClaims',
  `UNWIND $ids AS id
   MATCH (a:Article {id: id})
   RETURN id, a.text AS text,
     COLLECT { MATCH (a)<-[:FROM_ARTICLE]-(:Evidence)-[:SUPPORTS]->(c:Claim) RETURN DISTINCT c.id AS claim ORDER BY claim } AS claimIds`,
  z.object({ id: z.string(), text: z.string(), claimIds: z.array(z.string()) }),
);

export type ArticleBody = z.infer<typeof ARTICLE_TEXT_AND_CLAIMS.row>;

export class ArticleRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<ArticleView[]> {
    return (await this.db.read(ARTICLES_BY_ID, { ids: [...ids] })).map((r) => r.article);
  }

  bodies(ids: readonly string[]): Promise<ArticleBody[]> {
    return this.db.read(ARTICLE_TEXT_AND_CLAIMS, { ids: [...ids] });
  }
}
