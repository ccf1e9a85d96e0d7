import { describe, expect, it } from 'vitest';
import { DeckLink, isSyncMessage, storageTransport, type SyncMessage, type SyncState, type Transport } from './sync';

/** An in-memory channel: every window but the sender hears each message (as BroadcastChannel does). */
function bus() {
  const listeners = new Set<{ owner: object; fn: (m: SyncMessage) => void }>();
  const sent: SyncMessage[] = [];
  const transport = (): Transport => {
    const owner = {};
    return {
      send: (m) => {
        sent.push(m);
        for (const l of [...listeners]) if (l.owner !== owner) l.fn(m);
      },
      listen(fn) {
        const l = { owner, fn };
        listeners.add(l);
        return () => listeners.delete(l);
      },
      close() {},
    };
  };
  return { transport, sent };
}

function window_(b: ReturnType<typeof bus>, role: 'deck' | 'speaker', initial: SyncState) {
  const w = { state: initial, link: null as unknown as DeckLink };
  w.link = new DeckLink(b.transport(), { role, current: () => w.state, apply: (s) => (w.state = s) });
  // A local move: the window changes its own state and publishes it.
  const move = (s: SyncState) => {
    w.state = s;
    w.link.publish(s);
  };
  return { w, move };
}

const at = (key: string, blackout = false) => ({ key, blackout });

describe('DeckLink', () => {
  it('a speaker view that opens adopts the deck\'s slide', () => {
    const b = bus();
    const deck = window_(b, 'deck', at('why'));
    deck.w.link.start();
    const speaker = window_(b, 'speaker', at('the-bet'));
    speaker.w.link.start();
    expect(speaker.w.state).toEqual(at('why'));
  });

  it('syncs both ways, blackout included, without echoing', () => {
    const b = bus();
    const deck = window_(b, 'deck', at('a'));
    const speaker = window_(b, 'speaker', at('a'));
    deck.w.link.start();
    speaker.w.link.start();
    const before = b.sent.length;
    deck.move(at('b'));
    expect(speaker.w.state).toEqual(at('b'));
    // The speaker re-renders with what it heard and publishes it: nothing goes back.
    speaker.w.link.publish(at('b'));
    speaker.move(at('c', true));
    expect(deck.w.state).toEqual(at('c', true));
    deck.w.link.publish(at('c', true));
    expect(b.sent.length - before).toBe(2);
  });

  it('a deck that reloads announces its slide and the speaker follows it', () => {
    const b = bus();
    const speaker = window_(b, 'speaker', at('x'));
    speaker.w.link.start();
    const deck = window_(b, 'deck', at('y'));
    deck.w.link.start();
    expect(speaker.w.state).toEqual(at('y'));
    deck.w.link.stop();
    const again = window_(b, 'deck', at('z'));
    again.w.link.start();
    expect(speaker.w.state).toEqual(at('z'));
    speaker.move(at('w'));
    expect(again.w.state).toEqual(at('w'));
    expect(deck.w.state).toEqual(at('y'));
  });

  it('ignores its own messages', () => {
    const b = bus();
    const t = b.transport();
    let applied = 0;
    const link = new DeckLink(t, { role: 'speaker', id: 'me', current: () => at('a'), apply: () => applied++ });
    link.start();
    (link as unknown as { receive(m: SyncMessage): void }).receive({ type: 'state', from: 'me', key: 'b', blackout: false });
    expect(applied).toBe(0);
  });
});

describe('storage fallback', () => {
  it('writes each message so that a second identical one still changes the value, and reads only valid ones', () => {
    const values: string[] = [];
    const storage = { setItem: (_k: string, v: string) => values.push(v) } as unknown as Storage;
    const handlers: ((e: StorageEvent) => void)[] = [];
    const events = { addEventListener: (_: string, h: (e: StorageEvent) => void) => handlers.push(h), removeEventListener: () => {} } as unknown as Window;
    const t = storageTransport('k', storage, events);
    t.send({ type: 'hello', from: 'a' });
    t.send({ type: 'hello', from: 'a' });
    expect(values[0]).not.toBe(values[1]);
    const got: SyncMessage[] = [];
    t.listen((m) => got.push(m));
    const fire = (key: string, newValue: string | null) => handlers.forEach((h) => h({ key, newValue } as StorageEvent));
    fire('k', values[0]);
    fire('other', values[0]);
    fire('k', '{not json');
    fire('k', JSON.stringify({ type: 'state', from: 'x', key: 3 }));
    fire('k', null);
    expect(got).toEqual([expect.objectContaining({ type: 'hello', from: 'a' })]);
  });

  it('validates messages', () => {
    expect(isSyncMessage({ type: 'state', from: 'a', key: 'k', blackout: false })).toBe(true);
    expect(isSyncMessage({ type: 'state', from: 'a', key: 'k' })).toBe(false);
    expect(isSyncMessage({ type: 'hello' })).toBe(false);
    expect(isSyncMessage(null)).toBe(false);
  });
});

describe('one channel an edition', () => {
  it('keeps the English name and gives Chinese its own', async () => {
    const { channelName, CHANNEL } = await import('./sync');
    expect(channelName('en')).toBe(CHANNEL);
    expect(channelName('zh')).not.toBe(channelName('en'));
  });
});
