import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  refuseLink
} from "./chunk-FDQTJXVG.js";

// src/stages/shared/timeline.ts
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var TAGS = {
  done: "done",
  failed: "crit",
  skipped: "milestone",
  wait: "active"
};
var COLLAPSE_ABOVE = 12;
var KEYWORDS = /^(title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|section|acctitle|accdescr|inclusiveenddates|topaxis|click|gantt)\b/i;
function mermaidText(text) {
  const flat = text.replace(/[\r\n\t]+/g, " ").replace(/:/g, "\u2236").replace(/;/g, "\u204F").replace(/#/g, "\uFF03").replace(/%/g, "\uFF05").replace(/`/g, "\u02BC").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/,/g, "\u201A").replace(/\s+/g, " ").trim();
  const safe = flat || "(unnamed)";
  return KEYWORDS.test(safe) ? `\u25B8 ${safe}` : safe;
}
function ganttBlock(title, tasks) {
  const lines = ["```mermaid", "gantt", `  title ${mermaidText(title)}`, "  dateFormat x", `  axisFormat ${axisFormat(tasks)}`];
  const sections = [...new Set(tasks.map((t) => t.section))];
  let n = 0;
  for (const section of sections) {
    lines.push(`  section ${mermaidText(section)}`);
    for (const task of tasks.filter((t) => t.section === section)) {
      n += 1;
      const start = Math.round(task.start);
      const end = task.state === "skipped" ? start : Math.max(Math.round(task.end), start + 1e3);
      lines.push(`    ${mermaidText(task.name)} :${TAGS[task.state]}, t${n}, ${start}, ${end}`);
    }
  }
  lines.push("```");
  return lines.join("\n");
}
function axisFormat(tasks) {
  if (!tasks.length) return "%H:%M";
  const span = Math.max(...tasks.map((t) => t.end)) - Math.min(...tasks.map((t) => t.start));
  return span < 10 * 6e4 ? "%H:%M:%S" : "%H:%M";
}
function timelineMarkdown(title, tasks) {
  if (!tasks.length) return `### Timeline

no step ran in this run
`;
  const block = ganttBlock(title, tasks);
  if (tasks.length <= COLLAPSE_ABOVE) return `### Timeline

${block}
`;
  return `### Timeline

<details><summary>Timeline of ${tasks.length} bars</summary>

${block}

</details>
`;
}
function writeRunSummary(env, file, markdown) {
  const written = [];
  const jobSummary = env.GITHUB_STEP_SUMMARY;
  if (jobSummary) {
    appendFileSync(jobSummary, markdown.endsWith("\n") ? markdown : `${markdown}
`);
    written.push(jobSummary);
  }
  if (file) {
    refuseLink(file, "summary");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}
`, { mode: 420 });
    written.push(file);
  }
  return written;
}

export {
  timelineMarkdown,
  writeRunSummary
};
