/**
 * Review preferences: the reviewer identity (settings key 'identity'; 未署名 until set), which signs every
 * annotation, reply, resolution and history entry — unless the call runs as an account of the office server
 * (../actor.ts), which signs with that account instead.
 */
import { AppError } from '../../../shared/errors.js';
import { NOBODY, type Person } from '../../../shared/review/model.js';
import { currentActor } from '../actor.js';
import type { PlanStore } from '../../store/types.js';

const IDENTITY_KEY = 'identity';

export class ReviewPrefs {
  constructor(private readonly plans: PlanStore) {}

  /** The person of the call (the office server's logged-in user, ../actor.ts), else the library's identity. */
  async identity(): Promise<Person> {
    const actor = currentActor();
    if (actor) return actor;
    return (await this.plans.getSetting<Person>(IDENTITY_KEY)) ?? NOBODY;
  }

  async setIdentity(p: Person): Promise<Person> {
    const clean = { name: p.name.trim(), department: p.department.trim() };
    if (!clean.name) throw new AppError('invalid-input', '审阅人姓名不能为空', { issues: [{ path: ['identity', 'name'], code: 'custom', message: 'empty' }], en: 'The reviewer name must not be empty.' });
    await this.plans.setSetting(IDENTITY_KEY, clean);
    return clean;
  }
}
