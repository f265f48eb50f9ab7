/** Public entry of the opened-files feature: files reaching the app from outside its choosers. */
export { useOpenedFiles } from './use-opened-files';
