/**
 * Who is calling, for hosts that serve several people (the office server, electron/server/): the server runs each
 * call inside `actAs(person, …)`, and the review store signs annotations, replies, resolutions and history entries
 * with that person instead of the library's one identity (prefs 'identity', the desktop's single user). Node's
 * AsyncLocalStorage carries it through the handler's awaits, so concurrent calls of different users never mix.
 * Outside actAs (the desktop app, browser mode, the CLI) nothing changes.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Person } from '../../shared/review/model.js';

const store = new AsyncLocalStorage<Person>();

export function actAs<T>(person: Person, fn: () => T): T {
  return store.run(person, fn);
}

/** The person of the call running now, or undefined outside actAs. */
export function currentActor(): Person | undefined {
  return store.getStore();
}
