import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  KubeConflict,
  KubeConnection,
  KubeGone,
  KubeNotFound,
  createKubeClient,
  describeCall
} from "./chunk-J3I2E2QM.js";
import {
  pickCluster,
  resolveCluster,
  tokenEnvFor
} from "./chunk-LW2GL5TU.js";
import "./chunk-VFOYAQLP.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  KubeConflict,
  KubeConnection,
  KubeGone,
  KubeNotFound,
  createKubeClient,
  describeCall,
  pickCluster,
  resolveCluster,
  tokenEnvFor
};
