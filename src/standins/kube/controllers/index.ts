import type { KubeController } from '../index.ts';
import { imageImportController } from './image-import.ts';
import { kubeletController } from './kubelet.ts';
import { rolloutController } from './rollout.ts';
import { triggersController } from './triggers.ts';

/** The controllers a new double runs; add your own with `double.use(controller)`. */
export function defaultControllers(): KubeController[] {
  return [imageImportController, triggersController, rolloutController, kubeletController];
}
