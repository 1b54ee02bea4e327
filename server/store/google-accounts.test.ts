import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GoogleAccountTakenError, googleAccountsOf, linkGoogleAccount, unlinkGoogleAccount, userForGoogleAccount } from './google-accounts.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from './test-engines.ts';
import { createUser, setUserActive } from './users.ts';

const AT = '2026-11-25T04:00:00.000Z';

describe.each(ENGINES)('Google account links on %s', (engine) => {
  let t: TestDatabase;
  let li: string;
  let ana: string;
  beforeEach(async () => {
    t = await openTestDatabase(engine);
    li = (await createUser(t.db, { name: 'Li Wei', email: 'li.wei@lumen-home.example', role: 'rep' }, null, AT)).id;
    ana = (await createUser(t.db, { name: 'Ana Costa', email: 'ana@lumen-home.example', role: 'rep' }, null, AT)).id;
  });
  afterEach(() => t.dispose());

  it('knows nobody until a link is made', async () => {
    expect(await userForGoogleAccount(t.db, { sub: '1001', email: 'li.wei@lumen-home.example' })).toBeUndefined();
  });

  it('links by e-mail first and learns the account id on its first verified request', async () => {
    await linkGoogleAccount(t.db, { userId: li, email: 'Li.Wei@Lumen-Home.example' }, null, AT);
    expect((await userForGoogleAccount(t.db, { sub: '1001', email: 'li.wei@lumen-home.example' }))?.id).toBe(li);
    expect((await googleAccountsOf(t.db, li))[0]).toMatchObject({ googleEmail: 'li.wei@lumen-home.example', googleSub: '1001' });
    // From then on the id decides: another account that later shows the same address is not Li.
    expect(await userForGoogleAccount(t.db, { sub: '2002', email: 'li.wei@lumen-home.example' })).toBeUndefined();
    // And the e-mail may change at Google without losing the link.
    expect((await userForGoogleAccount(t.db, { sub: '1001', email: 'wei.li@lumen-home.example' }))?.id).toBe(li);
  });

  it('refuses to hand one Google account to a second user, and keeps the first link', async () => {
    await linkGoogleAccount(t.db, { userId: li, email: 'shared@lumen-home.example', sub: '1001' }, null, AT);
    await expect(linkGoogleAccount(t.db, { userId: ana, email: 'shared@lumen-home.example' }, null, AT)).rejects.toThrow(GoogleAccountTakenError);
    await expect(linkGoogleAccount(t.db, { userId: ana, email: 'other@gmail.example', sub: '1001' }, null, AT)).rejects.toThrow(/linked to another user/);
    expect((await userForGoogleAccount(t.db, { sub: '1001', email: 'shared@lumen-home.example' }))?.id).toBe(li);
  });

  it('linking again is a no-op, and every link is audited', async () => {
    const first = await linkGoogleAccount(t.db, { userId: li, email: 'li@gmail.example', sub: '1001' }, ana, AT);
    const again = await linkGoogleAccount(t.db, { userId: li, email: 'li@gmail.example', sub: '1001' }, ana, AT);
    expect(again.id).toBe(first.id);
    const audit = await t.db.selectFrom('audit_log').select(['entity', 'action', 'user_id']).where('entity', '=', 'google_account').execute();
    expect(audit).toEqual([{ entity: 'google_account', action: 'create', user_id: ana }]);
  });

  it('stops answering for a deactivated user or an unlinked account', async () => {
    await linkGoogleAccount(t.db, { userId: li, email: 'li@gmail.example', sub: '1001' }, null, AT);
    await setUserActive(t.db, li, false, null, AT);
    expect(await userForGoogleAccount(t.db, { sub: '1001', email: 'li@gmail.example' })).toBeUndefined();
    await setUserActive(t.db, li, true, null, AT);
    expect(await unlinkGoogleAccount(t.db, 'LI@gmail.example', null, AT)).toBe(true);
    expect(await userForGoogleAccount(t.db, { sub: '1001', email: 'li@gmail.example' })).toBeUndefined();
    expect(await unlinkGoogleAccount(t.db, 'li@gmail.example', null, AT)).toBe(false);
  });
});
