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
  /**
   * Posts a message once: `key` identifies it, and a post the room already shows under that key
   * (a retried request whose answer was lost, a re-run) is not repeated. False when it was there.
   * `html`: the same message formatted, where the platform takes HTML (Matrix); its markup is the caller's, escaped.
   */
  post(text: string, key: string, html?: string): Promise<boolean>;
  /** `noticeRef` is where an earlier run said the saved topic is (Slack: the notice message's ts). */
  readSaved(noticeRef?: string): Promise<SavedTopic | null>;
  /** `message` is the notice's long text, which a platform may keep the state in. */
  writeSaved(saved: SavedTopic, message: string): Promise<void>;
  /** Forgets the saved topic; `message` is what replaces a state-carrying message. */
  clearSaved(message: string): Promise<void>;
  /** Does posting the notice as a message need to happen besides setting the topic? */
  readonly postsNotice: boolean;
  /** Longest topic the platform takes, in characters. */
  readonly topicLimit: number | undefined;
  /** Where the saved topic was found or written (Slack: the notice message's ts), for the result. */
  readonly noticeRef: string | undefined;
  /** An error of this platform's API as one line with a hint. */
  describe(error: unknown): string;
}
