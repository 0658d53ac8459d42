/** English. */
import { languageOf } from '../build.js';
import { SPEECH } from './speech.js';
import * as W from './words.js';

export const en = languageOf({ code: 'en', name: 'English', script: 'Latn' }, W, SPEECH);
