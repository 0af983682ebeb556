/** The colour scheme the views draw in: the OS's in the explorer, the projector's in a presentation. */
export type Theme = 'light' | 'dark';

export function isTheme(v: string): v is Theme {
  return v === 'light' || v === 'dark';
}
