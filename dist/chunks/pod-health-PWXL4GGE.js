import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  StageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/kube/pod-health.ts
function podHealthApi(kube) {
  const base = `/api/v1/namespaces/${encodeURIComponent(kube.namespace)}/pods`;
  return {
    async list(labelSelector) {
      const items = [];
      let next;
      do {
        const query = new URLSearchParams({ limit: "500" });
        if (labelSelector) query.set("labelSelector", labelSelector);
        if (next) query.set("continue", next);
        const path = `${base}?${query.toString()}`;
        const answer = await kube.raw({ verb: "list", resource: "pods" }, { method: "GET", path, json: true });
        let page;
        try {
          page = JSON.parse(answer.body.toString("utf8"));
        } catch {
          throw new StageError(
            `cluster "${kube.target.name}": the pod list is not JSON (${answer.headers["content-type"] ?? "no content type"})`,
            "check clusters.<name>.server: it must be the API server, not the web console"
          );
        }
        if (!Array.isArray(page.items)) throw new StageError(`cluster "${kube.target.name}": the pod list has no items`);
        items.push(...page.items);
        next = typeof page.metadata?.continue === "string" && page.metadata.continue ? page.metadata.continue : void 0;
      } while (next);
      return items;
    }
  };
}
export {
  podHealthApi
};
