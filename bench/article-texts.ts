import { join } from 'node:path';
import { projectRoot } from '../src/config/environment.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';

// Articles of about `size` characters assembled from the seed's and the evaluation set's real texts (whole
// paragraphs, in a rotating order, so no two articles are the same), alternately French and English.

export interface BenchText {
  text: string;
  language: string;
}

export async function benchTexts(count: number, size: number): Promise<BenchText[]> {
  const texts: BenchText[] = [];
  for (const dir of [join(projectRoot, 'seed', 'articles'), join(projectRoot, 'eval', 'articles')])
    for (const d of await readDocuments(dir))
      if (d.ok && 'text' in d && d.doc.kind === 'article')
        texts.push({ text: d.text, language: d.doc.article.language });
  const paragraphs = (language: string) =>
    texts
      .filter((t) => t.language === language)
      .flatMap((t) => t.text.split(/\n\s*\n/).filter((p) => p.trim().length > 40));
  const pools = { fr: paragraphs('fr'), en: paragraphs('en') };
  const out: BenchText[] = [];
  for (let i = 0; i < count; i++) {
    const language = i % 2 === 0 ? 'fr' : 'en';
    const pool = pools[language];
    let text = '';
    for (let k = i; text.length < size; k += 7) text += `${pool[k % pool.length]}\n\n`;
    out.push({ text: text.trim(), language });
  }
  return out;
}
