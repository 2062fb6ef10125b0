import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  KubeConflict,
  KubeConnection,
  KubeGone,
  KubeNotFound,
  KubeUnreachable,
  PREVIOUS_IMAGES_ANNOTATION,
  createKubeClient,
  describeCall
} from "./chunk-5MNIAPR6.js";
import "./chunk-LONG6DJQ.js";
import {
  kubeTokenEnvFor,
  pickCluster,
  resolveCluster,
  tokenEnvFor
} from "./chunk-OXNICSTU.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  KubeConflict,
  KubeConnection,
  KubeGone,
  KubeNotFound,
  KubeUnreachable,
  PREVIOUS_IMAGES_ANNOTATION,
  createKubeClient,
  describeCall,
  kubeTokenEnvFor,
  pickCluster,
  resolveCluster,
  tokenEnvFor
};
