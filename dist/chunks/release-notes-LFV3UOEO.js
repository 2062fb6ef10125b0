import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  fillTemplate,
  labels,
  lastMonth,
  parseReleaseNotesOptions,
  periodOf,
  searchInstant
} from "./chunk-CSUWCHBK.js";
import {
  refuseLink
} from "./chunk-FDQTJXVG.js";
import {
  createGitHubClient
} from "./chunk-453MB27W.js";
import "./chunk-KPTLWIXW.js";
import {
  branchHead
} from "./chunk-BL4GC2Z2.js";
import {
  GitHubError,
  isNotFound
} from "./chunk-7BJOMGXU.js";
import "./chunk-4GMMOAY2.js";
import "./chunk-LONG6DJQ.js";
import {
  dayOf
} from "./chunk-KQWFMIMD.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/github/contents.ts
function split(repo) {
  const [owner, name] = repo.split("/");
  return { owner, repo: name };
}
async function defaultBranch(client, repo) {
  return (await client.rest.repos.get(split(repo))).data.default_branch;
}
async function createBranch(client, repo, branch, sha) {
  await client.rest.git.createRef({ ...split(repo), ref: `refs/heads/${branch}`, sha });
}
async function readFile(client, repo, path2, ref) {
  try {
    const { data } = await client.rest.repos.getContent({ ...split(repo), path: path2, ref });
    if (Array.isArray(data) || data.type !== "file")
      throw new GitHubError(`${repo}: ${path2} is a ${Array.isArray(data) ? "directory" : data.type}, not a file`, { permanent: true });
    const content = "content" in data && typeof data.content === "string" ? Buffer.from(data.content, "base64").toString("utf8") : "";
    return { sha: data.sha, content };
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
async function writeFile(client, repo, file) {
  const response = await client.rest.repos.createOrUpdateFileContents({
    ...split(repo),
    path: file.path,
    branch: file.branch,
    message: file.message,
    content: Buffer.from(file.content, "utf8").toString("base64"),
    ...file.sha ? { sha: file.sha } : {}
  });
  return response.data.commit.sha ?? "";
}

// src/github/pulls.ts
var SEARCH_CAP = 1e3;
function split2(repo) {
  const [owner, name] = repo.split("/");
  return { owner, repo: name };
}
function labelNames(labels2) {
  return labels2.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean);
}
var QUERY_LIMIT = 256;
function queries(repos, rest) {
  const out = [];
  let current2 = "";
  for (const repo of repos) {
    const next = `${current2}repo:${repo} `;
    if (current2 && (next + rest).length > QUERY_LIMIT) {
      out.push(current2 + rest);
      current2 = `repo:${repo} `;
    } else {
      current2 = next;
    }
  }
  if (current2) out.push(current2 + rest);
  return out;
}
async function searchMergedPulls(client, repos, base, since, until) {
  const pulls = [];
  let incomplete = false;
  let requests = 0;
  const known = new Map(repos.map((r) => [r.toLowerCase(), r]));
  for (const q of queries(repos, `is:pr is:merged base:${base} merged:${since}..${until}`)) {
    for await (const page of client.paginate.iterator(client.rest.search.issuesAndPullRequests, {
      q,
      per_page: 100,
      sort: "created",
      order: "asc"
    })) {
      requests++;
      const data = page.data;
      if (data.incomplete_results) incomplete = true;
      if ((data.total_count ?? 0) > SEARCH_CAP) {
        throw new Error(`the search "${q}" matches ${data.total_count} PRs; GitHub returns at most ${SEARCH_CAP}: choose a shorter period`);
      }
      for (const item of data) {
        const mergedAt = item.pull_request?.merged_at;
        const repository = known.get(item.repository_url.replace(/^.*\/repos\//, "").toLowerCase());
        if (!item.pull_request || !mergedAt || !repository) continue;
        pulls.push({
          repository,
          number: item.number,
          title: item.title,
          body: item.body ?? null,
          author: item.user?.login ?? "ghost",
          labels: labelNames(item.labels),
          mergedAt,
          url: item.pull_request.html_url ?? item.html_url
        });
      }
    }
  }
  return { pulls, incomplete, requests };
}
async function mainlineCommits(client, repo, base, head) {
  const parents = /* @__PURE__ */ new Map();
  let requests = 0;
  let total = 0;
  for (let page = 1; ; page++) {
    const response = await client.rest.repos.compareCommitsWithBasehead({
      ...split2(repo),
      basehead: `${base}...${head}`,
      per_page: 100,
      page
    });
    requests++;
    total = response.data.total_commits;
    for (const c of response.data.commits)
      parents.set(
        c.sha,
        c.parents.map((p) => p.sha)
      );
    if (!/rel="next"/.test(response.headers.link ?? "")) break;
  }
  const mainline = [];
  for (let sha = head; sha && parents.has(sha); sha = parents.get(sha)[0]) mainline.push(sha);
  return { mainline: mainline.reverse(), total, requests };
}
async function mergedPullsOfCommit(client, repo, sha) {
  const pulls = [];
  let requests = 0;
  for await (const page of client.paginate.iterator(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...split2(repo),
    commit_sha: sha,
    per_page: 100
  })) {
    requests++;
    for (const pr of page.data) {
      if (!pr.merged_at) continue;
      pulls.push({
        repository: repo,
        number: pr.number,
        title: pr.title,
        body: pr.body,
        author: pr.user?.login ?? "ghost",
        labels: labelNames(pr.labels),
        mergedAt: pr.merged_at,
        url: pr.html_url
      });
    }
  }
  return { pulls, requests };
}
async function findOpenPull(client, repo, branch, base) {
  const { owner } = split2(repo);
  const response = await client.rest.pulls.list({ ...split2(repo), head: `${owner}:${branch}`, base, state: "open", per_page: 10 });
  const pr = response.data[0];
  return pr ? { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? "", draft: pr.draft ?? false } : void 0;
}
async function createDraftPull(client, repo, pull) {
  const response = await client.rest.pulls.create({
    ...split2(repo),
    head: pull.branch,
    base: pull.base,
    title: pull.title,
    body: pull.body,
    draft: true
  });
  const pr = response.data;
  return { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? "", draft: pr.draft ?? true };
}
async function updatePull(client, repo, number, change) {
  await client.rest.pulls.update({ ...split2(repo), pull_number: number, title: change.title, body: change.body });
}

// src/stages/release-notes/collect.ts
function gitHubFailure(error, what) {
  if (!(error instanceof GitHubError)) return new StageError(`${what}: ${errorMessage(error)}`);
  if (error.status === void 0) return new StageError(`${what}: ${error.message}`, error.hint, { cause: error });
  const hints = {
    401: "GITHUB_TOKEN was refused: set a valid token (action input github-token)",
    403: "the token lacks a permission or a rate limit was hit: give it contents: read and pull-requests: read (write on the blog repository)",
    404: "check the repository name; a private repository needs a token that can read it",
    422: "GitHub refused the request: check that the commits and branches exist in that repository"
  };
  return new StageError(`${what}: ${error.message}`, hints[error.status] ?? error.hint, { cause: error });
}
function unique(pulls) {
  const byNumber2 = /* @__PURE__ */ new Map();
  for (const pull of pulls) if (!byNumber2.has(pull.number)) byNumber2.set(pull.number, pull);
  return [...byNumber2.values()].sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number);
}
async function collectPeriod(client, components, period, base, logger) {
  const since = searchInstant(period.start);
  const until = searchInstant(period.end - 1e3);
  const repos = [...new Set(components.map((c) => c.repo))];
  let found;
  try {
    found = await searchMergedPulls(client, repos, base, since, until);
  } catch (error) {
    throw gitHubFailure(error, `searching the merged PRs of ${repos.join(", ")}`);
  }
  if (found.incomplete) logger.warning("GitHub's search answered with incomplete results; some PRs may be missing (run again)");
  const collection = { components: [], requests: found.requests };
  for (const component of components) {
    const pulls = unique(
      found.pulls.filter((p) => {
        const at = Date.parse(p.mergedAt);
        return p.repository === component.repo && at >= period.start && at < period.end;
      })
    );
    logger.info(
      `${component.repo}: ${pulls.length} PR(s) merged into ${base} from ${period.since} to ${period.until} (${period.timezone})`
    );
    collection.components.push({ component, pulls, range: `${period.since} \u2013 ${period.until}` });
  }
  return collection;
}
async function collectMoved(client, ranges, logger) {
  const collection = { components: [], requests: 0 };
  for (const { component, previous, current: current2 } of ranges) {
    const range = `${previous.slice(0, 7)}..${current2.slice(0, 7)}`;
    const pulls = [];
    try {
      const commits = await mainlineCommits(client, component.repo, previous, current2);
      collection.requests += commits.requests;
      for (const sha of commits.mainline) {
        const found = await mergedPullsOfCommit(client, component.repo, sha);
        collection.requests += found.requests;
        pulls.push(...found.pulls);
      }
      logger.info(
        `${component.repo} ${range}: ${commits.total} commit(s), ${commits.mainline.length} on the first-parent line, ${unique(pulls).length} merged PR(s)`
      );
    } catch (error) {
      throw gitHubFailure(error, `reading the PRs of ${component.repo} ${range}`);
    }
    collection.components.push({ component, pulls: unique(pulls), range });
  }
  return collection;
}

// src/stages/release-notes/blog.ts
function draftBranch(path2) {
  const slug = path2.replace(/\.[^./]+$/, "").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return `service-guru/release-notes/${slug}`;
}
async function publishDraft(client, request) {
  const { repo, path: path2, logger, dryRun } = request;
  const branch = draftBranch(path2);
  try {
    const base = request.base ?? await defaultBranch(client, repo);
    const draft = {
      repository: repo,
      path: path2,
      branch,
      base,
      branchAction: "exists",
      fileAction: "unchanged",
      pullAction: "unchanged",
      pullRequest: null,
      changed: false
    };
    const [onBase, head, open2] = await Promise.all([
      readFile(client, repo, path2, base),
      branchHead(client, repo, branch),
      findOpenPull(client, repo, branch, base)
    ]);
    if (!open2 && onBase?.content === request.content) {
      logger.info(`${repo}: ${path2} on ${base} already holds this post; no pull request needed`);
      draft.pullAction = "already merged";
      if (!head) draft.branchAction = "not needed";
      return draft;
    }
    if (!head) await startBranch(client, request, draft);
    await putPost(client, request, draft, head ? await readFile(client, repo, path2, branch) : onBase);
    await openOrUpdate(client, request, draft, open2);
    if (draft.pullRequest) logger.info(`${repo}: draft pull request ${draft.pullRequest.url}`);
    draft.changed = !dryRun && (draft.branchAction === "created" || draft.fileAction !== "unchanged" || draft.pullAction === "created" || draft.pullAction === "updated");
    return draft;
  } catch (error) {
    if (error instanceof StageError && !(error instanceof GitHubError)) throw error;
    throw gitHubFailure(error, `publishing the post to ${repo} (${path2})`);
  }
}
function say(request, line) {
  request.logger.info(`${request.repo}: ${request.dryRun ? "would " : ""}${line}`);
}
async function startBranch(client, request, draft) {
  const baseSha = await branchHead(client, request.repo, draft.base);
  if (!baseSha) {
    throw new StageError(
      `${request.repo}: the base branch "${draft.base}" does not exist`,
      "fix releaseNotes.blog.base (or leave it out for the default branch)"
    );
  }
  say(request, `create branch ${draft.branch} from ${draft.base} (${baseSha.slice(0, 7)})`);
  if (!request.dryRun) await createBranch(client, request.repo, draft.branch, baseSha);
  draft.branchAction = request.dryRun ? "would create" : "created";
}
async function putPost(client, request, draft, existing) {
  if (existing?.content === request.content) return;
  const verb = existing ? "update" : "create";
  say(request, `${verb} ${draft.path} on ${draft.branch}${existing ? ` (replacing blob ${existing.sha.slice(0, 7)})` : ""}`);
  if (!request.dryRun) {
    await writeFile(client, request.repo, {
      path: draft.path,
      branch: draft.branch,
      content: request.content,
      message: `${existing ? "Update" : "Add"} ${JSON.stringify(request.title)} (release notes)`,
      ...existing ? { sha: existing.sha } : {}
    });
  }
  draft.fileAction = request.dryRun ? `would ${verb}` : `${verb}d`;
}
async function openOrUpdate(client, request, draft, open2) {
  const { title, body } = request;
  if (open2) {
    draft.pullRequest = { number: open2.number, url: open2.url };
    if (open2.title === title && open2.body === body) return;
    say(request, `update the title and description of #${open2.number} (${open2.url})`);
    if (!request.dryRun) await updatePull(client, request.repo, open2.number, { title, body });
    draft.pullAction = request.dryRun ? "would update" : "updated";
    return;
  }
  say(request, `open a draft pull request ${draft.branch} \u2192 ${draft.base}: "${title}"`);
  if (!request.dryRun) {
    const created = await createDraftPull(client, request.repo, { branch: draft.branch, base: draft.base, title, body });
    draft.pullRequest = { number: created.number, url: created.url };
  }
  draft.pullAction = request.dryRun ? "would create" : "created";
}

// src/stages/release-notes/extract.ts
var BEGIN = /^\s*RELEASE NOTES BEGIN\s*$/i;
var END = /^\s*RELEASE NOTES END\s*$/i;
var NO_NOTE = /* @__PURE__ */ new Set(["", "n/a", "na", "none", "-", "\u2014", "no"]);
var PLACEHOLDER = /\b(TBD|TODO|FIXME|XXX)\b/;
function pullName(pull) {
  return `${pull.repository.split("/")[1]}#${pull.number}`;
}
function blocks(body, name, warnings) {
  const found = [];
  let current2 = null;
  let sawMarker = false;
  for (const line of body.split("\n")) {
    if (BEGIN.test(line)) {
      sawMarker = true;
      if (current2) warnings.push(`${name}: a second RELEASE NOTES BEGIN inside the notes block was ignored`);
      current2 ??= [];
    } else if (END.test(line)) {
      sawMarker = true;
      if (current2) found.push(current2.join("\n"));
      else warnings.push(`${name}: RELEASE NOTES END without a BEGIN was ignored`);
      current2 = null;
    } else if (current2) {
      current2.push(line);
    }
  }
  if (current2) {
    warnings.push(`${name}: RELEASE NOTES END is missing; the note runs to the end of the description (check it)`);
    found.push(current2.join("\n"));
  }
  return sawMarker ? found : null;
}
function tidy(text) {
  return text.replace(/<!--[\s\S]*?-->/g, "").split("\n").map((line) => line.trimEnd()).join("\n").replace(/^\n+|\n+$/g, "").replace(/\n{3,}/g, "\n\n");
}
function isNoNote(text) {
  return NO_NOTE.has(
    text.trim().replace(/^[*_`]+|[*_`.]+$/g, "").trim().toLowerCase()
  );
}
function extractNote(pull, label) {
  const name = pullName(pull);
  const warnings = [];
  const body = (pull.body ?? "").replace(/\r\n?/g, "\n");
  const found = blocks(body, name, warnings);
  const labelled = pull.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  if (found === null) {
    if (!labelled) return { note: null, source: null, reason: "no release notes block", warnings };
    warnings.push(`${name} has the label ${label} but no RELEASE NOTES BEGIN/END block: its title "${pull.title}" is used as the note`);
    return { note: pull.title.trim(), source: "title", warnings };
  }
  const text = tidy(found.join("\n\n"));
  if (isNoNote(text)) return { note: null, source: null, reason: text.trim() ? `"${text.trim()}"` : "empty release notes block", warnings };
  const kept = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const placeholder = PLACEHOLDER.exec(paragraph)?.[1];
    if (placeholder)
      warnings.push(
        `${name}: left out "${paragraph.replace(/\s+/g, " ").slice(0, 80)}" (placeholder ${placeholder}); finish the note in the PR description`
      );
    else kept.push(paragraph);
  }
  if (!kept.length) return { note: null, source: null, reason: "only placeholders", warnings };
  return { note: kept.join("\n\n"), source: "markers", warnings };
}

// src/stages/release-notes/files.ts
import { constants } from "node:fs";
import { mkdir, open, readFile as readFile2, readdir } from "node:fs/promises";
import path from "node:path";
async function current(file) {
  try {
    return await readFile2(file, "utf8");
  } catch {
    return void 0;
  }
}
function wantedFiles(post, thread) {
  return new Map([["post.md", post], ...thread.map((text, i) => [`mastodon-${i + 1}.txt`, text + "\n"])]);
}
function checkTargets(dir, names) {
  refuseLink(dir, "out");
  for (const name of names) refuseLink(path.join(dir, name), "out");
}
async function writeOutput(dir, post, thread) {
  const wanted = wantedFiles(post, thread);
  checkTargets(dir, wanted.keys());
  await mkdir(dir, { recursive: true });
  const result = { files: [], changed: [], leftover: [] };
  for (const [name, text] of wanted) {
    const file = path.join(dir, name);
    result.files.push(file);
    if (await current(file) === text) continue;
    await writeNoFollow(file, text);
    result.changed.push(file);
  }
  for (const name of (await readdir(dir)).sort(byNumber)) {
    if (/^mastodon-\d+\.txt$/.test(name) && !wanted.has(name)) result.leftover.push(path.join(dir, name));
  }
  return result;
}
var byNumber = (a, b) => Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0);
async function writeNoFollow(file, text) {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 420);
  } catch (error) {
    if (error.code === "ELOOP")
      throw new UsageError(`--out: ${file} is a symbolic link; the run would write where it points`, "give a plain file or folder");
    throw error;
  }
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
function plannedFiles(dir, thread) {
  const names = [...wantedFiles("", thread).keys()];
  checkTargets(dir, names);
  return names.map((name) => path.join(dir, name));
}

// src/stages/release-notes/mastodon.ts
var POST_LIMIT = 500;
var URL_WEIGHT = 23;
var URL = /https?:\/\/[A-Za-z0-9\-._~/?#@$&+=%:;,!*'[\]|]*[A-Za-z0-9=_#/+\-&]/g;
function mastodonLength(text) {
  return [...text.replace(URL, (url) => linked(url) ? "x".repeat(URL_WEIGHT) : url)].length;
}
function linked(url) {
  const host = /^https?:\/\/([^/?#]+)/.exec(url)?.[1] ?? "";
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)(?::\d+)?$/i.test(host);
}
function plainText(markdown) {
  return markdown.replace(/^\s*(```|~~~).*$/gm, "").replace(/!?\[([^\]]*)\]\((\S+?)\)/g, (_m, text, url) => text.trim() ? `${text} (${url})` : url).replace(/<(https?:\/\/[^>\s]+)>/g, "$1").replace(/(\*\*|__)(.+?)\1/g, "$2").replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s).,;:!?]|$)/gm, "$1$2").replace(/^\s*#{1,6}\s+/gm, "").replace(/^\s*[-*+]\s+/gm, "").replace(/\s+/g, " ").trim();
}
function noteLine(note) {
  return `\u2022 ${note.component}: ${plainText(note.note)} ${note.url}`;
}
function pack(blocks2, budget) {
  const fits = (text) => mastodonLength(text) <= budget;
  const posts = [];
  let current2 = "";
  for (const block of blocks2) {
    const joined = current2 ? `${current2}

${block}` : block;
    if (fits(joined)) {
      current2 = joined;
      continue;
    }
    if (current2) posts.push(current2);
    current2 = "";
    if (fits(block)) {
      current2 = block;
      continue;
    }
    for (const word of block.split(/\s+/).filter(Boolean)) {
      if (!fits(word))
        throw new StageError(
          `a word of ${mastodonLength(word)} characters does not fit in a Mastodon post: "${word.slice(0, 60)}\u2026"`,
          "shorten the release note that holds it"
        );
      const next = current2 ? `${current2} ${word}` : word;
      if (fits(next)) {
        current2 = next;
      } else {
        posts.push(current2);
        current2 = word;
      }
    }
  }
  if (current2) posts.push(current2);
  return posts;
}
function mastodonThread(title, postUrl, notes, limit = POST_LIMIT) {
  const blocks2 = [postUrl ? `${title}

${postUrl}` : title, ...notes.map(noteLine)];
  const single = pack(blocks2, limit);
  if (single.length <= 1) return single;
  for (let digits = String(single.length).length; ; digits++) {
    const posts = pack(blocks2, limit - mastodonLength(`

${"9".repeat(digits)}/${"9".repeat(digits)}`));
    if (String(posts.length).length <= digits) return posts.map((p, i) => `${p}

${i + 1}/${posts.length}`);
  }
}

// src/stages/release-notes/post.ts
function yamlScalar(value) {
  return /^[A-Za-z0-9][\w.-]*$/.test(value) ? value : JSON.stringify(value);
}
var FENCE = /^\s*(```|~~~)/;
function noteItem(note) {
  const link = `([${note.name}](${note.url}))`;
  const lines = note.note.split("\n");
  if (FENCE.test(lines[lines.length - 1])) lines.push(link);
  else lines[lines.length - 1] += ` ${link}`;
  return lines.map((line, i) => i === 0 ? `- ${line}` : line ? `  ${line}` : "").join("\n");
}
function renderPost(meta, sections) {
  const front = [
    "---",
    `title: ${JSON.stringify(meta.title)}`,
    `date: ${meta.date}`,
    ...meta.authors.length ? [`authors: [${meta.authors.map(yamlScalar).join(", ")}]`] : [],
    `tags: [${meta.tags.map(yamlScalar).join(", ")}]`,
    "---"
  ];
  const body = sections.filter((s) => s.notes.length).map((s) => [`## ${s.component}`, "", ...s.notes.map(noteItem)].join("\n"));
  return [front.join("\n"), meta.intro, ...body].join("\n\n") + "\n";
}

// src/stages/release-notes/report.ts
function short(note) {
  const line = note.replace(/\s+/g, " ");
  return line.length > 90 ? `${line.slice(0, 89)}\u2026` : line;
}
function releaseNotesTables(result) {
  const details = [];
  if (result.warnings.length) details.push({ summary: `Warnings (${result.warnings.length})`, lines: result.warnings });
  if (result.skipped.length)
    details.push({
      summary: `Merged PRs without a note (${result.skipped.length})`,
      lines: result.skipped.map((s) => `${s.name}: ${s.reason}`)
    });
  if (result.thread.length)
    details.push({
      summary: `Mastodon thread (${result.thread.length} post${result.thread.length === 1 ? "" : "s"})`,
      lines: result.thread.map((p) => p.replace(/\n+/g, " \u23CE "))
    });
  const notes = [];
  if (!result.announce) notes.push(`**Nothing to announce**: ${result.message.replace(/^nothing to announce: /, "")}.`);
  if (result.files.length) notes.push(`Files: ${result.files.map((f) => `\`${f}\``).join(", ")}`);
  if (result.blog) {
    const b = result.blog;
    notes.push(
      `Blog: ${b.repository} \`${b.path}\` on \`${b.branch}\` \u2192 \`${b.base}\`: branch ${b.branchAction}, file ${b.fileAction}, pull request ${b.pullAction}${b.pullRequest ? ` ([#${b.pullRequest.number}](${b.pullRequest.url}))` : ""}`
    );
  }
  if (result.post) notes.push("---", result.post.replace(/^---\n[\s\S]*?\n---\n\n/, `# ${result.title}

`));
  return [
    {
      title: `Release notes: ${result.title}`,
      headers: ["Component", "PR", "Author", "Note"],
      rows: result.notes.map((n) => [
        n.component,
        { text: n.name, href: n.url },
        `@${n.author}`,
        short(n.note) + (n.source === "title" ? " (the PR title)" : "")
      ]),
      notes,
      ...details.length ? { details } : {}
    }
  ];
}

// src/stages/release-notes/index.ts
var releaseNotes = {
  parseOptions: parseReleaseNotesOptions,
  run: runReleaseNotes
};
function resolvePeriod(ctx, options) {
  const { timezone } = ctx.config;
  const today = dayOf(ctx.clock.now(), timezone);
  const choice = options.choice;
  if (choice.kind === "last-month") return lastMonth(ctx.clock.now(), timezone);
  if (choice.kind === "moved") return periodOf("moved", today, today, timezone);
  const until = choice.until ?? today;
  if (until < choice.since)
    throw new UsageError(`--since ${choice.since} is after today (${today} in ${timezone})`, "give a --since in the past, or --until");
  return periodOf("dates", choice.since, until, timezone);
}
async function runReleaseNotes(ctx, options) {
  const { config, logger, dryRun } = ctx;
  const settings = config.releaseNotes;
  const token = ctx.env.GITHUB_TOKEN;
  if (settings.blog && !dryRun && !token) {
    throw new UsageError(
      "GITHUB_TOKEN is not set: the draft pull request in releaseNotes.blog.repo needs it",
      "set GITHUB_TOKEN (action input github-token) with contents: write and pull-requests: write there, or run with --dry-run"
    );
  }
  if (!token)
    logger.warning("GITHUB_TOKEN is not set: reading public repositories anonymously (60 requests an hour, 10 searches a minute)");
  const github = createGitHubClient({ apiUrl: config.github.apiUrl, token, logger, clock: ctx.clock });
  const period = resolvePeriod(ctx, options);
  const choice = options.choice;
  const collection = choice.kind === "moved" ? await logger.group("Collecting the PRs of the moved components", () => collectMoved(github, choice.moved, logger)) : await logger.group(
    `Collecting the PRs merged from ${period.since} to ${period.until} (${period.timezone})`,
    () => collectPeriod(github, options.components, period, config.branches.source, logger)
  );
  const label = settings.label ?? "has-release-notes";
  const notes = [];
  const skipped = [];
  const warnings = [];
  for (const { component, pulls } of collection.components) {
    for (const pull of pulls) {
      const extracted = extractNote(pull, label);
      warnings.push(...extracted.warnings);
      if (extracted.note === null || extracted.source === null) {
        skipped.push({ name: pullName(pull), url: pull.url, reason: extracted.reason ?? "no note" });
        continue;
      }
      notes.push({
        component: component.name,
        repository: pull.repository,
        number: pull.number,
        url: pull.url,
        name: pullName(pull),
        title: pull.title,
        author: pull.author,
        mergedAt: pull.mergedAt,
        note: extracted.note,
        source: extracted.source
      });
    }
  }
  for (const warning of warnings) logger.warning(warning, "release notes");
  const values = labels(period.until);
  const title = fillTemplate(settings.title ?? "Packit in {month} {year}", values);
  const merged = collection.components.reduce((n, c) => n + c.pulls.length, 0);
  const periodResult = {
    kind: period.kind,
    since: period.since,
    until: period.until,
    timezone: period.timezone,
    ...choice.kind === "moved" ? { ranges: Object.fromEntries(collection.components.map((c) => [c.component.name, c.range])) } : {}
  };
  const base = { period: periodResult, title, notes, skipped, warnings, requests: collection.requests };
  if (!notes.length) {
    const message2 = `nothing to announce: ${merged} merged PR(s), none with a release note`;
    logger.info(message2);
    const result2 = { ...base, announce: false, message: message2, files: [], post: null, thread: [], blog: null };
    return { ok: true, changed: false, result: result2, tables: releaseNotesTables(result2) };
  }
  const when = period.kind === "moved" ? `deployed on ${period.until}` : `merged from ${period.since} to ${period.until}`;
  const post = renderPost(
    {
      title,
      date: dayOf(ctx.clock.now(), config.timezone),
      authors: settings.authors ?? [],
      tags: [`${values.year}-${values.month}`, values.year, values.month],
      intro: `Here are the release notes of the pull requests ${when}.`
    },
    options.components.map((c) => ({ component: c.name, notes: notes.filter((n) => n.component === c.name) }))
  );
  const thread = mastodonThread(title, settings.postUrl, notes);
  let files;
  let changedFiles = [];
  if (dryRun) {
    files = plannedFiles(options.out, thread);
    logger.info(`would write ${files.join(", ")}`);
  } else {
    let leftover;
    ({ files, changed: changedFiles, leftover } = await writeOutput(options.out, post, thread));
    logger.info(changedFiles.length ? `wrote ${changedFiles.join(", ")}` : `${options.out}: the files already hold this post and thread`);
    if (leftover.length)
      logger.warning(
        `${leftover.join(", ")}: not part of this thread of ${thread.length} post(s) (an earlier run's, or yours); left alone: do not post them, remove them if they are stale`
      );
  }
  let blog = null;
  if (settings.blog) {
    const repos = [...new Set(notes.map((n) => n.repository))].join(", ");
    blog = await logger.group(
      `Draft pull request in ${settings.blog.repo}`,
      () => publishDraft(github, {
        repo: settings.blog.repo,
        path: fillTemplate(settings.blog.path, values),
        base: settings.blog.base,
        title,
        content: post,
        body: `Release notes of the ${notes.length} pull request(s) with a note ${when} in ${repos}, collected by service-guru.

Review the post, then mark this pull request ready for review.`,
        dryRun,
        logger
      })
    );
  }
  const message = `${notes.length} note(s) from ${merged} merged PR(s) in ${thread.length} Mastodon post(s)${blog?.pullRequest ? `; draft ${blog.pullRequest.url}` : ""}`;
  const result = { ...base, announce: true, message, files, post, thread, blog };
  return { ok: true, changed: changedFiles.length > 0 || (blog?.changed ?? false), result, tables: releaseNotesTables(result) };
}
export {
  releaseNotes
};
