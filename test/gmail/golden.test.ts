/**
 * Golden files: each card view as the server answers it, ids replaced by `<id>`, kept in
 * `golden/`. A change to a card's shape shows up as a diff to read, as a user would read the card.
 * Regenerate with `npx vitest run test/gmail/golden.test.ts -u` and review the diff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../gmail-addon/scopes.ts';
import { addonFixture, type AddonFixture } from './addon-fixture.ts';
import { seedBook } from './seed.ts';

const normalise = (body: unknown) =>
  `${JSON.stringify(body, null, 2).replace(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>').replace(/\/pair\/[\w-]+/g, '/pair/<pairing>')}\n`;

describe('card golden files', () => {
  let f: AddonFixture;
  beforeAll(async () => {
    f = await addonFixture('sqlite');
    await seedBook(f);
  });
  afterAll(() => f.dispose());

  it.each([
    ['customer', 'message', { messageId: 'msg-known' }, 'repA'],
    ['owned-elsewhere', 'message', { messageId: 'msg-south' }, 'repA'],
    ['inquiry', 'message', { messageId: 'msg-inquiry' }, 'repA'],
    ['inquiry-zh', 'message', { messageId: 'msg-gbk', locale: 'zh-CN' }, 'repA'],
    ['internal', 'message', { messageId: 'msg-internal' }, 'repA'],
    ['today', 'home', {}, 'repA'],
    ['not-linked', 'home', {}, 'unlinked'],
    ['scope-request', 'message', { messageId: 'msg-known', scopes: [SCOPES.execute] }, 'repA'],
  ] as const)('%s', async (name, endpoint, options, who) => {
    const res = await f.post(endpoint, await f.event(who, options));
    expect(res.status).toBe(200);
    await expect(normalise(res.body)).toMatchFileSnapshot(`golden/${name}.json`);
  });
});
