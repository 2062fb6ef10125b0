import { HttpDouble, type Reply } from '../../src/standins/http-double.ts';

interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

/**
 * GitHub's issue endpoints (list open issues of a repository with `Link` pagination, create,
 * update), with the documented shapes, for stages that file tracking issues.
 */
export class GitHubIssuesDouble extends HttpDouble {
  readonly issues = new Map<string, Issue[]>();
  token = 'ghs_issues_double_token_123456';

  constructor() {
    super((request, url) => {
      if (request.headers.authorization !== `token ${this.token}`)
        return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
      const m = /^\/repos\/([^/]+\/[^/]+)\/issues(?:\/(\d+))?$/.exec(request.path);
      const list = m ? this.issues.get(m[1]!) : undefined;
      if (!m || !list)
        return {
          status: 404,
          body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/issues', status: '404' },
        };
      const json = (i: Issue) => ({
        id: 1000 + i.number,
        number: i.number,
        title: i.title,
        body: i.body,
        state: i.state,
        labels: i.labels.map((name) => ({ name })),
        html_url: `https://github.com/${m[1]}/issues/${i.number}`,
        user: { login: 'service-guru[bot]' },
        created_at: '2026-11-23T12:00:00Z',
        updated_at: '2026-11-23T12:00:00Z',
      });
      if (request.method === 'GET' && !m[2]) {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const state = url.searchParams.get('state') ?? 'open';
        const all = list.filter((i) => state === 'all' || i.state === state).sort((a, b) => b.number - a.number);
        const headers: Record<string, string> = {};
        if (all.length > page * perPage)
          headers.link = `<${url.origin}${url.pathname}?state=${state}&per_page=${perPage}&page=${page + 1}>; rel="next"`;
        return { body: all.slice((page - 1) * perPage, page * perPage).map(json), headers };
      }
      const input = request.body ? (JSON.parse(request.body) as Partial<Issue> & { labels?: string[] }) : {};
      if (request.method === 'POST' && !m[2]) {
        if (!input.title)
          return {
            status: 422,
            body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] },
          };
        const issue: Issue = {
          number: list.length + 1,
          title: input.title,
          body: input.body ?? '',
          state: 'open',
          labels: input.labels ?? [],
        };
        list.push(issue);
        return { status: 201, body: json(issue) };
      }
      const issue = list.find((i) => i.number === Number(m[2]));
      if (!issue) return { status: 404, body: { message: 'Not Found', status: '404' } };
      if (request.method === 'PATCH') {
        Object.assign(issue, {
          ...(input.title ? { title: input.title } : {}),
          ...(input.body !== undefined ? { body: input.body } : {}),
          ...(input.state ? { state: input.state } : {}),
        });
        return { body: json(issue) } satisfies Reply;
      }
      return { body: json(issue) };
    });
  }
}
