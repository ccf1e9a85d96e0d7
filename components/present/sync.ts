/**
 * Keeps the audience deck and the speaker view on the same slide, both ways (the model is Slidev's
 * syncState): a small typed message over a BroadcastChannel, or, where there is none, over
 * localStorage and its 'storage' event, which fires in every other window of the origin.
 *
 * Who wins when a window (re)connects: the audience deck announces the slide it opened at (its URL
 * is what the room sees); the speaker view asks ("hello") and adopts the answer. After that, a move
 * in either window is sent to the other.
 */
import type { Locale } from '@/lib/i18n/locale';

export interface SyncState {
  /** The slide's key (see slide-url.ts): stable across builds, unlike an index. */
  key: string;
  blackout: boolean;
}

export type SyncMessage =
  | ({ type: 'state'; from: string } & SyncState)
  | { type: 'hello'; from: string };

export interface Transport {
  send(message: SyncMessage): void;
  listen(handler: (message: SyncMessage) => void): () => void;
  close(): void;
}

export const CHANNEL = 'last-big-bet-deck';

/**
 * Each edition has its own channel. Both editions name their slides with the same step ids, so on
 * one channel a Chinese speaker view would turn an English deck open in another tab (and the other
 * way round): the audience would get the other language's slide, and two people rehearsing the two
 * editions in one browser would steer each other. English keeps the name it always had.
 */
export function channelName(locale: Locale): string {
  return locale === 'en' ? CHANNEL : `${CHANNEL}-${locale}`;
}

export function isSyncMessage(x: unknown): x is SyncMessage {
  if (!x || typeof x !== 'object') return false;
  const m = x as Record<string, unknown>;
  if (typeof m.from !== 'string') return false;
  if (m.type === 'hello') return true;
  return m.type === 'state' && typeof m.key === 'string' && typeof m.blackout === 'boolean';
}

export function broadcastTransport(name = CHANNEL): Transport {
  const channel = new BroadcastChannel(name);
  return {
    send: (m) => channel.postMessage(m),
    listen(handler) {
      const on = (e: MessageEvent) => isSyncMessage(e.data) && handler(e.data);
      channel.addEventListener('message', on);
      return () => channel.removeEventListener('message', on);
    },
    close: () => channel.close(),
  };
}

/** The fallback: each message is written to one key; other windows read it from the 'storage' event. */
export function storageTransport(key = CHANNEL, storage: Storage = localStorage, events: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): Transport {
  let serial = 0;
  return {
    send(m) {
      // A serial number makes every write a change, so the same message twice still fires the event.
      try {
        storage.setItem(key, JSON.stringify({ ...m, serial: ++serial, at: Date.now() }));
      } catch {
        // Storage full or blocked (private mode): the windows simply do not sync.
      }
    },
    listen(handler) {
      const on = (e: StorageEvent) => {
        if (e.key !== key || !e.newValue) return;
        try {
          const m: unknown = JSON.parse(e.newValue);
          if (isSyncMessage(m)) handler(m);
        } catch {
          // Someone else's value under our key: ignore it.
        }
      };
      events.addEventListener('storage', on as EventListener);
      return () => events.removeEventListener('storage', on as EventListener);
    },
    close() {},
  };
}

export function openTransport(locale: Locale = 'en'): Transport {
  const name = channelName(locale);
  return typeof BroadcastChannel === 'function' ? broadcastTransport(name) : storageTransport(name);
}

export interface LinkOptions {
  role: 'deck' | 'speaker';
  /** This window's current state, read when another window asks. */
  current: () => SyncState;
  /** Another window moved. */
  apply: (state: SyncState) => void;
  /** A unique id for this window, so it never acts on its own messages. */
  id?: string;
}

/** One window's end of the link. */
export class DeckLink {
  readonly id: string;
  private stopListening: () => void = () => {};
  /** The last state sent or received: publishing it again is a no-op, which also breaks echo loops. */
  private last: SyncState | null = null;

  constructor(private transport: Transport, private options: LinkOptions) {
    this.id = options.id ?? Math.random().toString(36).slice(2);
  }

  start(): void {
    this.stopListening = this.transport.listen((m) => this.receive(m));
    if (this.options.role === 'deck') this.publish(this.options.current(), true);
    else {
      this.last = this.options.current();
      this.transport.send({ type: 'hello', from: this.id });
    }
  }

  /** Send this window's state if it differs from what the link last saw (or always, when forced). */
  publish(state: SyncState, force = false): void {
    if (!force && this.last && same(this.last, state)) return;
    this.last = state;
    this.transport.send({ type: 'state', from: this.id, ...state });
  }

  stop(): void {
    this.stopListening();
    this.transport.close();
  }

  private receive(m: SyncMessage): void {
    if (m.from === this.id) return;
    if (m.type === 'hello') {
      this.publish(this.options.current(), true);
      return;
    }
    const state = { key: m.key, blackout: m.blackout };
    this.last = state;
    this.options.apply(state);
  }
}

export function same(a: SyncState, b: SyncState): boolean {
  return a.key === b.key && a.blackout === b.blackout;
}
