import { z } from 'zod';
import { type ArticleView, articleView } from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import type { Keyset } from './pagination.ts';
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

const articleConditions = `
   WHERE ($publisher IS NULL OR a.publisher = $publisher)
     AND ($afterId IS NULL OR a.publishedDate < date($afterKey) OR (a.publishedDate = date($afterKey) AND a.id > $afterId))`;

const listArticles = (search: boolean) =>
  namedQuery(
    search ? 'searchArticles' : 'listArticles',
    `${search ? "CALL db.index.fulltext.queryNodes('article_words', $search) YIELD node AS a" : 'MATCH (a:Article)'}
     ${articleConditions}
     RETURN ${project('a', ARTICLE_FIELDS)} AS article
     ORDER BY a.publishedDate DESC, a.id LIMIT $limit`,
    z.object({ article: articleView }),
  );

const countArticles = (search: boolean) =>
  namedQuery(
    search ? 'countSearchArticles' : 'countArticles',
    `${search ? "CALL db.index.fulltext.queryNodes('article_words', $search) YIELD node AS a" : 'MATCH (a:Article)'}
     WHERE $publisher IS NULL OR a.publisher = $publisher RETURN count(a) AS total`,
    z.object({ total: z.number() }),
  );

const LIST_ARTICLES = listArticles(false);
const SEARCH_ARTICLES = listArticles(true);
const COUNT_ARTICLES = countArticles(false);
const COUNT_SEARCH_ARTICLES = countArticles(true);

export class ArticleRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<ArticleView[]> {
    return (await this.db.read(ARTICLES_BY_ID, { ids: [...ids] })).map((r) => r.article);
  }

  async list(search: string | undefined, publisher: string | undefined, first: number, after: Keyset | undefined) {
    const params = {
      search,
      publisher: publisher ?? null,
      limit: first + 1,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
    };
    const rows = await this.db.read(search ? SEARCH_ARTICLES : LIST_ARTICLES, params);
    return rows.map((r) => r.article);
  }

  async count(search: string | undefined, publisher: string | undefined): Promise<number> {
    const rows = await this.db.read(search ? COUNT_SEARCH_ARTICLES : COUNT_ARTICLES, {
      search,
      publisher: publisher ?? null,
    });
    return rows[0]?.total ?? 0;
  }

  bodies(ids: readonly string[]): Promise<ArticleBody[]> {
    return this.db.read(ARTICLE_TEXT_AND_CLAIMS, { ids: [...ids] });
  }
}
