// Jest globalTeardown: stops the registry test/registry-setup.mjs started, if it started one.
import { rmSync } from 'node:fs';

export default async function teardown() {
  const started = globalThis.__serviceGuruRegistry;
  if (!started) return;
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  rmSync(started.dir, { recursive: true, force: true });
}
