/**
 * Site-fingerprint indicators and their tiers, after the Disinformation Laundromat (ASD at GMF):
 *
 * - conclusive: IDs only one operator holds — analytics, tag-manager and ad accounts,
 *   site-verification tokens, social app/page IDs in meta tags, crypto wallets;
 * - associative: choices an operator makes once and copies — the exact CMS generator string,
 *   theme, plugin set, uncommon asset hosts, feed generator, a near-identical page template;
 * - circumstantial: what many unrelated sites share — CMS family, URL pattern, naming pattern,
 *   publishing cadence.
 *
 * Every shared indicator is evidence with its tier; none is a verdict alone.
 */

export type Tier = 'conclusive' | 'associative' | 'circumstantial';

export const TIER_ORDER: Record<Tier, number> = { conclusive: 0, associative: 1, circumstantial: 2 };

export interface IndicatorKind {
  tier: Tier;
  /** What a shared value means, for people. */
  label: string;
}

export const INDICATOR_KINDS = {
  'google-analytics': { tier: 'conclusive', label: 'Google Analytics (UA) account ID' },
  'google-tag': { tier: 'conclusive', label: 'Google tag / GA4 measurement ID' },
  'google-tag-manager': { tier: 'conclusive', label: 'Google Tag Manager container ID' },
  'google-ads': { tier: 'conclusive', label: 'Google Ads conversion ID' },
  adsense: { tier: 'conclusive', label: 'Google AdSense publisher ID' },
  'yandex-metrica': { tier: 'conclusive', label: 'Yandex Metrica counter ID' },
  'facebook-pixel': { tier: 'conclusive', label: 'Facebook pixel ID' },
  hotjar: { tier: 'conclusive', label: 'Hotjar site ID' },
  'site-verification': { tier: 'conclusive', label: 'site-verification token' },
  'social-meta': { tier: 'conclusive', label: 'social account or app ID in meta tags' },
  'crypto-wallet': { tier: 'conclusive', label: 'crypto wallet address' },
  generator: { tier: 'associative', label: 'CMS generator (exact name and version)' },
  theme: { tier: 'associative', label: 'CMS theme' },
  'plugin-set': { tier: 'associative', label: 'identical set of CMS plugins' },
  'asset-host': { tier: 'associative', label: 'uncommon host serving scripts, styles or images' },
  'feed-generator': { tier: 'associative', label: 'feed generator' },
  template: { tier: 'associative', label: 'near-identical page template (tag structure)' },
  cms: { tier: 'circumstantial', label: 'CMS family' },
  'url-pattern': { tier: 'circumstantial', label: 'article URL pattern' },
  'naming-pattern': { tier: 'circumstantial', label: 'domain naming pattern' },
  cadence: { tier: 'circumstantial', label: 'publishing cadence (hours of the day)' },
} as const satisfies Record<string, IndicatorKind>;

export type IndicatorKindName = keyof typeof INDICATOR_KINDS;

/** Meta tags whose content is a verification token (name or property, lower case). */
export const VERIFICATION_META = new Set([
  'google-site-verification',
  'yandex-verification',
  'msvalidate.01',
  'facebook-domain-verification',
  'p:domain_verify',
  'pocket-site-verification',
  'baidu-site-verification',
  'norton-safeweb-site-verification',
  'alexaverifyid',
  'wot-verification',
  'ahrefs-site-verification',
]);

/** Meta tags naming a social account, page or app. */
export const SOCIAL_META = new Set(['fb:app_id', 'fb:pages', 'fb:admins', 'twitter:site', 'twitter:creator', 'twitter:site:id', 'telegram:channel']);

/**
 * Hosts so many unrelated sites load assets from that sharing them says nothing (public CDNs,
 * font services, the analytics and ad platforms whose account IDs are the real evidence).
 */
export const UBIQUITOUS_HOSTS = new Set([
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'ajax.googleapis.com',
  'www.googletagmanager.com',
  'googletagmanager.com',
  'www.google-analytics.com',
  'google-analytics.com',
  'ssl.google-analytics.com',
  'pagead2.googlesyndication.com',
  'securepubads.g.doubleclick.net',
  'www.gstatic.com',
  'www.google.com',
  'cdnjs.cloudflare.com',
  'static.cloudflareinsights.com',
  'cdn.jsdelivr.net',
  'unpkg.com',
  'code.jquery.com',
  'maxcdn.bootstrapcdn.com',
  'stackpath.bootstrapcdn.com',
  'use.fontawesome.com',
  'kit.fontawesome.com',
  'connect.facebook.net',
  'platform.twitter.com',
  'www.youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'secure.gravatar.com',
  'gravatar.com',
  's.w.org',
  'stats.wp.com',
  'i0.wp.com',
  'i1.wp.com',
  'i2.wp.com',
  'c0.wp.com',
  'mc.yandex.ru',
  'yastatic.net',
  'static.hotjar.com',
  'script.hotjar.com',
]);

/** Known CMS families, by the first word of a generator string (lower case). */
export const CMS_FAMILIES: Record<string, string> = {
  wordpress: 'WordPress',
  joomla: 'Joomla',
  'joomla!': 'Joomla',
  drupal: 'Drupal',
  ghost: 'Ghost',
  hugo: 'Hugo',
  jekyll: 'Jekyll',
  wix: 'Wix',
  'wix.com': 'Wix',
  squarespace: 'Squarespace',
  'bitrix': 'Bitrix',
  '1c-bitrix': 'Bitrix',
  typo3: 'TYPO3',
  blogger: 'Blogger',
  'datalife': 'DataLife Engine',
  dle: 'DataLife Engine',
  medium: 'Medium',
  gatsby: 'Gatsby',
  'next.js': 'Next.js',
  nuxt: 'Nuxt',
};
