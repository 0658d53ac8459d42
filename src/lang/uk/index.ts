/** Ukrainian. */
import { eastSlavicLanguage } from '../east-slavic.js';
import * as W from './words.js';

export const uk = eastSlavicLanguage({ code: 'uk', name: 'Ukrainian' }, W);
