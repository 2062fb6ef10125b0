import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import "./chunk-EP666XB4.js";

// src/github/issues.ts
async function upsertTrackingIssue(github, repo, issue) {
  const [owner, name] = repo.split("/");
  const tag = `<!-- service-guru:${issue.marker} -->`;
  const body = `${issue.body}

${tag}
`;
  const open = await github.paginate(github.rest.issues.listForRepo, { owner, repo: name, state: "open", per_page: 100 });
  const existing = open.find((i) => !i.pull_request && (i.body ?? "").includes(tag));
  if (existing) {
    if (existing.body === body && existing.title === issue.title)
      return { number: existing.number, url: existing.html_url, action: "unchanged" };
    const updated = await github.rest.issues.update({ owner, repo: name, issue_number: existing.number, title: issue.title, body });
    return { number: updated.data.number, url: updated.data.html_url, action: "updated" };
  }
  const created = await github.rest.issues.create({
    owner,
    repo: name,
    title: issue.title,
    body,
    ...issue.labels?.length ? { labels: issue.labels } : {}
  });
  return { number: created.data.number, url: created.data.html_url, action: "created" };
}
export {
  upsertTrackingIssue
};
