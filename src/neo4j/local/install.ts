import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { requireMaven } from './java.ts';

// Neo4j Community's server (org.neo4j:neo4j, entry point org.neo4j.server.CommunityEntryPoint) and every runtime
// dependency are copied by Maven into <cacheDir>/neo4j-<version>/lib. The directory only appears once complete
// (built under a temporary name, then renamed), so an interrupted fetch is simply retried.

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
export const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

function pom(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.conflict-kg</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`;
}

export function installDir(cacheDir: string, version: string): string {
  return join(cacheDir, `neo4j-${version}`);
}

export function classpath(cacheDir: string, version: string): string {
  return join(installDir(cacheDir, version), 'lib', '*');
}

function runMaven(cwd: string, log: Logger): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      'mvn',
      ['-B', '-q', 'dependency:copy-dependencies', '-DincludeScope=runtime', '-DoutputDirectory=lib'],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else {
        log.error('mvn failed', { code });
        reject(new UserFacingError(`Fetching Neo4j with Maven failed (exit ${code}):\n${output.slice(-4000)}`));
      }
    });
  });
}

/** Returns the install directory, fetching Neo4j once if it is not in the cache yet. */
export async function ensureNeo4jInstalled(cacheDir: string, version: string, log: Logger): Promise<string> {
  const target = installDir(cacheDir, version);
  if (existsSync(join(target, 'lib'))) return target;
  requireMaven();
  await mkdir(cacheDir, { recursive: true });
  const staging = `${target}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await writeFile(join(staging, 'pom.xml'), pom(version));
  log.info(`Fetching Neo4j Community ${version} with Maven into ${target} (once; about a minute)`);
  const started = Date.now();
  try {
    await runMaven(staging, log);
    const jars = await readdir(join(staging, 'lib'));
    if (!jars.some((name) => name === `neo4j-${version}.jar`)) {
      throw new UserFacingError(`Maven finished but neo4j-${version}.jar is missing from ${staging}/lib`);
    }
    try {
      await rename(staging, target);
    } catch (error) {
      // Another process finished the same fetch first: theirs is as good as ours.
      if (!existsSync(join(target, 'lib'))) throw error;
      await rm(staging, { recursive: true, force: true });
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  log.info('Neo4j fetched', { seconds: Math.round((Date.now() - started) / 1000) });
  return target;
}
