/**
 * GitHub's expression evaluator (`@actions/expressions`) over the tokens of GitHub's workflow
 * parser, for the job-graph simulator (job-graph.ts).
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';
import { ensureStatusFunction } from '@actions/workflow-parser/model/converter/if-condition';
import type { BasicExpressionToken } from '@actions/workflow-parser/templates/tokens/basic-expression-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { parse as parseYaml } from 'yaml';

export type Outputs = Record<string, string>;
export type Contexts = Record<string, unknown>;

export const pairs = (token: TemplateToken | undefined): [string, TemplateToken][] =>
  token && isMapping(token) ? [...token].map((p) => [p.key.assertString('key').value, p.value]) : [];

/**
 * The expression GitHub evaluates for a `${{ }}` value. @actions/workflow-parser (a language-server
 * parser) builds a multi-line scalar's expression from its raw source, indentation, line breaks and
 * quotes included, for editor positions: a folded `status: >-` holding one `${{ }}` would become
 * `format('            {0}\n', …)`. GitHub's runtime uses the scalar's YAML value, so this does too.
 */
export function expressionOf(token: BasicExpressionToken): string {
  const source = token.source;
  if (!source?.includes('\n')) return token.expression;
  const value = (parseYaml(`v: ${token.blockScalarHeader ? `${token.blockScalarHeader}\n` : ''}${source}`) as { v: unknown }).v;
  if (typeof value !== 'string') throw new Error(`cannot read the multi-line value ${source}`);
  const literal = (text: string) => text.replace(/'/g, "''").replace(/\{/g, '{{').replace(/\}/g, '}}');
  const format: string[] = [];
  const args: string[] = [];
  let at = 0;
  while (at < value.length) {
    const start = value.indexOf('${{', at);
    if (start < 0) {
      format.push(literal(value.slice(at)));
      break;
    }
    format.push(literal(value.slice(at, start)));
    let end = -1;
    let inString = false;
    for (let i = start + 3; i < value.length && end < 0; i++) {
      if (value[i] === "'") inString = !inString;
      else if (!inString && value[i] === '}' && value[i - 1] === '}') end = i;
    }
    if (end < 0) throw new Error(`an unclosed \${{ in ${value}`);
    args.push(value.slice(start + 3, end - 1).trim());
    format.push(`{${args.length - 1}}`);
    at = end + 1;
  }
  return format.join('') === '{0}' ? args[0]! : `format('${format.join('')}', ${args.join(', ')})`;
}

/** A job's or step's `if:` when written over several lines (see expressionOf); else undefined. */
export function condition(token: TemplateToken | undefined): string | undefined {
  if (!token || !isBasicExpression(token) || !token.source?.includes('\n')) return undefined;
  return ensureStatusFunction(expressionOf(token), token.definitionInfo);
}

export function toData(value: unknown): data.ExpressionData {
  if (value === undefined || value === null) return new data.Null();
  if (typeof value === 'string') return new data.StringData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  if (typeof value === 'boolean') return new data.BooleanData(value);
  if (Array.isArray(value)) return new data.Array(...value.map(toData));
  if (value instanceof Map) return new data.Dictionary(...[...value].map(([key, v]) => ({ key: String(key), value: toData(v) })));
  if (typeof value === 'object') return new data.Dictionary(...Object.entries(value).map(([key, v]) => ({ key, value: toData(v) })));
  throw new Error(`cannot put a ${typeof value} into an expression context`);
}

export const toJs = (value: data.ExpressionData): unknown => JSON.parse(JSON.stringify(value, data.replacer) ?? 'null');

/** Status functions as extension functions of GitHub's evaluator. */
export function statusFunctions(status: Record<'success' | 'failure' | 'cancelled', boolean>): FunctionDefinition[] {
  const make = (name: string, value: boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value),
  });
  return [make('success', status.success), make('failure', status.failure), make('cancelled', status.cancelled), make('always', true)];
}

export function evaluateExpression(expression: string, contexts: Contexts, functions: FunctionDefinition[] = []): data.ExpressionData {
  const tree = new Parser(new Lexer(expression).lex().tokens, Object.keys(contexts), functions).parse();
  const context = toData(contexts) as data.Dictionary;
  return new Evaluator(tree, context, new Map(functions.map((f) => [f.name.toLowerCase(), f]))).evaluate();
}

export function evaluateToken(token: TemplateToken, contexts: Contexts): data.ExpressionData {
  if (isBasicExpression(token)) return evaluateExpression(expressionOf(token), contexts);
  if (isString(token)) return new data.StringData(token.value);
  if (isBoolean(token)) return new data.BooleanData(token.value);
  if (isNumber(token)) return new data.NumberData(token.value);
  if (isSequence(token)) return new data.Array(...[...token].map((t) => evaluateToken(t, contexts)));
  if (isMapping(token)) return new data.Dictionary(...pairs(token).map(([key, t]) => ({ key, value: evaluateToken(t, contexts) })));
  return new data.Null();
}

/** A value of the file (`with:`, `run-name` …) evaluated with these contexts, as a JSON value. */
export function evaluateTemplate(token: TemplateToken, contexts: Contexts): unknown {
  return toJs(evaluateToken(token, contexts));
}

export const evaluatePairs = (entries: [string, TemplateToken][], contexts: Contexts, into: Outputs = {}): Outputs => {
  for (const [key, token] of entries) into[key] = evaluateToken(token, contexts).coerceString();
  return into;
};
