import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  SCENARIOS
} from "./chunk-Z3L27DSI.js";
import {
  SUMMARY_OPTION
} from "./chunk-VF35NURU.js";
import "./chunk-FDQTJXVG.js";
import "./chunk-CF262ODI.js";
import "./chunk-6MCTSESF.js";
import "./chunk-CEIITLQ4.js";
import "./chunk-7GQHHXME.js";
import "./chunk-5C53UILB.js";
import "./chunk-ZQLMO47E.js";
import "./chunk-SUKOMB7P.js";
import "./chunk-HUMRDB4K.js";
import "./chunk-U2CKOM62.js";
import "./chunk-G2XGRSPV.js";
import "./chunk-2WVUDK2O.js";
import "./chunk-UXCF6CI5.js";
import "./chunk-MS6WDQCW.js";
import "./chunk-73CFYLNG.js";
import "./chunk-25E5E3CG.js";
import "./chunk-CZ2AILEV.js";
import "./chunk-TYW5OMUR.js";
import "./chunk-WWZXES5K.js";
import "./chunk-KPTLWIXW.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-6QRULY5K.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/rehearse/stage.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function exampleConfig() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, "examples", "service-guru.yml");
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new UsageError(
    "the example configuration (examples/service-guru.yml) is not installed next to service-guru",
    "pass your own with --config FILE"
  );
}
var rehearseStage = declareStage({
  name: "rehearse",
  description: "Run the whole deployment against local stand-ins (no account, no network); --scenario injects trouble",
  options: [
    { name: "scenario", type: "string", description: `Trouble to inject: ${SCENARIOS.map((s) => s.name).join(", ")}`, default: "weekly" },
    { name: "list", type: "boolean", description: "List the scenarios and what each should end with" },
    { name: "keep", type: "boolean", description: "Keep the folder with the repositories and configuration" },
    { name: "ignore-freeze", type: "boolean", description: "Rehearse even inside a freeze window of the configuration" },
    {
      name: "registry",
      type: "string",
      description: "auto: Debian's docker-registry when installed, else in-process; in-process: always the in-process OCI registry; 127.0.0.1:PORT: a registry already running there (images under a folder of their own)",
      default: "auto"
    },
    SUMMARY_OPTION
  ],
  outputs: {
    scenario: "The scenario rehearsed",
    asExpected: '"true" when the deployment behaved as the scenario expects',
    problems: "JSON list of what went differently from the expectation",
    deploy: "JSON: the steps and results of the rehearsed deploy"
  },
  defaultConfig: exampleConfig,
  secrets: [],
  // The stand-ins hand out their own tokens.
  needs: () => [],
  load: async () => (await import("./rehearse-EGTSM4F3.js")).rehearse
});
export {
  exampleConfig,
  rehearseStage
};
