import { formatDuration } from '../../core/duration.ts';
import type { ReportTable } from '../../core/report.ts';
import type { Component } from '../../config/types.ts';
import type { BuildState } from './builds.ts';
import type { ImageResult } from './index.ts';

export function progress(images: ImageResult[], builds: Map<Component, BuildState>, elapsed: number, left: number, now: number): string {
  const ready = images.filter((i) => i.ready);
  const unfinished = [...builds.entries()].filter(([, b]) => !b.done);
  const running = unfinished.map(([c, b]) => `${c.name} (${b.line})`);
  const waiting = images.filter((i) => !i.ready).map((i) => `${i.image}: ${i.missing}`);
  const slowest = unfinished.filter(([, b]) => b.runningSince !== undefined).sort(([, a], [, b]) => a.runningSince! - b.runningSince!)[0];
  return [
    `${ready.length}/${images.length} image(s) ready${ready.length ? ` (${ready.map((i) => i.image).join(', ')})` : ''}`,
    ...(running.length ? [`building: ${running.join(', ')}`] : []),
    ...(slowest ? [`slowest: ${slowest[0].name}, building for ${formatDuration(Math.max(0, now - slowest[1].runningSince!))}`] : []),
    `waiting: ${waiting.join('; ')}`,
    `elapsed ${formatDuration(elapsed)}, ${formatDuration(left)} left`,
  ].join(' | ');
}

export function table(deployment: string, images: ImageResult[]): ReportTable {
  return {
    title: `Images of ${deployment}`,
    headers: ['Image', 'Commit', 'Ready', 'Digest', 'Platforms', 'Build', 'Ready at / missing'],
    rows: images.map((i) => [
      i.image,
      `${i.sha.slice(0, 7)}${i.kind === 'stable-head' ? ' (stable head)' : ''}`,
      i.ready ? `✅ ${i.matchedBy}${i.weakEvidence ? ' (weak)' : ''}` : '⏳ no',
      i.digest ? i.digest.slice(0, 19) : '',
      i.platforms.join(', '),
      i.buildRuns[0] ? { text: 'run', href: i.buildRuns[0] } : '',
      i.ready ? i.readyAt! : (i.missing ?? ''),
    ]),
  };
}
