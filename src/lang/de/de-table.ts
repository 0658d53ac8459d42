/**
 * A hand-labelled table of German attribution (own fictional sentences, written for Sift): each
 * row gives the sentence and the expected source, cue and content, or no attribution at all.
 * de.test.ts asserts the rows the rules get right and reports the score (docs/languages.md).
 */
export type Row = [text: string, source: string, cue: string, content: string] | [text: string, none: null];

export const GERMAN_TABLE: Row[] = [
  ['Der Bürgermeister sagte, dass die Brücke am Freitag wieder öffnet.', 'Der Bürgermeister', 'sagte', 'dass die Brücke am Freitag wieder öffnet'],
  ['„Wir sind bereit“, sagte Mira Kalen.', 'Mira Kalen', 'sagte', '„Wir sind bereit“'],
  ['Die Fähre bleibt zwei Tage im Hafen, teilte die Hafenbehörde mit.', 'die Hafenbehörde', 'teilte', 'Die Fähre bleibt zwei Tage im Hafen'],
  ['Laut Reuters scheiterten die Gespräche am Dienstagabend.', 'Reuters', 'Laut', 'scheiterten die Gespräche am Dienstagabend'],
  ['Nach Angaben des Ministeriums wurden drei Dörfer evakuiert.', 'Ministeriums', 'Nach Angaben des', 'wurden drei Dörfer evakuiert'],
  ['Die Sprecherin erklärte, die Lage sei unter Kontrolle.', 'Die Sprecherin', 'erklärte', 'die Lage sei unter Kontrolle'],
  ['„Das ist nicht akzeptabel“, so Ola Brant.', 'Ola Brant', 'so', '„Das ist nicht akzeptabel“'],
  ['Der Gouverneur betonte, dass die Schulen geöffnet bleiben.', 'Der Gouverneur', 'betonte', 'dass die Schulen geöffnet bleiben'],
  ['Die Agentur berichtete, der Konvoi sei umgekehrt.', 'Die Agentur', 'berichtete', 'der Konvoi sei umgekehrt'],
  ['Der Minister warnte, dass die Preise steigen würden.', 'Der Minister', 'warnte', 'dass die Preise steigen würden'],
  ['Tom Adair bestätigte, dass der Brand gelöscht ist.', 'Tom Adair', 'bestätigte', 'dass der Brand gelöscht ist'],
  ['Die Zeitung schrieb, der Vertrag werde im Mai unterzeichnet.', 'Die Zeitung', 'schrieb', 'der Vertrag werde im Mai unterzeichnet'],
  ['Die Verhandlungen gehen weiter, sagte der Diplomat.', 'der Diplomat', 'sagte', 'Die Verhandlungen gehen weiter'],
  ['Der Botschafter behauptete, die Grenze sei offen.', 'Der Botschafter', 'behauptete', 'die Grenze sei offen'],
  ['Gemäß der Polizei gab es keine Verletzten.', 'der Polizei', 'Gemäß', 'gab es keine Verletzten'],
  ['Die Brücke wurde im Jahr 1990 gebaut und ist 300 Meter lang.', null],
  ['Der Zug fuhr so schnell wie nie zuvor.', null],
  ['Am Montag regnete es in der ganzen Region.', null],
  ['Die Stadt teilte das Budget auf drei Bezirke auf.', null],
  ['Die Kommission hat den Bericht am Dienstag veröffentlicht.', null],
];

/**
 * Written after the rules were fitted to GERMAN_TABLE and scored once, unchanged: the honest
 * estimate of how the German rules do on sentences they were not shaped on.
 */
export const GERMAN_HELDOUT: Row[] = [
  ['Ein Sprecher der Stadtwerke sagte, das Wasser sei wieder trinkbar.', 'Ein Sprecher der Stadtwerke', 'sagte', 'das Wasser sei wieder trinkbar'],
  ['„Wir bauen die Schule neu auf“, erklärte die Direktorin Lena Voss.', 'die Direktorin Lena Voss', 'erklärte', '„Wir bauen die Schule neu auf“'],
  ['Laut der Feuerwehr brannten zwei Scheunen nieder.', 'der Feuerwehr', 'Laut', 'brannten zwei Scheunen nieder'],
  ['Der Kommandeur meinte, die Linie halte noch.', 'Der Kommandeur', 'meinte', 'die Linie halte noch'],
  ['Die Preise für Brot steigen weiter, berichtete die Lokalzeitung.', 'die Lokalzeitung', 'berichtete', 'Die Preise für Brot steigen weiter'],
  ['Unter Berufung auf Diplomaten meldete die Agentur, der Gipfel sei verschoben.', 'die Agentur', 'meldete', 'der Gipfel sei verschoben'],
  ['„Das war ein Fehler“, räumte der Minister ein.', 'der Minister', 'räumte', '„Das war ein Fehler“'],
  ['Nach Angaben der Behörden wurden 40 Häuser beschädigt.', 'Behörden', 'Nach Angaben der', 'wurden 40 Häuser beschädigt'],
  ['Die Fabrik stellt seit 1950 Fahrräder her.', null],
  ['Im Sommer sagte das Orchester alle Konzerte ab.', null],
];
