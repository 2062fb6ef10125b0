import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  releaseNotesOptionSpecs
} from "./chunk-CSUWCHBK.js";
import "./chunk-FDQTJXVG.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-KQWFMIMD.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/release-notes/stage.ts
var releaseNotesStage = declareStage({
  name: "release-notes",
  description: "Collect the release notes of the merged PRs; write the blog post and the Mastodon thread, open the post as a draft PR",
  options: releaseNotesOptionSpecs,
  outputs: {
    announce: "false when no merged PR carried a release note (nothing was written)",
    message: "One line: what was collected and written",
    period: "JSON object: kind, since, until, timezone (and ranges per component for --moved)",
    title: "The post title",
    notes: "JSON list: per note component, repository, number, url, name, title, author, mergedAt, note, source",
    skipped: "JSON list: merged PRs without a note, with the reason",
    warnings: "JSON list of warnings (label without notes, placeholders, missing end marker)",
    files: "JSON list of the files written (post.md, mastodon-N.txt): upload them with actions/upload-artifact",
    post: "The blog post (Markdown with front matter)",
    thread: "JSON list of the Mastodon posts",
    blog: "JSON object: the draft pull request in the blog repository (repository, path, branch, base, branchAction, fileAction, pullAction, pullRequest)",
    requests: "GitHub API requests made"
  },
  secrets: ["GITHUB_TOKEN"],
  needs: () => [],
  load: async () => (await import("./release-notes-LFV3UOEO.js")).releaseNotes
});
export {
  releaseNotesStage
};
