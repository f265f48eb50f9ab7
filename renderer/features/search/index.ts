/** Library search: the box in the header, the results view and highlighting hits in the reader. */
export { SearchBox } from './SearchBox';
export { SearchView } from './SearchView';
export { useSearchHighlight } from './use-search-highlight';
