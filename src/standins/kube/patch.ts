/** JSON merge patch (RFC 7386); the double also applies strategic merge patches this way. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

export interface JsonPatchOp {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/** JSON patch (RFC 6902). Throws on a failed `test` or a missing path. */
export function jsonPatch(target: unknown, ops: JsonPatchOp[]): unknown {
  let doc = structuredClone(target);
  for (const op of ops) {
    switch (op.op) {
      case 'add':
        doc = put(doc, op.path, structuredClone(op.value), 'add');
        break;
      case 'replace':
        get(doc, op.path);
        doc = put(doc, op.path, structuredClone(op.value), 'replace');
        break;
      case 'remove':
        doc = del(doc, op.path);
        break;
      case 'copy':
        doc = put(doc, op.path, structuredClone(get(doc, op.from!)), 'add');
        break;
      case 'move': {
        const value = get(doc, op.from!);
        doc = put(del(doc, op.from!), op.path, value, 'add');
        break;
      }
      case 'test':
        if (JSON.stringify(get(doc, op.path)) !== JSON.stringify(op.value)) throw new Error(`test failed at ${op.path}`);
        break;
      default:
        throw new Error(`unknown json-patch op ${String((op as { op: unknown }).op)}`);
    }
  }
  return doc;
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function get(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const t of tokens(pointer)) {
    if (Array.isArray(node) && /^\d+$/.test(t) && Number(t) < node.length) node = node[Number(t)];
    else if (isObject(node) && t in node) node = node[t];
    else throw new Error(`path ${pointer} does not exist`);
  }
  return node;
}

function put(doc: unknown, pointer: string, value: unknown, mode: 'add' | 'replace'): unknown {
  const path = tokens(pointer);
  if (!path.length) return value;
  const parent = get(
    doc,
    '/' +
      path
        .slice(0, -1)
        .map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/')
        .replace(/^\/$/, ''),
  );
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (mode === 'add') parent.splice(index, 0, value);
    else parent[index] = value;
  } else if (isObject(parent)) parent[last] = value;
  else throw new Error(`cannot set ${pointer}`);
  return doc;
}

function del(doc: unknown, pointer: string): unknown {
  const path = tokens(pointer);
  const parent = get(
    doc,
    '/' +
      path
        .slice(0, -1)
        .map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/')
        .replace(/^\/$/, ''),
  );
  const last = path[path.length - 1]!;
  get(doc, pointer);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (isObject(parent)) delete parent[last];
  return doc;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
