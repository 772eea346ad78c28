import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';

// Writes the synthetic benchmark corpus as files that `conflict-kg ingest DIR` loads: a gazetteer and one JSON file
// per article. For trying the service at scale by hand (the load and failure tests use it too).

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    'claims-per-article': { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
if (!values.out) throw new Error('--out DIR: where to write gazetteer.json and articles/');
const corpus = generateCorpus({
  articles: Number(values.articles),
  claimsPerArticle: Number(values['claims-per-article']),
});
await mkdir(join(values.out, 'articles'), { recursive: true });
await writeFile(join(values.out, 'gazetteer.json'), JSON.stringify(corpus.gazetteer));
for (const article of corpus.articles) {
  await writeFile(join(values.out, 'articles', `${article.article.id}.json`), JSON.stringify(article));
}
console.log(`${corpus.articles.length} articles, ${corpus.claims} claims written to ${values.out}`);
