import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Pki {
  dir: string;
  /** PEM file of the throwaway CA: what a configuration's caFile names. */
  caFile: string;
  key: string;
  cert: string;
  remove(): void;
}

/**
 * A throwaway CA and a server certificate for 127.0.0.1 (subjectAltName IP), made with openssl
 * in a temporary folder: client-node verifies TLS, so the double must be trusted through caFile.
 */
export function makePki(): Pki {
  if (reused) {
    // A fresh folder each time (remove() deletes it), the same keys: no openssl run.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-kube-pki-'));
    writeFileSync(path.join(dir, 'ca.pem'), reused.ca);
    return { ...reused, dir, caFile: path.join(dir, 'ca.pem'), remove: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-kube-pki-'));
  const at = (name: string) => path.join(dir, name);
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=service-guru throwaway cluster CA',
  ]);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
  // The SAN goes through an extension file: `-addext` of the request does not carry over to `x509 -req`.
  writeFileSync(at('san.ext'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  run([
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'san.ext',
  ]);
  const pki = {
    dir,
    caFile: at('ca.pem'),
    key: readFileSync(at('server.key'), 'utf8'),
    cert: readFileSync(at('server.pem'), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  if (reusing) reused = { key: pki.key, cert: pki.cert, ca: readFileSync(pki.caFile, 'utf8') };
  return pki;
}

let reusing = false;
let reused: { key: string; cert: string; ca: string } | undefined;

/**
 * From now on every double of this process shares one CA and key pair (two RSA keys cost ~0.5 s
 * of blocking openssl per double): for the fault runs' hundreds of clusters. Tests that tell one
 * double's CA from another's must not call this.
 */
export function reusePki(): void {
  reusing = true;
}
