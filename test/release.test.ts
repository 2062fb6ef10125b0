import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { PINNED_FILES, pinStageActions } from '../scripts/release.ts';
import { renderWorkflow } from '../scripts/workflow.ts';

const SHA = 'a'.repeat(40);
const stageUses = (text: string): string[] =>
  Object.values((parse(text) as { jobs: Record<string, { steps: Array<{ uses?: string }> }> }).jobs)
    .flatMap((job) => job.steps)
    .map((step) => step.uses ?? '')
    .filter((uses) => uses.startsWith('service-guru/service-guru/actions/'));

describe('release:pin', () => {
  test('every stage action of the generated workflow is pinned to the commit, nothing else changes', () => {
    const source = renderWorkflow();
    const { text, stages } = pinStageActions(source, SHA, () => true);
    const uses = stageUses(text);
    expect(uses.length).toBe(stageUses(source).length);
    expect(stages.length).toBe(uses.length);
    for (const ref of uses) expect(ref).toMatch(new RegExp(`^service-guru/service-guru/actions/[a-z0-9-]+@${SHA}$`));
    expect(text.replace(new RegExp(SHA, 'g'), 'v1')).toBe(source);
    // A second release pins again, over the first.
    const again = pinStageActions(text, 'b'.repeat(40), () => true);
    expect(again.text).not.toContain(SHA);
  });

  test('refuses what is not a full SHA, a stage the commit lacks, and a file without stage actions', () => {
    const source = renderWorkflow();
    expect(() => pinStageActions(source, 'v1', () => true)).toThrow(/not a full commit SHA/);
    expect(() => pinStageActions(source, SHA.slice(0, 7), () => true)).toThrow(/not a full commit SHA/);
    expect(() => pinStageActions(source, SHA, (stage) => stage !== 'rollback')).toThrow(
      /actions\/rollback, which this commit does not have/,
    );
    expect(() => pinStageActions('jobs: {}\n', SHA, () => true)).toThrow(/no stage action to pin/);
  });

  test('npm run release:pin rewrites the committed workflow of a checkout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-release-'));
    try {
      for (const part of ['scripts', 'actions', '.github', 'package.json']) cpSync(part, path.join(dir, part), { recursive: true });
      execFileSync(process.execPath, [path.join(dir, 'scripts/release.ts'), SHA], { stdio: 'pipe' });
      for (const file of PINNED_FILES)
        for (const ref of stageUses(readFileSync(path.join(dir, file), 'utf8'))) expect(ref).toContain(`@${SHA}`);
      expect(() => execFileSync(process.execPath, [path.join(dir, 'scripts/release.ts'), 'main'], { stdio: 'pipe' })).toThrow(
        /full commit SHA/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
