/**
 * Mailbox providers anyone can sign up to. Two companies sharing one of these domains says nothing
 * about them being the same company, so these never count as a corporate domain. Extend freely.
 */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  // Global
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'tutanota.com',
  'fastmail.com',
  'hushmail.com',
  'zoho.com',
  'mail.com',
  'gmx.com',
  'inbox.com',
  // Europe
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'gmx.fr',
  'web.de',
  't-online.de',
  'freenet.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  // Russia and CIS
  'mail.ru',
  'bk.ru',
  'list.ru',
  'inbox.ru',
  'yandex.ru',
  'yandex.com',
  'ya.ru',
  'rambler.ru',
  'ukr.net',
  // China
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  '139.com',
  '188.com',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  'tom.com',
  '21cn.com',
  // Rest of Asia
  'naver.com',
  'daum.net',
  'hanmail.net',
  'rediffmail.com',
  // Americas and Oceania
  'bol.com.br',
  'uol.com.br',
  'terra.com.br',
  'ig.com.br',
  'sbcglobal.net',
  'comcast.net',
  'att.net',
  'verizon.net',
  'shaw.ca',
  'rogers.com',
  'bigpond.com',
  'optusnet.com.au',
];

/**
 * Providers that run the same free mailbox under many country domains (yahoo.co.uk, hotmail.fr,
 * outlook.de, live.co.uk …); listing every variant would never be complete.
 */
export const FREE_MAIL_PROVIDERS_ANY_COUNTRY: readonly string[] = ['yahoo', 'ymail', 'hotmail', 'outlook', 'live', 'gmx'];

const freeMailDomains = new Set(FREE_MAIL_DOMAINS);
// <provider>.<country tail>: com, net, de, co.uk, com.cn …
const countryVariant = new RegExp(`^(?:${FREE_MAIL_PROVIDERS_ANY_COUNTRY.join('|')})\\.(?:com|net|[a-z]{2}|com?\\.[a-z]{2})$`);

/**
 * True for a free-mail domain (expects a lower-case domain as `emailDomain` returns it), and for a
 * provider's own subdomains: the paid mailboxes of 163, QQ and Sina are @vip.163.com, @vip.qq.com ….
 */
export function isFreeMailDomain(domain: string): boolean {
  if (freeMailDomains.has(domain) || countryVariant.test(domain)) return true;
  for (let dot = domain.indexOf('.'); dot >= 0 && domain.indexOf('.', dot + 1) >= 0; dot = domain.indexOf('.', dot + 1)) {
    if (freeMailDomains.has(domain.slice(dot + 1))) return true;
  }
  return false;
}
