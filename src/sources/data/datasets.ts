/**
 * The open datasets the knowledge base is compiled from (`scripts/build-sources.ts`), with where
 * they come from. Every fact in the knowledge base names one of these ids as its dataset; facts a
 * user adds name `user`.
 */
export const DATASET_IDS = [
  'state-media-profiles',
  'domain-quality-ratings',
  'source-reliability-idiap',
  'wikipedia-perennial-sources',
  'laundromat-sites',
  'euvsdisinfo-kalkun',
  'euvsdisinfo-cknabs',
] as const;

export type DatasetId = (typeof DATASET_IDS)[number];
/** Where a fact comes from: a dataset, the user's own entries, or Sift's own identity data (names, aliases). */
export type Provenance = DatasetId | 'user' | 'sift';

export interface DatasetInfo {
  title: string;
  /** What the dataset says about a source, in one line. */
  gives: string;
  repo: string;
  commit: string;
  licence: string;
}

export const DATASETS: Readonly<Record<DatasetId, DatasetInfo>> = {
  'state-media-profiles': {
    title: 'State Media Profiles (Alliance for Securing Democracy / GMF; seed data from the State Media Monitor)',
    gives: 'state affiliation: country, parent company and State Media Monitor typology per outlet and domain',
    repo: 'https://github.com/ASD-at-GMF/state-media-profiles',
    commit: 'd878fee1e0aecce9bd63a65ae826df84c6d80e59',
    licence: 'MIT',
  },
  'domain-quality-ratings': {
    title: 'Domain quality ratings (Lin et al. 2023, PNAS Nexus)',
    gives: 'aggregate news-domain quality pc1, 0 (lowest) to 1 (highest), from an ensemble of rating sets',
    repo: 'https://github.com/hauselin/domain-quality-ratings',
    commit: '5671d57e545e48225ef2cbf559a6ab7f8f77a9de',
    licence: 'none stated (reuse invited by the authors; cite Lin et al. 2023)',
  },
  'source-reliability-idiap': {
    title: 'News media reliability ground truth (Burdisso et al., NAACL 2024)',
    gives: 'reliable / mixed / unreliable label per domain (from MBFC, NewsGuard, Wikipedia RSP or manual), and MBFC factual reporting and credibility',
    repo: 'https://github.com/idiap/News-Media-Reliability',
    commit: 'c3f50254a9fc07402ac529a1c50ff6abf7aeba10',
    licence: 'Apache-2.0 (labels derived from third-party ratings)',
  },
  'wikipedia-perennial-sources': {
    title: 'Wikipedia "Reliable sources/Perennial sources" list, parsed',
    gives: 'Wikipedia editors\u2019 consensus status: generally reliable, no consensus, generally unreliable, deprecated',
    repo: 'https://github.com/audiodude/wiki-reliable-sources-parser',
    commit: 'ae050a6c0741d508488ee80172834a9a9b50590e',
    licence: 'none stated; parsed from English Wikipedia (CC BY-SA); only statuses, shortcuts and years are kept',
  },
  'laundromat-sites': {
    title: 'Disinformation Laundromat site lists (Alliance for Securing Democracy / GMF)',
    gives: 'the list a domain appears on (EUvsDisinfo cases, Portal Kombat, pink slime, fake news, RT mirrors, all news sites)',
    repo: 'https://github.com/ASD-at-GMF/disinfo-laundromat',
    commit: '6c82e3f18b88a316efee15af6afff487c17fee18',
    licence: 'MIT',
  },
  'euvsdisinfo-kalkun': {
    title: 'EUvsDisinfo case database scrape, 2015\u20132017',
    gives: 'outlets named in EUvsDisinfo disinformation cases, with case counts and dates',
    repo: 'https://github.com/kalkun/euvsdisinfo-scraper',
    commit: '8f78469c1978e31209ef86b4777ae5959bce4f96',
    licence: 'none stated; content from euvsdisinfo.eu (EEAS East StratCom Task Force)',
  },
  'euvsdisinfo-cknabs': {
    title: 'EUvsDisinfo case list scrape, 2015\u20132021',
    gives: 'outlets named in EUvsDisinfo disinformation cases, with case counts and dates',
    repo: 'https://github.com/cknabs/EUvsDisinfo',
    commit: 'c4acb109041bdca2ecff7036b4865cf16eef52cf',
    licence: 'none stated; content from euvsdisinfo.eu (EEAS East StratCom Task Force)',
  },
};

/** True for a known dataset id. */
export function isDatasetId(s: string): s is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(s);
}
