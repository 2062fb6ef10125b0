// Jest globalSetup: ONE registry for the whole run, handed to every suite (wait-images, rehearse,
// deploy...) as SERVICE_GURU_TEST_REGISTRY. Skipped when .ci/run already started one. Debian's
// docker-registry when it is on the PATH; else the in-process OCI registry of the rehearsal
// (src/standins/oci-registry-double.ts), served from this process, so that `npm test` passes on
// a machine with only Node and git. SERVICE_GURU_NO_DOCKER_REGISTRY=1 takes that path here too.
// Plain JavaScript: global setup runs outside the test transform (Node 24 strips the types of the
// one TypeScript module it imports).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A loaded 2-core machine needed more than the 10 s the suites used to allow. */
const START_DEADLINE_MS = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A probe without keep-alive: an idle pooled socket would hold the registry's graceful stop. */
function answers(url) {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/** Why docker-registry is not used, or undefined when it is on the PATH. */
function missing() {
  if (process.env.SERVICE_GURU_NO_DOCKER_REGISTRY === '1') return 'SERVICE_GURU_NO_DOCKER_REGISTRY=1';
  try {
    execFileSync('sh', ['-c', 'command -v docker-registry'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'docker-registry is not installed';
  }
}

export default async function setup() {
  if (process.env.SERVICE_GURU_TEST_REGISTRY) return;
  const why = missing();
  if (why) {
    const { OciRegistryDouble } = await import('../src/standins/oci-registry-double.ts');
    const double = new OciRegistryDouble();
    await double.start();
    globalThis.__serviceGuruRegistry = { double };
    process.env.SERVICE_GURU_TEST_REGISTRY = double.host;
    process.stderr.write(`${why}: the tests use the in-process OCI registry on ${double.host}\n`);
    return;
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-registry-'));
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog: { level: error }\nstorage:\n  filesystem: { rootdirectory: ${dir}/data }\n` +
      `  delete: { enabled: true }\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  let log = '';
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (d) => (log = (log + d).slice(-2000)));
  globalThis.__serviceGuruRegistry = { child, dir };
  const url = `http://127.0.0.1:${port}/v2/`;
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await answers(url)) {
      process.env.SERVICE_GURU_TEST_REGISTRY = `127.0.0.1:${port}`;
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`docker-registry did not answer ${url} within ${START_DEADLINE_MS / 1000}s${log ? `:\n${log}` : ''}`);
}
