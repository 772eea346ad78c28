import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';

// Layers point one way: a module may import its own folder and any folder of a lower rank, never a higher one.
// graphql and http are both transports, but http composes graphql, so graphql ranks below it.
const RANKS: Record<string, number> = {
  '': 0, // src/errors.ts, src/logger.ts
  config: 0,
  model: 0,
  neo4j: 1,
  graph: 2,
  ingest: 3,
  export: 3,
  extract: 3,
  graphql: 4,
  http: 5,
  cli: 6,
};

const SRC = join(projectRoot, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const layerOf = (file: string) => {
  const path = relative(SRC, file);
  return path.includes('/') ? path.split('/')[0]! : '';
};

function upwardImports(): string[] {
  const problems: string[] = [];
  for (const file of sources(SRC)) {
    const from = layerOf(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) {
      const target = resolve(dirname(file), match[1]!);
      const to = layerOf(target);
      if (RANKS[from] === undefined) problems.push(`${relative(SRC, file)}: folder "${from}" has no rank`);
      else if (to !== from && (RANKS[to] ?? 99) > RANKS[from]!) {
        problems.push(`${relative(SRC, file)} (${from}) imports ${relative(SRC, target)} (${to})`);
      }
    }
  }
  return problems;
}

describe('layers', () => {
  it('no module imports a layer above its own', () => {
    expect(upwardImports()).toEqual([]);
  });

  it("the benchmark's peer (@neo4j/graphql, a development dependency) is imported by bench/ only", () => {
    const importsPeer = (file: string) => /from\s+'@neo4j\/graphql[/']/.test(readFileSync(file, 'utf8'));
    expect(
      sources(SRC)
        .filter(importsPeer)
        .map((file) => relative(SRC, file)),
    ).toEqual([]);
    // The check itself can fail: the benchmark does import it.
    expect(importsPeer(join(projectRoot, 'bench', 'peer.ts'))).toBe(true);
  });
});
