import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { LEXICON_DIR } from '../../src/extract/lexicon.ts';

// The image runs the service without the repository: every directory it reads at run time must be copied in
// (the extractor's dictionaries were not, so text ingestion failed in the container only).

describe('the Dockerfile', () => {
  const copied = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('COPY '))
    .map((l) => l.split(/\s+/)[1]);

  it('copies what the service reads at run time', () => {
    const lexicon = relative(projectRoot, LEXICON_DIR).split('/')[0];
    for (const dir of ['bin', 'schema', 'seed', 'src', lexicon]) expect(copied).toContain(dir);
  });
});
