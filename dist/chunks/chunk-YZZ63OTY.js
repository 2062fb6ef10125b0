import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/config/issues.ts
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || "(top level)";
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function didYouMean(value, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? ` (did you mean "${best}"?)` : "";
}

// src/config/graph.ts
function checkAfter(components) {
  const issues = [];
  const names = new Set(components.map((c) => c.name));
  components.forEach((c, i) => {
    c.after.forEach((dep, j) => {
      if (dep === c.name) issues.push({ path: ["components", i, "after", j], message: `"${dep}" cannot come after itself` });
      else if (!names.has(dep)) {
        issues.push({
          path: ["components", i, "after"],
          message: `unknown component "${dep}"${didYouMean(dep, names)}; after lists names of other components`
        });
      }
    });
  });
  if (issues.length) return issues;
  const cycle = findCycle(components);
  if (cycle) {
    const index = components.findIndex((c) => c.name === cycle[0]);
    issues.push({
      path: ["components", index, "after"],
      message: `cycle in after: ${cycle.join(" \u2192 ")}; remove one of these dependencies`
    });
  }
  return issues;
}
function findCycle(components) {
  const byName = new Map(components.map((c) => [c.name, c]));
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (name) => {
    if (state.get(name) === "done") return void 0;
    if (state.get(name) === "visiting") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "visiting");
    stack.push(name);
    for (const dep of byName.get(name)?.after ?? []) {
      const found = visit(dep);
      if (found) return found;
    }
    stack.pop();
    state.set(name, "done");
    return void 0;
  };
  for (const c of components) {
    const found = visit(c.name);
    if (found) return found;
  }
  return void 0;
}
function moveOrder(components) {
  const done = /* @__PURE__ */ new Set();
  const order = [];
  const remaining = [...components];
  while (remaining.length) {
    const index = remaining.findIndex((c) => c.after.every((dep) => done.has(dep)));
    if (index < 0) throw new Error("cycle in after (the configuration loader should have rejected it)");
    const [next] = remaining.splice(index, 1);
    order.push(next);
    done.add(next.name);
  }
  return order;
}
function dependents(components, name) {
  const out = /* @__PURE__ */ new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of components) {
      if (!out.has(c.name) && c.after.some((dep) => dep === name || out.has(dep))) {
        out.add(c.name);
        grew = true;
      }
    }
  }
  return out;
}

export {
  formatPath,
  didYouMean,
  checkAfter,
  moveOrder,
  dependents
};
