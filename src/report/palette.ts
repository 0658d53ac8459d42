/** A tiny ANSI palette: every style is the identity when colour is off. */

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan';

const SGR: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
};

export type Paint = (text: string, ...styles: Style[]) => string;

/** Returns a painter; with `color` false it returns text unchanged, so output holds no escape codes. */
export function palette(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) => {
    if (text === '' || styles.length === 0) return text;
    let open = '';
    let close = '';
    for (const s of styles) {
      const [on, off] = SGR[s];
      open += `\u001b[${on}m`;
      close = `\u001b[${off}m${close}`;
    }
    return `${open}${text}${close}`;
  };
}
