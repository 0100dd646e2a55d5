import { FREE_MAIL_DOMAINS, isFreeMailDomain } from './free-mail-domains.constants';

describe('isFreeMailDomain', () => {
  it.each([
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'qq.com',
    '163.com',
    'foxmail.com',
    '139.com',
    'mail.ru',
    'proton.me',
  ])('knows %s', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each(['yahoo.co.uk', 'yahoo.co.jp', 'yahoo.com.cn', 'yahoo.fr', 'yahoo.de', 'hotmail.co.uk', 'outlook.de', 'live.co.uk'])(
    'knows the country variant %s',
    (domain) => {
      expect(isFreeMailDomain(domain)).toBe(true);
    },
  );

  it.each(['vip.163.com', 'vip.qq.com', 'vip.sina.com', 'vip.126.com'])('knows the provider subdomain %s', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it('does not take company domains for free mail', () => {
    expect(isFreeMailDomain('acme.de')).toBe(false);
    expect(isFreeMailDomain('yahoo-tools.com')).toBe(false);
    expect(isFreeMailDomain('mail.acme.de')).toBe(false);
    expect(isFreeMailDomain('qq.com.acme.de')).toBe(false);
    expect(isFreeMailDomain('my163.com')).toBe(false);
  });

  it('keeps every listed domain lower case, so lookups of normalised domains find it', () => {
    expect(FREE_MAIL_DOMAINS.filter((domain) => domain !== domain.toLowerCase())).toEqual([]);
  });
});
