import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { z } from 'zod';

const CHANNEL_NAME = 'antt-present';

// Another window's message is input like an API response: checked before use.
const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('slide'), deck: z.string(), slide: z.number().int().min(1) }),
  z.object({ type: z.literal('hello'), deck: z.string() }),
]);

/**
 * Keeps the deck and its speaker-notes window on the same slide through a BroadcastChannel.
 * `deck` names the deck (area and period) so two decks open in one browser do not steer each
 * other. Only a window's own moves are posted, never a move it received: two windows echoing
 * each other's messages could otherwise bounce between slides forever. The notes window says
 * hello when it opens and the deck answers with its slide.
 */
export function useDeckChannel({
  deck,
  role,
  slide,
  onSlide,
}: {
  deck: string;
  role: 'deck' | 'notes';
  slide: number;
  onSlide: (slide: number) => void;
}) {
  const channel = useRef<BroadcastChannel | null>(null);

  const receive = useEffectEvent((data: unknown) => {
    const parsed = messageSchema.safeParse(data);
    if (!parsed.success || parsed.data.deck !== deck) return;
    const msg = parsed.data;
    if (msg.type === 'slide') {
      if (msg.slide !== slide) onSlide(msg.slide);
    } else if (role === 'deck') {
      channel.current?.postMessage({ type: 'slide', deck, slide });
    }
  });
  const greet = useEffectEvent((ch: BroadcastChannel) => {
    if (role === 'notes') ch.postMessage({ type: 'hello', deck });
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL_NAME);
    ch.onmessage = (e: MessageEvent) => receive(e.data);
    channel.current = ch;
    greet(ch);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  return useCallback(
    (next: number) => channel.current?.postMessage({ type: 'slide', deck, slide: next }),
    [deck],
  );
}
