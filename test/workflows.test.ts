import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';

const files = [
  ...readdirSync('.github/workflows').map((f) => path.join('.github/workflows', f)),
  ...readdirSync('workflows').map((f) => path.join('workflows', f)),
];

describe('workflow files', () => {
  test.each(files)('%s is a valid workflow', async (file) => {
    const content = readFileSync(file, 'utf8');
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    // Semantic checks (needs, expressions, job keys) land in the same error list.
    await convertWorkflowTemplate(result.context, result.value!);
    const errors = result.context.errors.getErrors().map((e) => e.message);
    expect(errors).toEqual([]);
  });

  test('the reusable workflow passes every secret and option its actions take', () => {
    const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(workflow.jobs['sign-off'].environment).toBe('${{ inputs.environment }}');
    expect(workflow.concurrency.group).toContain('service-guru-deploy');
    for (const job of Object.values(workflow.jobs) as Array<{ steps: Array<{ uses?: string; with?: Record<string, string> }> }>) {
      for (const step of job.steps) {
        const match = /actions\/([a-z-]+)@/.exec(step.uses ?? '');
        if (!match || step.uses!.startsWith('actions/checkout')) continue;
        const action = parse(readFileSync(`actions/${match[1]}/action.yml`, 'utf8'));
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
      }
    }
  });

  test('the Monday workflow runs at 13:00 Prague time and calls the reusable workflow', () => {
    const workflow = parse(readFileSync('workflows/monday.yml', 'utf8'));
    expect(workflow.on.schedule).toEqual([{ cron: '0 13 * * 1', timezone: 'Europe/Prague' }]);
    expect(workflow.jobs.deploy.uses).toMatch(/\.github\/workflows\/deploy\.yml@/);
  });
});
