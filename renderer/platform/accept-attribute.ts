/** The browser file input's `accept` list for a dialog's filters. */
import type { OpenFilesRequest } from './platform';

/** Every filter's extensions as `.ext`, each once, in the order given. */
export function acceptAttribute(request: Pick<OpenFilesRequest, 'filters'>): string {
  const extensions = request.filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`));
  return [...new Set(extensions)].join(',');
}
