/** Types for `linebreak` 1.x (UAX #14, by the fontkit author), which ships none. */
declare module 'linebreak' {
  /** A break opportunity before the character at `position`; `required` after a newline. */
  interface Break {
    readonly position: number;
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity, or null after the end of the text. */
    nextBreak(): Break | null;
  }
}
