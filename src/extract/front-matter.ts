// A small "key: value" header between two "---" lines (as in Markdown front matter) carries an article's
// metadata when it comes as plain text: title, publisher, url, publishedAt (or date), language, id, authorship.

export interface RawMetadata {
  id?: string;
  title?: string;
  publisher?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  authorship?: string;
  summarises?: string;
}

const KEYS: Record<string, keyof RawMetadata> = {
  id: 'id',
  title: 'title',
  publisher: 'publisher',
  source: 'publisher',
  url: 'url',
  link: 'url',
  publishedat: 'publishedAt',
  published: 'publishedAt',
  date: 'publishedAt',
  language: 'language',
  lang: 'language',
  authorship: 'authorship',
  summarises: 'summarises',
};

export function splitFrontMatter(text: string): { meta: RawMetadata; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: RawMetadata = {};
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    const key = kv ? KEYS[(kv[1] ?? '').toLowerCase().replace(/_/g, '')] : undefined;
    if (kv && key) meta[key] = (kv[2] ?? '').replace(/^["']|["']$/g, '');
  }
  return { meta, body: text.slice(m[0].length) };
}
