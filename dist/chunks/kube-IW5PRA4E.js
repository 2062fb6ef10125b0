import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  KubeConflict,
  KubeConnection,
  KubeGone,
  KubeNotFound,
  KubeUnreachable,
  createKubeClient,
  describeCall
} from "./chunk-OCASDBGA.js";
import "./chunk-KLJOYWLQ.js";
import {
  pickCluster,
  resolveCluster,
  tokenEnvFor
} from "./chunk-LW2GL5TU.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
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
