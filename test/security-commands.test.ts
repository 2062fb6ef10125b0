import { describe, expect, jest, test } from '@jest/globals';
import { ActionsLogger } from '../src/action/actions-logger.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { inertLine, tableToText } from '../src/core/report.ts';
import { Secrets } from '../src/core/secrets.ts';

/** Text a room member or a PR author controls, shaped as the runner's workflow commands. */
const HOSTILE = [
  '::add-mask::x',
  '::error ::x',
  '::stop-commands::t',
  'Fix the parser\n::set-output name=ok::true',
  'tab\t\n   ::warning file=a.py::indented after a newline',
  'carriage\r::debug::after a lone CR',
  'crlf\r\n::notice::after CRLF',
  '\u00a0::group::after a no-break space',
  'legacy ##[error]anywhere in the line',
];

/**
 * The lines the Actions runner would act on: it splits output on CR and LF, trims leading
 * whitespace and takes `::name ...::` at the start, and the old `##[name]` form anywhere.
 */
function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}

describe('outside text never becomes a workflow command', () => {
  test('the CLI text table escapes newlines and a leading :: in every cell, note, title and detail', () => {
    const text = tableToText({
      title: HOSTILE[0]!,
      headers: ['repository', 'title'],
      rows: HOSTILE.map((h) => [h, { text: h, href: 'https://example.org' }]),
      notes: HOSTILE,
      details: [{ summary: HOSTILE[2]!, lines: HOSTILE }],
    });
    expect(runnerCommands(text)).toEqual([]);
    // Still readable: the text is there, escaped, one row per entry.
    expect(text).toContain('\\::add-mask::x');
    expect(text).toContain('Fix the parser\\n::set-output name=ok::true');
    expect(text.split('\n').filter((l) => l.includes('\\::stop-commands::t')).length).toBeGreaterThanOrEqual(2);
  });

  test('terminal log lines (stderr of a run: step) are inert, continuation lines included', async () => {
    const sink = new MemorySink();
    const logger = new TerminalLogger(new Secrets(), sink, true);
    for (const h of HOSTILE) {
      logger.info(h);
      logger.warning(h, h);
      logger.error(h);
      logger.debug(h);
    }
    await logger.group(HOSTILE[1]!, async () => logger.info(HOSTILE[3]!));
    expect(sink.lines.length).toBeGreaterThan(HOSTILE.length * 4);
    expect(runnerCommands(sink.text())).toEqual([]);
  });

  test('the action logger: info lines are inert, so the only commands are the ones it means to send', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const logger = new ActionsLogger(new Secrets());
      for (const h of HOSTILE) {
        logger.info(h);
        logger.warning(h, h);
        logger.error(h);
      }
    } finally {
      spy.mockRestore();
    }
    const commands = runnerCommands(written.join(''));
    // One ::warning and one ::error per input, each with its data escaped by @actions/core (%0A, %0D).
    expect(commands).toHaveLength(HOSTILE.length * 2);
    expect(commands.every((c) => /^::(warning|error)[ :]/.test(c))).toBe(true);
  });

  test('a secret is redacted before the line is escaped', () => {
    const secrets = new Secrets();
    secrets.add('::add-mask::sentinel-token');
    const sink = new MemorySink();
    new TerminalLogger(secrets, sink).info('token ::add-mask::sentinel-token\n::add-mask::sentinel-token');
    expect(sink.text()).not.toContain('sentinel-token');
    expect(runnerCommands(sink.text())).toEqual([]);
  });

  test('inertLine leaves ordinary text alone', () => {
    for (const plain of ['packit/ogr: Fix the parser (#123)', 'a::b in the middle', 'C++ :: namespaces', '#[not legacy]'])
      expect(inertLine(plain)).toBe(plain);
  });
});
