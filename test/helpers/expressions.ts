/**
 * The part of GitHub's expression language the workflows use (literals, context paths, !, ==, !=,
 * &&, ||, parentheses, status functions and format), evaluated as the runner does: && and ||
 * give an operand, strings compare case-insensitively, '' 0 false null are falsy.
 */
export interface ExpressionContext {
  [context: string]: unknown;
  cancelled?: boolean;
}

type Token = { kind: 'op'; value: string } | { kind: 'str'; value: string } | { kind: 'word'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let value = '';
      i++;
      while (i < text.length) {
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") break;
        else value += text[i++];
      }
      i++;
      tokens.push({ kind: 'str', value });
    } else if (['&&', '||', '==', '!='].includes(text.slice(i, i + 2))) {
      tokens.push({ kind: 'op', value: text.slice(i, i + 2) });
      i += 2;
    } else if ('()!,'.includes(c)) {
      tokens.push({ kind: 'op', value: c });
      i++;
    } else {
      const word = /^[A-Za-z0-9_.-]+/.exec(text.slice(i))?.[0];
      if (!word) throw new Error(`unexpected "${c}" in ${text}`);
      tokens.push({ kind: 'word', value: word });
      i += word.length;
    }
  }
  return tokens;
}

const truthy = (v: unknown): boolean => !(v === '' || v === 0 || v === false || v === null || v === undefined);
const equal = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

export function evaluate(expression: string, ctx: ExpressionContext): unknown {
  const tokens = tokenize(expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1'));
  let at = 0;
  const peek = (value: string): boolean => tokens[at]?.kind === 'op' && tokens[at]!.value === value;
  const take = (value: string): void => {
    if (!peek(value)) throw new Error(`expected "${value}" in ${expression}`);
    at++;
  };
  const or = (): unknown => {
    let left = and();
    while (peek('||')) {
      at++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek('&&')) {
      at++;
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const comparison = (): unknown => {
    let left = unary();
    while (peek('==') || peek('!=')) {
      const op = tokens[at++]!.value;
      const right = unary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const unary = (): unknown => {
    if (peek('!')) {
      at++;
      return !truthy(unary());
    }
    if (peek('(')) {
      at++;
      const value = or();
      take(')');
      return value;
    }
    const token = tokens[at++];
    if (!token) throw new Error(`unexpected end of ${expression}`);
    if (token.kind === 'str') return token.value;
    if (token.kind !== 'word') throw new Error(`unexpected "${token.value}" in ${expression}`);
    if (token.value === 'true' || token.value === 'false') return token.value === 'true';
    if (token.value === 'null') return null;
    if (/^\d+(\.\d+)?$/.test(token.value)) return Number(token.value);
    if (peek('(')) {
      at++;
      const args: unknown[] = [];
      while (!peek(')')) {
        args.push(or());
        if (peek(',')) at++;
      }
      take(')');
      return call(token.value, args, ctx);
    }
    return (
      token.value
        .split('.')
        .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), ctx) ??
      ''
    );
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected "${tokens[at]!.value}" in ${expression}`);
  return value;
}

function call(name: string, args: unknown[], ctx: ExpressionContext): unknown {
  switch (name) {
    case 'always':
      return true;
    case 'cancelled':
      return ctx.cancelled === true;
    case 'success':
    case 'failure':
      throw new Error(`${name}() is not used by these workflows`);
    case 'format':
      return String(args[0]).replace(/\{(\d+)\}/g, (_m, i: string) =>
        String((args[Number(i) + 1] as string | number | boolean | undefined) ?? ''),
      );
    default:
      throw new Error(`unknown function ${name}()`);
  }
}
