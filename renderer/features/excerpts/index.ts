/** Excerpts: every annotated passage of the library, filtered, counted and listed. */
export { ExcerptsView } from './ExcerptsView';
