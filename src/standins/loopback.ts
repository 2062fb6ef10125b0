// Apart from oci-registry.ts, so that reading the rehearse stage's options loads no server code.

/** A loopback registry address (`127.0.0.1:5000`, `http://localhost:5000`), or undefined when it is not one. */
export function loopbackRegistry(value: string): string | undefined {
  const m = /^(?:http:\/\/)?((?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]):\d{1,5})\/?$/.exec(value);
  return m?.[1];
}
