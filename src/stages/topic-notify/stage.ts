import { declareStage } from '../stage.ts';
import { chatNeeds } from '../shared/secret-needs.ts';
import type { NotifyOptions } from './index.ts';
import type { TopicsResult } from '../shared/topics/report.ts';

export const topicNotifyStage = declareStage<NotifyOptions, TopicsResult>({
  name: 'topic-notify',
  description: 'Save each chat room\'s topic and set the "deploying" notice (Matrix and Slack)',
  options: [
    { name: 'run-url', type: 'string', description: 'URL of this deployment run for the notice (default: the GitHub Actions run)' },
  ],
  outputs: {
    rooms:
      'JSON list: per room platform, room, outcome, before, after, saved, posted, error, notice (Slack: ts of the pinned notice message)',
    saved: 'JSON object: "platform:room" → the original topic, saved for topic-revert',
  },
  secrets: ['MATRIX_ACCESS_TOKEN', 'SLACK_BOT_TOKEN'],
  needs: (q) => chatNeeds(q.config),
  load: async () => (await import('./index.ts')).topicNotify,
});
