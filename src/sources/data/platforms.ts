/**
 * Hosts that carry what their users publish: video and social platforms, blog hosts, messaging,
 * archives, link shorteners. A domain here is a host, not an outlet: lists such as "appeared in an
 * EUvsDisinfo case" say something about a page on it, never about the platform, so the build
 * drops list memberships and case counts for them and the summary never counts them as
 * state-affiliated or low-rated. (Sift's own classification; shown with provenance "sift".)
 */
export const PLATFORM_HOSTS: readonly string[] = [
  'youtube.com', 'youtu.be', 'rutube.ru', 'vimeo.com', 'dailymotion.com', 'rumble.com', 'bitchute.com', 'odysee.com',
  'twitch.tv', 'tiktok.com',
  't.me', 'telegram.me', 'telegram.org', 'telegra.ph', 'teletype.in',
  'twitter.com', 'x.com', 't.co', 'facebook.com', 'fb.com', 'fb.watch', 'instagram.com', 'threads.net',
  'vk.com', 'vk.ru', 'ok.ru', 'my.mail.ru', 'linkedin.com', 'reddit.com', 'pinterest.com', 'tumblr.com',
  'gab.com', 'gettr.com', 'truthsocial.com', 'parler.com', 'mastodon.social', 'bsky.app',
  'livejournal.com', 'blogspot.com', 'blogger.com', 'wordpress.com', 'medium.com', 'substack.com', 'dzen.ru',
  'zen.yandex.ru', 'liveinternet.ru', 'over-blog.com', 'wix.com', 'weebly.com', 'tilda.ws', 'github.io',
  'archive.org', 'web.archive.org', 'archive.ph', 'archive.is', 'archive.today',
  'bit.ly', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'lnkd.in',
  'google.com', 'docs.google.com', 'drive.google.com', 'news.google.com', 'yandex.ru', 'scribd.com', 'soundcloud.com',
  'flickr.com', 'imgur.com', 'change.org', 'patreon.com', 'whatsapp.com', 'viber.com', 'discord.com', 'wikipedia.org',
];
