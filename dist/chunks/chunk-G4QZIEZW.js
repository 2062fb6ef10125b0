import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/core/report.ts
function cellText(cell) {
  return typeof cell === "string" ? cell : cell.text;
}
function escapeMarkdown(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");
}
function escapeLiteral(text) {
  return escapeHtml(text).replace(/[\\`*_[\]~|]/g, "\\$&").replace(/\n/g, "<br>");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function tableToMarkdown(table) {
  const escape = table.literal ? escapeLiteral : escapeMarkdown;
  const cell = (c) => typeof c !== "string" && c.href ? `[${escape(c.text)}](${c.href})` : escape(cellText(c));
  const lines = [
    `### ${table.title}`,
    "",
    `| ${table.headers.map(escapeMarkdown).join(" | ")} |`,
    `| ${table.headers.map(() => "---").join(" | ")} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(" | ")} |`)
  ];
  for (const note of table.notes ?? []) lines.push("", note);
  for (const d of table.details ?? []) {
    lines.push(
      "",
      `<details><summary>${escapeHtml(d.summary)}</summary>`,
      "",
      ...d.lines.map((l) => `- ${table.literal ? escapeLiteral(l) : escapeHtml(l)}`),
      "",
      "</details>"
    );
  }
  return lines.join("\n") + "\n";
}
function inertLine(text) {
  return text.replace(/\r\n|\r|\n/g, (m) => m === "\r" ? "\\r" : "\\n").replace(/^([\s\u0085]*)::/, "$1\\::").replace(/##\[/g, "##\\[");
}
function inertLines(text) {
  return text.split(/\r?\n/).map(inertLine);
}
function tableToText(table) {
  const rows = [table.headers, ...table.rows.map((row) => row.map(cellText))].map((r) => r.map(inertLine));
  const widths = table.headers.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [inertLine(table.title), line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)];
  for (const note of table.notes ?? []) out.push(...inertLines(note));
  for (const d of table.details ?? []) out.push(inertLine(d.summary), ...d.lines.map((l) => `  ${inertLine(l)}`));
  return out.join("\n") + "\n";
}

export {
  tableToMarkdown,
  inertLines,
  tableToText
};
