// npm run bench:extract [-- --seconds 5 --warmup 3]: extraction alone (clean text, rule-based coder, gates), one
// core, on articles of about 5,000 characters assembled from the seed's and the evaluation set's real texts
// (bench/article-texts.ts). Prints articles per second and characters per second; nothing is hard-coded,
// nothing touches a database. The measured run follows a warm-up of --warmup seconds (the first few hundred
// articles run at half speed or less while V8 compiles the coder, the date parser's expressions and the schema
// check); the warm-up's own rate is printed too, as what a short one-off `conflict-kg extract` sees.

import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config/environment.ts';
import { extractDraft } from '../src/extract/extract-draft.ts';
import { loadLexicon } from '../src/extract/lexicon.ts';
import { knownFromFiles } from '../src/extract/load-known.ts';
import { prepareText } from '../src/extract/prepare.ts';
import { RuleCoder } from '../src/extract/rule-coder.ts';
import { benchTexts } from './article-texts.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    size: { type: 'string', default: '5000' },
  },
});
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const size = Number(values.size);

const lexicon = loadLexicon();
const known = await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
const coder = new RuleCoder(lexicon);
const articles = await benchTexts(200, size);
const run = (a: { text: string; language: string }, i: number) => {
  const prepared = prepareText(a.text, {
    label: `a${i}`,
    lexicon,
    overrides: {
      id: `bench-${i}`,
      title: `Bench ${i}`,
      publisher: 'bench',
      language: a.language,
      publishedAt: '2024-06-01',
    },
  });
  return extractDraft(coder, { text: prepared.text, metadata: prepared.metadata, known }).claims?.length ?? 0;
};
// the first 50 articles build the indexes; the warm-up is timed from there
for (let i = 0; i < 50; i++) run(articles[i % articles.length] as { text: string; language: string }, i);
const warmCpu = process.cpuUsage();
const warmEnd = process.hrtime.bigint() + BigInt(Math.round(warmup * 1e9));
let warmed = 0;
while (process.hrtime.bigint() < warmEnd) {
  run(articles[warmed % articles.length] as { text: string; language: string }, warmed);
  warmed++;
}
const warmUsage = process.cpuUsage(warmCpu);
const warmSeconds = (warmUsage.user + warmUsage.system) / 1e6;

let done = 0;
let chars = 0;
let claims = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
const deadline = start + BigInt(Math.round(seconds * 1e9));
while (process.hrtime.bigint() < deadline) {
  const a = articles[done % articles.length] as { text: string; language: string };
  claims += run(a, done);
  chars += a.text.length;
  done++;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const meanChars = Math.round(chars / done);
console.log(
  `extraction, one core: ${done} articles (mean ${meanChars} characters, ${(claims / done).toFixed(1)} draft claims each) in ${elapsed.toFixed(2)} s`,
);
console.log(
  `  wall clock: ${(done / elapsed).toFixed(0)} articles/s, ${(chars / elapsed / 1e6).toFixed(2)} M characters/s`,
);
// on a shared machine the wall clock counts other processes' turns; CPU time is this process's own work
console.log(
  `  per CPU second (one core): ${(done / cpuSeconds).toFixed(0)} articles/s, ${((1000 * cpuSeconds) / done).toFixed(2)} ms per article (load average ${loadavg()[0]?.toFixed(1)})`,
);
if (warmed > 0)
  console.log(
    `  warm-up before it (${warmed} articles, ${warmup} s): ${(warmed / warmSeconds).toFixed(0)} articles per CPU second`,
  );
