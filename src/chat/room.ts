/** What a room remembers for us between topic-notify and topic-revert. */
export interface SavedTopic {
  deployment: string;
  /** The topic text before our notice. */
  topic: string;
  /** The platform's whole topic content, where it holds more than text (Matrix m.topic, HTML). */
  content?: Record<string, unknown>;
  /** Topics we set: while the room shows one of these, the topic is still ours to restore. */
  notices: string[];
  savedAt: string;
  runUrl?: string;
  /** Notices already posted as messages (deploying, failed, finished), so re-runs post once. */
  posted: string[];
  /** A notice → the form the platform stored it in, where that differs (read back after setting). */
  appliedAs?: Record<string, string>;
}

export interface Topic {
  text: string;
  content?: Record<string, unknown>;
}

/** One Matrix room or Slack channel, as the topic stages use it. */
export interface ChatRoom {
  readonly platform: 'matrix' | 'slack';
  readonly id: string;
  getTopic(): Promise<Topic>;
  /** Sets the topic; `content` restores a saved platform-specific topic exactly. */
  setTopic(text: string, content?: Record<string, unknown>): Promise<void>;
  /** Posts a message; `key` identifies it so that a retried post is not doubled. */
  post(text: string, key: string): Promise<void>;
  readSaved(): Promise<SavedTopic | null>;
  /** `message` is the notice's long text, which a platform may keep the state in. */
  writeSaved(saved: SavedTopic, message: string): Promise<void>;
  /** Forgets the saved topic; `message` is what replaces a state-carrying message. */
  clearSaved(message: string): Promise<void>;
  /** Does posting the notice as a message need to happen besides setting the topic? */
  readonly postsNotice: boolean;
  /** Longest topic the platform takes, in characters. */
  readonly topicLimit: number | undefined;
}
