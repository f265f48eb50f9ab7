/** Dropping files onto a view: the handlers to spread on its element, and whether files hover. */
import { useRef, useState, type DragEvent } from 'react';

export interface FileDrop {
  readonly dragging: boolean;
  readonly handlers: {
    onDragEnter(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Calls `onFiles` with the files dropped, and `onFilesOver` (if given) when files are first
 * dragged over; text or links dragged over are left alone.
 */
export function useFileDrop(
  onFiles: (files: File[]) => void,
  enabled = true,
  onFilesOver?: () => void,
): FileDrop {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child element crossed; count to know when files leave.
  const depth = useRef(0);
  return {
    dragging,
    handlers: {
      onDragEnter(event) {
        if (!enabled || !carriesFiles(event)) return;
        event.preventDefault();
        if (depth.current === 0) onFilesOver?.();
        depth.current += 1;
        setDragging(true);
      },
      onDragOver(event) {
        if (!enabled || !carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave(event) {
        if (!enabled || !carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop(event) {
        if (!carriesFiles(event)) return;
        // Always stop the browser from opening a dropped file in place of the app.
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        if (!enabled) return;
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      },
    },
  };
}
