/**
 * Replies from other tools (Hypothesis threads) kept as text on the note they answer: each on
 * its own paragraph, oldest first, saying who wrote it and when, so nothing of the discussion is
 * lost and the analyst sees whose words are whose.
 */

/** One reply in a thread. */
export interface Reply {
  readonly author: string | null;
  /** ISO 8601, or null when the file gave no usable date. */
  readonly created: string | null;
  readonly text: string;
}

/** "Reply from Amina on 2024-03-02: …" (the parts the file gave). */
export function formatReply(reply: Reply): string {
  const from = reply.author === null ? '' : ` from ${reply.author}`;
  const on = reply.created === null ? '' : ` on ${reply.created.slice(0, 10)}`;
  return `Reply${from}${on}: ${reply.text.trim()}`;
}

/**
 * The note followed by its replies, oldest first (replies without a date keep the file's order,
 * after the dated ones), separated by blank lines. Empty replies are dropped.
 */
export function appendReplies(note: string, replies: readonly Reply[]): string {
  const dated = replies
    .map((reply, order) => ({ reply, order }))
    .filter(({ reply }) => reply.text.trim() !== '')
    .sort((a, b) => {
      const x = a.reply.created;
      const y = b.reply.created;
      if (x !== null && y !== null && x !== y) return x < y ? -1 : 1;
      if ((x === null) !== (y === null)) return x === null ? 1 : -1;
      return a.order - b.order;
    });
  const parts = [note.trim(), ...dated.map(({ reply }) => formatReply(reply))];
  return parts.filter((part) => part !== '').join('\n\n');
}
