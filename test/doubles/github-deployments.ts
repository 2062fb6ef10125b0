import { HttpDouble, type RecordedRequest, type Reply } from '../../src/standins/http-double.ts';

export interface Review {
  state: 'approved' | 'rejected';
  user: string;
  comment: string;
  environments: string[];
}

export interface RecordedDeployment {
  id: number;
  ref: string;
  environment: string;
  description: string;
  payload: unknown;
  statuses: Array<{ state: string; log_url?: string; description?: string; environment?: string }>;
}

/**
 * GitHub's review history of a run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`)
 * and the Deployments API (`POST .../deployments`, `POST .../deployments/{id}/statuses`), with
 * the documented shapes, for the sign-off and deployment-status stages.
 */
export class GitHubDeploymentsDouble extends HttpDouble {
  token = 'ghs_deploymentsdouble1234567890';
  /** "owner/repo#runId" → reviews of that run. */
  readonly reviews = new Map<string, Review[]>();
  readonly deployments: RecordedDeployment[] = [];

  constructor() {
    super((request) => this.answer(request));
  }

  private answer(request: RecordedRequest): Reply {
    if (request.headers.authorization !== `token ${this.token}`)
      return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
    let m: RegExpExecArray | null;
    if (request.method === 'GET' && (m = /^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)\/approvals$/.exec(request.path))) {
      const reviews = this.reviews.get(`${m[1]}#${m[2]}`);
      if (!reviews)
        return {
          status: 404,
          body: {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#get-the-review-history-for-a-workflow-run',
            status: '404',
          },
        };
      return {
        body: reviews.map((r, i) => ({
          state: r.state,
          comment: r.comment,
          environments: r.environments.map((name, j) => ({
            id: 100 + j,
            node_id: `EN_${name}`,
            name,
            url: `https://api.github.com/repos/${m![1]}/environments/${name}`,
            html_url: `https://github.com/${m![1]}/deployments/activity_log?environments_filter=${name}`,
            created_at: '2026-11-30T12:00:00Z',
            updated_at: '2026-11-30T12:00:00Z',
          })),
          user: { login: r.user, id: 1000 + i, node_id: `U_${r.user}`, type: 'User', site_admin: false },
        })),
      };
    }
    if (request.method === 'POST' && (m = /^\/repos\/([^/]+\/[^/]+)\/deployments$/.exec(request.path))) {
      const body = JSON.parse(request.body) as { ref?: string; environment?: string; description?: string; payload?: unknown };
      if (!body.ref) return { status: 422, body: { message: 'Invalid request.\n\n"ref" wasn\'t supplied.', status: '422' } };
      const deployment: RecordedDeployment = {
        id: 7_000_000 + this.deployments.length + 1,
        ref: body.ref,
        environment: body.environment ?? 'production',
        description: body.description ?? '',
        payload: body.payload ?? {},
        statuses: [],
      };
      this.deployments.push(deployment);
      return {
        status: 201,
        body: {
          id: deployment.id,
          node_id: `DE_${deployment.id}`,
          sha: body.ref,
          ref: body.ref,
          task: 'deploy',
          environment: deployment.environment,
          description: deployment.description,
          payload: deployment.payload,
          created_at: '2026-11-30T12:00:00Z',
        },
      };
    }
    if (request.method === 'POST' && (m = /^\/repos\/([^/]+\/[^/]+)\/deployments\/(\d+)\/statuses$/.exec(request.path))) {
      const deployment = this.deployments.find((d) => d.id === Number(m![2]));
      if (!deployment) return { status: 404, body: { message: 'Not Found', status: '404' } };
      const body = JSON.parse(request.body) as RecordedDeployment['statuses'][number];
      deployment.statuses.push(body);
      return {
        status: 201,
        body: {
          id: deployment.statuses.length,
          state: body.state,
          log_url: body.log_url ?? '',
          environment: deployment.environment,
          deployment_url: `/repos/${m[1]}/deployments/${deployment.id}`,
        },
      };
    }
    return { status: 404, body: { message: 'Not Found', status: '404' } };
  }
}
