import { runAction } from '../action/run-action.ts';
import { findStage } from '../stages/registry.ts';

await runAction(findStage('wait-images')!);
