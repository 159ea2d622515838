/** The histogram's height in px, kept while its code and figures load so the table never jumps. */
export const histogramHeight = 92
