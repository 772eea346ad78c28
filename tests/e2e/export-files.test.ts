import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/processes.ts';
import { ServiceProcess } from './service-process.ts';

// The export command as a user runs it, beside a running service (it borrows the service's local Neo4j).

let service: ServiceProcess;
beforeAll(async () => {
  service = await ServiceProcess.start();
});
afterAll(async () => {
  await service.stop();
});

async function cli(args: string[], onStarted?: (pid: number) => void) {
  const run = await runCli(args, { ...process.env, ...service.env, LOG_LEVEL: 'warn' }, onStarted);
  return { code: run.code, signal: run.signal, out: run.stdout + run.stderr };
}

describe('conflict-kg export on disk', () => {
  it('never destroys an export: refuses a non-empty --out, and an interrupted --force leaves the old one whole', async () => {
    const out = join(service.dir, 'exports', 'kidal');
    const first = await cli(['export', '--format', 'gexf', '--operation', 'op-kidal-2023', '--out', out]);
    expect(first.code).toBe(0);
    let manifest = await readFile(join(out, 'manifest.json'), 'utf8');
    let gexf = await readFile(join(out, 'graph.gexf'), 'utf8');

    const refused = await cli(['export', '--format', 'gexf', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/--out: .* is not empty; choose a new directory, or add --force/);

    // Ctrl-C as soon as the staging folder appears, in the middle of the export: the previous one stays whole.
    let interruptedRuns = 0;
    for (let attempt = 0; attempt < 3 && interruptedRuns === 0; attempt++) {
      let watching = true;
      const run = cli(['export', '--format', 'gexf', '--force', '--out', out], (pid) => {
        const poll = async () => {
          while (watching) {
            const names = await readdir(join(service.dir, 'exports'));
            if (names.some((n) => n.includes('.partial-'))) return process.kill(pid, 'SIGINT');
            await new Promise((r) => setTimeout(r, 5));
          }
        };
        void poll();
      });
      const result = await run;
      watching = false;
      if (result.code === 130) {
        interruptedRuns++;
        expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
        expect(await readFile(join(out, 'graph.gexf'), 'utf8')).toBe(gexf);
      } else {
        // It finished before the signal: the new export replaced the old one whole; compare against it next time.
        expect(result.code).toBe(0);
        manifest = await readFile(join(out, 'manifest.json'), 'utf8');
        gexf = await readFile(join(out, 'graph.gexf'), 'utf8');
      }
    }
    expect(interruptedRuns).toBe(1);
    expect((await readdir(join(service.dir, 'exports'))).filter((n) => n.includes('.partial-'))).toEqual([]);

    const replaced = await cli(['export', '--format', 'gexf', '--force', '--out', out]);
    expect(replaced.code).toBe(0);
    expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).selection.operations).toBeUndefined();
  });

  it('says clearly what is wrong with --out, an option, an id or a period, and writes nothing', async () => {
    const file = join(service.dir, 'a-file');
    await writeFile(file, 'x');
    const cases: [string[], RegExp, number][] = [
      [['--out', file], /--out: .* is a file/, 1],
      [['--out', join(file, 'sub')], /--out: cannot write .*: a part of that path is a file/, 1],
      [['--out', join(service.dir, 'x1'), '--operations', 'op-kidal-2023'], /Unknown option '--operations'/, 2],
      [['--out', join(service.dir, 'x2'), '--operation', 'op-nowhere'], /unknown operation "op-nowhere"/, 1],
      [['--out', join(service.dir, 'x3'), '--alliance', 'nato-typo'], /unknown alliance "nato-typo"/, 1],
      [['--out', join(service.dir, 'x4'), '--from', '2024', '--to', '2023'], /from: 2024 is after to/, 1],
    ];
    for (const [args, message, code] of cases) {
      const run = await cli(['export', '--format', 'gexf', ...args]);
      expect(run.out).toMatch(message);
      expect(run.out).not.toMatch(/\n\s+at /);
      expect(run.code).toBe(code);
    }
    await mkdir(join(service.dir, 'probe'), { recursive: true });
    const left = await readdir(service.dir);
    for (const name of ['x1', 'x2', 'x3', 'x4']) expect(left).not.toContain(name);
  });
});
