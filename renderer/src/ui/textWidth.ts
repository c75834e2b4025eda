/** Pixel widths of text as the page draws it, for columns sized to what they hold. */
let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font` (a CSS font, e.g. "600 12px sans-serif"); 0 where no canvas can measure. */
export function textWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  context.font = font;
  return context.measureText(text).width;
}

/** The page's font family, for measuring text drawn in it (grids inherit it). */
export function pageFontFamily(): string {
  return getComputedStyle(document.body).fontFamily || 'sans-serif';
}
