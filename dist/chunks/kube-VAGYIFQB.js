import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  KubeConflict,
  KubeConnection,
  KubeGone,
  KubeNotFound,
  KubeUnreachable,
  createKubeClient,
  describeCall
} from "./chunk-55CGXNNK.js";
import {
  pickCluster,
  resolveCluster,
  tokenEnvFor
} from "./chunk-LW2GL5TU.js";
import "./chunk-KLJOYWLQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";
export {
  KubeConflict,
  KubeConnection,
  KubeGone,
  KubeNotFound,
  KubeUnreachable,
  createKubeClient,
  describeCall,
  pickCluster,
  resolveCluster,
  tokenEnvFor
};
