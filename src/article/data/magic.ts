/** File signatures ("magic numbers") of common binary formats, checked at the start of an input. */

export interface MagicSignature {
  /** What the input looks like, shown to the user ("a PDF document"). */
  what: string;
  /** Byte offset of the signature. */
  offset: number;
  bytes: readonly number[];
  /**
   * Printable signatures that could also begin a real text ("ID3 tags…"): they only
   * name an input already found binary by its NUL or control bytes.
   */
  weak?: true;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const MAGIC_SIGNATURES: readonly MagicSignature[] = [
  { what: 'a PDF document', offset: 0, bytes: ascii('%PDF-') },
  { what: 'a ZIP archive (or DOCX/XLSX/EPUB/ODT)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an empty ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: 'a PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', offset: 0, bytes: ascii('GIF87a') },
  { what: 'a GIF image', offset: 0, bytes: ascii('GIF89a') },
  { what: 'a WebP image', offset: 8, bytes: ascii('WEBP'), weak: true },
  { what: 'an ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a Mach-O executable', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: 'a Mach-O executable', offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { what: 'a Java class file or Mach-O universal binary', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { what: 'a WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { what: 'a gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { what: 'a bzip2 archive', offset: 4, bytes: ascii('1AY&SY'), weak: true },
  { what: 'an xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'a Zstandard archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'a 7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a RAR archive', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  { what: 'a tar archive', offset: 257, bytes: ascii('ustar'), weak: true },
  { what: 'an SQLite database', offset: 0, bytes: ascii('SQLite format 3\x00') },
  { what: 'an OLE2 document (old Word/Excel)', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'an Ogg media file', offset: 0, bytes: ascii('OggS'), weak: true },
  { what: 'an MP3 audio file', offset: 0, bytes: ascii('ID3'), weak: true },
  { what: 'an MP4/QuickTime media file', offset: 4, bytes: ascii('ftyp'), weak: true },
  { what: 'a RIFF media file (WAV/AVI)', offset: 0, bytes: ascii('RIFF'), weak: true },
  { what: 'a WOFF font', offset: 0, bytes: ascii('wOFF'), weak: true },
  { what: 'a WOFF2 font', offset: 0, bytes: ascii('wOF2'), weak: true },
];

/** Share of control characters (other than tab, newlines, form feed, escape) above which an input counts as binary. */
export const MAX_CONTROL_SHARE = 0.1;

/** How many leading bytes the binary and format sniffers look at (the article readers' and ingest's). */
export const SNIFF_BYTES = 64 * 1024;
