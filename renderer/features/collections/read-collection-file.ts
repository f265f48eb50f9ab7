/**
 * Turns a picked file into the text of a collection file: a `.rightsmark.json` (or another
 * annotation JSON) in UTF-8 or UTF-16 (see decodeCollectionFile), or a briefing PDF's embedded
 * collection. Problems become ExchangeErrors naming the file, like the parser's own.
 */
import { decodeCollectionFile, ExchangeError, MAX_FILE_BYTES } from '../../../shared/exchange';
import type { PickedFile } from '../../platform/platform';
import { findCollectionAttachment, looksLikePdf } from './pdf-attachment';

/** The text to parse and the name to use in messages. */
export interface CollectionFileText {
  readonly text: string;
  /** The file's name; for a PDF, the PDF and the attachment (`brief.pdf › x.rightsmark.json`). */
  readonly fileName: string;
}

/**
 * Reads a picked file.
 *
 * @throws ExchangeError when it is too large, not UTF-8 or UTF-16 text, a PDF that cannot be read, or a PDF
 *   that carries no collection.
 */
export async function readCollectionFile(file: PickedFile): Promise<CollectionFileText> {
  if (file.bytes.length > MAX_FILE_BYTES) {
    throw new ExchangeError(
      'too-large',
      file.name,
      '',
      `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  if (!looksLikePdf(file.bytes)) {
    return { text: decodeCollectionFile(file.bytes, file.name), fileName: file.name };
  }
  let attachment;
  try {
    attachment = await findCollectionAttachment(file.bytes);
  } catch {
    throw new ExchangeError('invalid', file.name, '', 'the PDF cannot be read');
  }
  if (attachment === null) {
    throw new ExchangeError(
      'unknown-format',
      file.name,
      '',
      'this PDF carries no Rightsmark collection (no .rightsmark.json attachment)',
    );
  }
  const fileName = `${file.name} › ${attachment.fileName}`;
  return { text: decodeCollectionFile(attachment.bytes, fileName), fileName };
}
