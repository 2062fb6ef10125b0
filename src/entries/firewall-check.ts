import { runAction } from '../action/run-action.ts';
import { findStage } from '../stages/index.ts';

await runAction(findStage('firewall-check')!);
