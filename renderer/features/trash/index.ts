/** The Trash: its view, the question before documents go to it, what exports leave out and the excerpts view does not list, its period. */
export { DeleteDocumentsDialog } from './DeleteDocumentsDialog';
export { HiddenInTrashNotice } from './HiddenInTrashNotice';
export { LeftOutNotice } from './LeftOutNotice';
export { TrashDaysSetting } from './TrashDaysSetting';
export { TrashView } from './TrashView';
export { describeLeftOut } from './trash-wording';
export { useTrashDays } from './use-trash';
