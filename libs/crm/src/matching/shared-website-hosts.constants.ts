import { isFreeMailDomain } from './free-mail-domains.constants';

/**
 * Hosts where many unrelated companies keep a page (social networks, marketplaces, link
 * shorteners). Small exporters' "website" is often a Facebook page or an Alibaba shop; once the
 * path is dropped, such a website says nothing about who the company is.
 */
export const SHARED_WEBSITE_HOSTS: readonly string[] = [
  'facebook.com',
  'fb.com',
  'm.facebook.com',
  'web.facebook.com',
  'business.facebook.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'tiktok.com',
  'wa.me',
  'whatsapp.com',
  'api.whatsapp.com',
  'wechat.com',
  'weixin.qq.com',
  'vk.com',
  'alibaba.com',
  'aliexpress.com',
  '1688.com',
  'made-in-china.com',
  'globalsources.com',
  'indiamart.com',
  'tradeindia.com',
  'amazon.com',
  'ebay.com',
  'etsy.com',
  'google.com',
  'sites.google.com',
  'bit.ly',
  'linktr.ee',
];

const sharedHosts = new Set(SHARED_WEBSITE_HOSTS);

/** True when a website domain cannot identify a company (shared platform or free-mail domain). */
export function isSharedWebsiteHost(domain: string): boolean {
  return sharedHosts.has(domain) || isFreeMailDomain(domain);
}
