/**
 * Files that reach the app from outside its own choosers: those the OS hands over ("Open with
 * Rightsmark", a double-click, File › Open Recent) and those dropped anywhere on the window
 * outside a view's own drop zone. Each goes where it belongs: collections to the import preview,
 * documents to the library's import. Mounted once, in the app shell.
 */
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { usePlatform } from '../../app/platform-context';
import { refusedFilesMessage, type PickedFile } from '../../platform/platform';
import { useToast } from '../../ui/toast';
import { findCollectionAttachment, requestCollectionImport } from '../collections';
import { requestImport } from '../import';
import { sortOpenedFiles } from './sort-opened-files';

const carriesCollection = async (bytes: Uint8Array) =>
  (await findCollectionAttachment(bytes)) !== null;

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function useOpenedFiles(): void {
  const platform = usePlatform();
  const toast = useToast();
  const [, navigate] = useLocation();

  useEffect(() => {
    let active = true;

    const route = async (files: readonly PickedFile[]) => {
      const sorted = await sortOpenedFiles(files, carriesCollection);
      if (!active) return;
      if (sorted.unsupported.length > 0) {
        toast.show({
          message: `Rightsmark does not open ${sorted.unsupported.map((n) => `“${n}”`).join(', ')}: it reads documents (.txt, .md, .html, .pdf, .docx) and collections (.rightsmark.json, .json, .jsonld).`,
          tone: 'error',
        });
      }
      if (sorted.documents.length > 0) {
        navigate('/');
        requestImport({
          kind: 'files',
          files: sorted.documents.map((f) => new File([f.bytes.slice()], f.name)),
        });
      }
      const [first, ...others] = sorted.collections;
      if (first) {
        navigate('/collections');
        requestCollectionImport(first);
        for (const other of others) requestCollectionImport(other);
      }
    };

    const takeOpened = async () => {
      const { files, refused } = await platform.takeOpenedFiles();
      if (!active) return;
      if (refused.length > 0) toast.show({ message: refusedFilesMessage(refused), tone: 'error' });
      if (files.length > 0) await route(files);
    };

    const unsubscribe = platform.onFilesOpened(() => void takeOpened());
    // Files handed over before this page listened (the app started by a double-click).
    void takeOpened();

    // A drop anywhere a view does not take it itself (the library's drop zone does).
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open a dropped file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const dropped = Array.from(event.dataTransfer?.files ?? []);
      void Promise.all(
        dropped.map(async (file): Promise<PickedFile> => ({
          name: file.name,
          path: null,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      ).then(route);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);

    return () => {
      active = false;
      unsubscribe();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [platform, toast, navigate]);
}
