import { describe, expect, it } from 'vitest';
import { inquirySender, prefillFromSender, senderCandidates } from './index.ts';

const OWN = ['lumen-home.example'];
const sender = (from: string) => inquirySender(senderCandidates({ from, attachmentNames: [] }, OWN));

describe('inquirySender and prefillFromSender', () => {
  it('names the company from its registrable domain for a company address', () => {
    const s = sender('Ana Souza <ana@compras.casa-nova.com.br>');
    expect(s).toEqual({ name: 'Ana Souza', address: 'ana@compras.casa-nova.com.br', domain: 'compras.casa-nova.com.br', registrableDomain: 'casa-nova.com.br', freeMail: false, marketplace: null });
    expect(prefillFromSender(s)).toEqual({ name: 'Casa Nova', domains: ['casa-nova.com.br'] });
  });
  it('takes no domain from free-mail: the person’s name is all there is', () => {
    const s = sender('Li Ming <liming88@163.com>');
    expect(s).toMatchObject({ registrableDomain: null, freeMail: true });
    expect(prefillFromSender(s)).toEqual({ name: 'Li Ming' });
  });
  it('takes no domain from a marketplace relay, and says which marketplace', () => {
    const s = sender('Alibaba.com <notice@service.alibaba.com>');
    expect(s).toMatchObject({ registrableDomain: null, marketplace: expect.stringContaining('Alibaba') });
    expect(prefillFromSender({ ...s, name: '' })).toEqual({});
  });
});
