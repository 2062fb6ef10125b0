import type { ChatRoom } from '../../../chat/index.ts';
import type { StageContext } from '../../stage.ts';
import { fitTopic, type NoticeTexts } from './notices.ts';
import { platformFailures, type RoomOutcome } from './report.ts';

/**
 * Saves the topic, then sets the notice: a run that dies in between still finds the original.
 * A topic that is already one of our notices is never saved as "the previous topic". The failed
 * notice (kind "failed") leaves a topic a person set during the deployment, as revert does.
 */
export async function notifyRoom(
  ctx: StageContext,
  room: ChatRoom,
  texts: NoticeTexts,
  runUrl: string | undefined,
  kind: 'deploying' | 'failed' = 'deploying',
): Promise<RoomOutcome> {
  const { logger } = ctx;
  const topic = fitTopic(kind === 'deploying' ? texts.deploying : texts.failed, room.topicLimit);
  const message = kind === 'deploying' ? texts.deployingMessage : texts.failedMessage;
  const outcome: RoomOutcome = { platform: room.platform, room: room.id, outcome: '', before: '', after: '', posted: [], changed: false };
  try {
    if (topic.shortened)
      logger.warning(
        `${room.id}: the notice is longer than ${room.topicLimit} characters; the topic is shortened, the message keeps it whole`,
      );
    const current = await room.getTopic();
    outcome.before = current.text;
    let saved = await room.readSaved();
    const ours = current.text === topic.text || (saved?.notices.includes(current.text) ?? false) || texts.isNotice(current.text);
    const keep = kind === 'failed' && saved !== null && !ours;
    let dirty = false;
    if (keep) {
      logger.warning(`${room.id}: the topic was changed by someone since the notice (${JSON.stringify(current.text)}); it stays as it is`);
    } else if (!ours) {
      // A saved topic from an older run that a human has since replaced is stale: the current one wins.
      saved = {
        deployment: ctx.config.deployment,
        topic: current.text,
        ...(current.content ? { content: current.content } : {}),
        notices: [topic.text],
        savedAt: new Date(ctx.clock.now()).toISOString(),
        ...(runUrl ? { runUrl } : {}),
        posted: [],
      };
      dirty = true;
    } else if (saved && !saved.notices.includes(topic.text)) {
      saved = { ...saved, notices: [...saved.notices, topic.text] };
      dirty = true;
    }
    if (!saved)
      logger.warning(
        `${room.id}: the topic is already one of our notices but no original topic is saved; ` +
          'topic-revert cannot restore it without --notified',
      );
    outcome.saved = saved?.topic;
    outcome.after = keep ? current.text : topic.text;
    const needsTopic = !keep && current.text !== topic.text && saved?.appliedAs?.[topic.text] !== current.text;
    const needsPost = room.postsNotice || kind === 'failed';
    const postKey = `${kind}:${saved?.savedAt ?? 'unsaved'}`;
    const willPost = needsPost && !(saved?.posted.includes(postKey) ?? false);
    if (ctx.dryRun) {
      outcome.outcome = keep ? 'kept (changed by someone)' : needsTopic ? 'would set' : 'already set';
      if (dirty) logger.info(`would save the topic ${JSON.stringify(saved!.topic)}`);
      if (needsTopic) logger.info(`would set the topic to ${JSON.stringify(topic.text)}`);
      if (willPost) logger.info(`would post ${JSON.stringify(message)}`);
      return outcome;
    }
    if (saved && dirty) {
      await room.writeSaved(saved, message);
      outcome.changed = true;
      logger.info(`saved the topic ${JSON.stringify(saved.topic)}`);
    }
    if (needsTopic) {
      await room.setTopic(topic.text);
      outcome.changed = true;
      logger.info(`set the topic to ${JSON.stringify(topic.text)}`);
      // Read back: a platform may store the text in its own form, which must still count as ours.
      const applied = (await room.getTopic()).text;
      if (saved && applied !== topic.text) {
        saved = { ...saved, notices: [...new Set([...saved.notices, applied])], appliedAs: { ...saved.appliedAs, [topic.text]: applied } };
        await room.writeSaved(saved, message);
        logger.info(`the platform stored the topic as ${JSON.stringify(applied)}`);
      }
    }
    if (willPost) {
      if (await room.post(message, postKey)) {
        outcome.posted.push(kind);
        outcome.changed = true;
        logger.info(`posted ${JSON.stringify(message)}`);
      }
      if (saved) await room.writeSaved({ ...saved, posted: [...saved.posted, postKey] }, message);
    }
    outcome.outcome = keep ? 'kept (changed by someone)' : needsTopic ? 'set' : 'already set';
  } catch (error) {
    outcome.outcome = 'failed';
    outcome.error = room.describe(error);
    platformFailures.add(outcome);
    logger.error(`${room.platform} ${room.id}: ${outcome.error}`);
  }
  if (room.noticeRef) outcome.notice = room.noticeRef;
  return outcome;
}
