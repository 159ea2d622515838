/** The bars' height and the date axis's under them, in px. */
export const plotHeight = 52
export const axisHeight = 18
/** The histogram's height in px, kept while its code and figures load so the table never jumps. */
export const histogramHeight = 22 + plotHeight + axisHeight
