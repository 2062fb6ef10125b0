import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  describe
} from "./chunk-X45XZHTV.js";
import "./chunk-4GMMOAY2.js";
import "./chunk-LONG6DJQ.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/chat/matrix-approval.ts
import { createHash } from "node:crypto";
var APPROVAL_FIELD = "dev.service-guru.approval";
var LOOKBACK = 100;
var encode = (template, ...values) => {
  let i = 0;
  return template.replace(/\$/g, () => encodeURIComponent(values[i++]));
};
function content(message, tag) {
  return {
    msgtype: "m.text",
    body: message.plain,
    format: "org.matrix.custom.html",
    formatted_body: message.html,
    "m.mentions": {},
    [APPROVAL_FIELD]: tag
  };
}
var MatrixApprovalRoom = class {
  platform = "matrix";
  id;
  api;
  constructor(api, id) {
    this.api = api;
    this.id = id;
  }
  /** The transaction id is the message's identity: a retried PUT returns the first event. */
  async send(what, body, identity) {
    const txnId = `sg-${createHash("sha256").update(`${this.id}\0${identity}`).digest("hex").slice(0, 24)}`;
    const answer = await this.api.request(
      `${what} in ${this.id}`,
      "PUT",
      encode("/rooms/$/send/m.room.message/$", this.id, txnId),
      body
    );
    return answer.event_id ?? "";
  }
  async find(deployment, marker) {
    const page = await this.api.request(
      `reading recent messages in ${this.id}`,
      "GET",
      encode("/rooms/$/messages", this.id),
      void 0,
      { dir: "b", limit: String(LOOKBACK) }
    );
    const events = (page.chunk ?? []).filter((e) => e.type === "m.room.message");
    const tag = (e) => {
      const t = e.content?.[APPROVAL_FIELD];
      return t && t.deployment === deployment && (!marker || t.marker === marker) ? t : void 0;
    };
    const found = [];
    for (const event of events) {
      const t = tag(event);
      if (t?.kind !== "request" || !event.event_id) continue;
      const related = (e) => tag(e)?.marker === t.marker;
      const edit = events.find((e) => related(e) && tag(e).kind === "edit");
      found.push({
        ref: event.event_id,
        marker: t.marker,
        state: edit ? tag(edit).state ?? "waiting" : t.state ?? "waiting",
        postedAt: event.origin_server_ts ?? 0,
        reminded: events.some((e) => related(e) && tag(e).kind === "reminder")
      });
    }
    return found;
  }
  post(message, deployment, marker) {
    return this.send("posting the approval request", content(message, { deployment, marker, kind: "request", state: "waiting" }), marker);
  }
  async update(ref, message, deployment, marker, state) {
    const replacement = content(message, { deployment, marker, kind: "request", state });
    await this.send(
      "editing the approval request",
      {
        ...content({ ...message, plain: `* ${message.plain}`, html: `* ${message.html}` }, { deployment, marker, kind: "edit", state }),
        "m.new_content": replacement,
        "m.relates_to": { rel_type: "m.replace", event_id: ref }
      },
      `${marker}\0edit\0${state}`
    );
  }
  async remind(ref, message, deployment, marker) {
    await this.send(
      "posting the reminder",
      { ...content(message, { deployment, marker, kind: "reminder" }), "m.relates_to": { "m.in_reply_to": { event_id: ref } } },
      `${marker}\0reminder`
    );
  }
  describe(error) {
    return describe(error);
  }
};
export {
  APPROVAL_FIELD,
  MatrixApprovalRoom
};
