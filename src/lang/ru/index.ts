/** Russian. */
import { eastSlavicLanguage } from '../east-slavic.js';
import * as W from './words.js';

export const ru = eastSlavicLanguage({ code: 'ru', name: 'Russian' }, W);
