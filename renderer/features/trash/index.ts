/** The Trash: its view, the question before documents go to it, what exports leave out, its period. */
export { DeleteDocumentsDialog } from './DeleteDocumentsDialog';
export { LeftOutNotice } from './LeftOutNotice';
export { TrashDaysSetting } from './TrashDaysSetting';
export { TrashView } from './TrashView';
