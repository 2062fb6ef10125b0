import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-6QRULY5K.js";

// src/config/graph.ts
function checkAfter(components) {
  const issues = [];
  const names = new Set(components.flatMap((c) => c.name === void 0 ? [] : [c.name]));
  const allNamed = names.size > 0 && components.every((c) => c.name !== void 0);
  components.forEach((c, i) => {
    c.after.forEach((dep, j) => {
      if (dep === void 0) return;
      if (dep === c.name) issues.push({ path: ["components", i, "after", j], message: `"${dep}" cannot come after itself` });
      else if (!names.has(dep) && allNamed) {
        issues.push({
          path: ["components", i, "after"],
          message: `unknown component "${dep}"${didYouMean(dep, names)}; after lists names of other components`
        });
      }
    });
  });
  if (issues.length) return issues;
  const graph = components.flatMap(
    (c) => c.name === void 0 ? [] : [{ name: c.name, after: c.after.filter((d) => d !== void 0 && names.has(d)) }]
  );
  const cycle = findCycle(graph);
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
  checkAfter,
  moveOrder,
  dependents
};
