import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DocumentSource, jsonSource, readFromSources } from '../../src/ingest/document-source.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conflict-kg-sources-'));
  await writeFile(join(dir, 'a.json'), '{ not json');
  await writeFile(join(dir, 'b.txt'), 'text');
  await writeFile(join(dir, 'c.csv'), 'x,y');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const text: DocumentSource = {
  name: 'article text',
  accepts: (t) => t.endsWith('.txt'),
  read: async (targets) => targets.map((t) => ({ ok: false, label: `text:${t}`, issues: [] })),
};

describe('document sources', () => {
  it('hands each input to the first source that reads it', async () => {
    const docs = await readFromSources([jsonSource, text], [join(dir, 'b.txt'), join(dir, 'a.json')]);
    expect(docs.map((d) => d.label)).toEqual(['a.json', `text:${join(dir, 'b.txt')}`]);
    expect(docs[0]).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/JSON/) }] });
  });

  it('refuses an input no source reads, naming the sources, and reports a missing path as missing', async () => {
    const [refused] = await readFromSources([jsonSource, text], [join(dir, 'c.csv')]);
    expect(refused).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('article text') }] });
    const [missing] = await readFromSources([jsonSource, text], [join(dir, 'nowhere')]);
    expect(missing).toMatchObject({ ok: false, issues: [{ message: 'no such file or directory' }] });
  });
});
