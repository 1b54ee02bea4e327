/**
 * A message as the stand-in Office host shows it: plain data, for the preview's sample picker
 * and the browser tests. Shared with the server's preview samples.
 */
export interface StandInAddress {
  name: string;
  address: string;
}

export interface StandInMessage {
  /** `read` (a received or sent message) or `compose` (being written). */
  mode: 'read' | 'compose';
  /** Default `message`. */
  itemType?: 'message' | 'appointment';
  /** Default `IPM.Note`; `IPM.Schedule.Meeting.Request` for a meeting invite. */
  itemClass?: string;
  from: StandInAddress;
  sender?: StandInAddress | null;
  to: StandInAddress[];
  cc?: StandInAddress[];
  subject: string;
  internetMessageId?: string | null;
  conversationId?: string | null;
  /** ISO date-time. */
  receivedAt?: string | null;
  attachments?: string[];
  body?: string;
  /** Raw internet headers (`Reply-To: …\r\n`), for `getAllInternetHeadersAsync`. */
  headers?: string;
}

/** What the preview lists: a labelled sample (the label is a catalogue key under `preview.sample.`). */
export interface StandInSample {
  kind: 'customer' | 'sent' | 'inquiry' | 'lookalike' | 'owned_elsewhere' | 'internal' | 'meeting' | 'compose' | 'none';
  message: StandInMessage | null;
}
