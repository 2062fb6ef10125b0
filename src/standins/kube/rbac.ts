import { parseAllDocuments } from 'yaml';

/** One rule of an RBAC Role: what the double lets a token do when `double.rbac` is set. */
export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/** Does some rule allow `verb` on `resource` ("pods", "pods/log") of API group `group` ("" = core)? */
export function allows(rules: RbacRule[], verb: string, group: string, resource: string): boolean {
  return rules.some(
    (r) =>
      (r.apiGroups.includes(group) || r.apiGroups.includes('*')) &&
      (r.resources.includes(resource) || r.resources.includes('*')) &&
      (r.verbs.includes(verb) || r.verbs.includes('*')),
  );
}

/**
 * The rules of every `kind: Role` in the ```yaml blocks of a Markdown page: the tests hold the
 * stages to the Role the documentation tells users to paste, not to a copy of it.
 */
export function rolesInMarkdown(markdown: string): RbacRule[] {
  const rules: RbacRule[] = [];
  for (const block of markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
    for (const doc of parseAllDocuments(block[1]!)) {
      const object = doc.toJS() as { kind?: string; rules?: Array<Partial<RbacRule>> } | null;
      if (object?.kind !== 'Role') continue;
      for (const r of object.rules ?? []) rules.push({ apiGroups: r.apiGroups ?? [], resources: r.resources ?? [], verbs: r.verbs ?? [] });
    }
  }
  return rules;
}
