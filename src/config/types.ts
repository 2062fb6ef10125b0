import type { ConfigInput, ImageInput } from './schema.ts';

export type Transport = { kind: 'github'; repo: string } | { kind: 'git'; remote: string };

export interface Component {
  name: string;
  transport: Transport;
  after: string[];
  copr?: { project: string; package: string };
  checks?: string[];
  build?: { workflows: string[] };
  images: ImageInput[];
  systemKey?: string;
}

/** The validated configuration with every default filled in. */
export interface Config {
  /** Absolute path of the file it came from. */
  file: string;
  deployment: string;
  timezone: string;
  branches: { source: string; target: string };
  github: { apiUrl: string; serverUrl: string };
  copr: { apiUrl: string };
  /** In the order of the file; see `moveOrder` for dependency order. */
  components: Component[];
  registries: Record<string, { apiUrl: string }>;
  /** caFile resolved against the configuration file's folder. */
  clusters: NonNullable<ConfigInput['clusters']>;
  chat: NonNullable<ConfigInput['chat']>;
  health: NonNullable<ConfigInput['health']>;
  releaseNotes: NonNullable<ConfigInput['releaseNotes']>;
  quayCleanup: NonNullable<ConfigInput['quayCleanup']>;
  /** Absent when infra-sync is not configured. */
  infra?: NonNullable<ConfigInput['infra']>;
  freeze: NonNullable<ConfigInput['freeze']>;
  signOff: { maxAge: string };
}
