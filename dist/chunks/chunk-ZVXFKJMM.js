import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/core/url-credentials.ts
function urlCredentials(raw) {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(raw);
  if (!match) return void 0;
  const [, scheme, authority, rest] = match;
  const at = authority.lastIndexOf("@");
  if (at < 0) return void 0;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(":");
  const user = decode(colon < 0 ? userinfo : userinfo.slice(0, colon));
  const password = colon < 0 ? void 0 : decode(userinfo.slice(colon + 1));
  const web = /^https?:\/\/$/i.test(scheme);
  const secret = password || (web && user ? user : void 0);
  return { bare: `${scheme}${authority.slice(at + 1)}${rest}`, user, password, secret };
}
function redactUrl(raw) {
  const found = urlCredentials(raw);
  if (!found?.secret) return raw;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(raw)[0];
  return `${scheme}***@${found.bare.slice(scheme.length)}`;
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export {
  urlCredentials,
  redactUrl
};
