/**
 * A small gazetteer of news outlets and agencies with their aliases across scripts, used to type
 * mentions and name attribution sources. The full knowledge base with provenance is `src/sources/`;
 * this list only says "this name is an outlet" and gives its canonical spelling.
 */
export interface OutletEntry {
  name: string;
  aliases: string[];
}

export const OUTLETS: readonly OutletEntry[] = [
  { name: 'RIA Novosti', aliases: ['RIA', 'Ria Novosti', 'РИА Новости', 'РИА', 'РІА Новини', 'ria.ru'] },
  { name: 'TASS', aliases: ['ТАСС', 'ТАРС', 'tass.ru', 'tass.com', 'Itar-Tass', 'ИТАР-ТАСС'] },
  { name: 'Interfax', aliases: ['Интерфакс', 'Інтерфакс', 'Interfax-Ukraine', 'Интерфакс-Украина'] },
  { name: 'RT', aliases: ['Russia Today', 'RT News', 'rt.com'] },
  { name: 'Sputnik', aliases: ['Спутник', 'sputniknews.com'] },
  { name: 'Izvestia', aliases: ['Известия', 'Izvestiya'] },
  { name: 'Kommersant', aliases: ['Коммерсант', 'Коммерсантъ'] },
  { name: 'Rossiyskaya Gazeta', aliases: ['Российская газета', 'RG'] },
  { name: 'Komsomolskaya Pravda', aliases: ['Комсомольская правда', 'KP'] },
  { name: 'Vesti', aliases: ['Вести', 'Vesti.ru'] },
  { name: 'Channel One', aliases: ['Первый канал', 'Perviy Kanal'] },
  { name: 'Ukrainska Pravda', aliases: ['Українська правда', 'Украинская правда', 'pravda.com.ua'] },
  { name: 'Ukrinform', aliases: ['Укрінформ', 'Укринформ'] },
  { name: 'UNIAN', aliases: ['УНІАН', 'УНИАН'] },
  { name: 'Kyiv Independent', aliases: ['The Kyiv Independent'] },
  { name: 'Suspilne', aliases: ['Суспільне'] },
  { name: 'Reuters', aliases: ['Рейтер', 'Reuters news agency'] },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press', 'Ассошиэйтед Пресс'] },
  { name: 'Agence France-Presse', aliases: ['AFP', 'France-Presse'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Блумберг'] },
  { name: 'BBC', aliases: ['BBC News', 'Би-би-си', 'Бі-бі-сі'] },
  { name: 'CNN', aliases: ['Си-эн-эн'] },
  { name: 'Fox News', aliases: ['Fox'] },
  { name: 'MSNBC', aliases: [] },
  { name: 'NBC News', aliases: ['NBC'] },
  { name: 'CBS News', aliases: ['CBS'] },
  { name: 'ABC News', aliases: ['ABC'] },
  { name: 'NPR', aliases: [] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT', 'the Times'] },
  { name: 'The Washington Post', aliases: ['Washington Post', 'the Post'] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ', 'the Journal'] },
  { name: 'New York Post', aliases: ['The New York Post'] },
  { name: 'The Guardian', aliases: ['Guardian'] },
  { name: 'Politico', aliases: [] },
  { name: 'Breitbart', aliases: ['Breitbart News'] },
  { name: 'Axios', aliases: [] },
  { name: 'The Hill', aliases: [] },
  { name: 'Al Jazeera', aliases: ['Аль-Джазира'] },
  { name: 'Deutsche Welle', aliases: ['DW'] },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Liberty', 'Радио Свобода', 'Радіо Свобода'] },
  { name: 'Meduza', aliases: ['Медуза'] },
  { name: 'Novaya Gazeta', aliases: ['Новая газета'] },
  { name: 'Gazeta.ru', aliases: ['Газета.ру'] },
  { name: 'Lenta.ru', aliases: ['Лента.ру'] },
  { name: 'RBC', aliases: ['РБК'] },
  { name: 'Pravda', aliases: ['Правда', 'pravda.ru'] },
  { name: 'Xinhua', aliases: ['Синьхуа'] },
];
