/** ISO 639-3 → ISO 639-1 for the languages franc-min knows that have a two-letter code. */
export const ISO3_TO_1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', mkd: 'mk', pol: 'pl', ces: 'cs',
  slk: 'sk', slv: 'sl', hrv: 'hr', bos: 'bs', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it',
  nld: 'nl', ron: 'ro', hun: 'hu', fin: 'fi', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', est: 'et',
  lav: 'lv', lit: 'lt', tur: 'tr', azj: 'az', kaz: 'kk', uzn: 'uz', ell: 'el', arb: 'ar', pes: 'fa',
  heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th',
  ind: 'id', zlm: 'ms', tgl: 'tl', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', som: 'so',
  kat: 'ka', hye: 'hy', cat: 'ca', glg: 'gl', eus: 'eu',
};
