import * as core from '@actions/core';
import { runAction } from '../action/run-action.ts';
import { loadStage, stageNames } from '../stages/index.ts';

// The root action: one `uses:` for every stage, chosen by the `stage` input.
const name = core.getInput('stage', { required: true });
const stage = await loadStage(name);
if (!stage) core.setFailed(`stage: unknown stage "${name}"; use one of ${stageNames.join(', ')}`);
else await runAction(stage);
