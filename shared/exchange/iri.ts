/**
 * The IRIs a collection file names things by: annotations and collections by `urn:uuid:`,
 * documents by the SHA-256 of their plain text (`urn:sha256:`), rights and non-UUID ids under
 * our own `urn:rightsmark:` namespace. Each mapping is lossless, so ids survive a round trip.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** True for a UUID in its usual 8-4-4-4-12 hex form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True for a SHA-256 digest as 64 hex digits. */
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

// URN text keeps letters, digits and - . _ ~ : @ as they are and percent-encodes the rest
// (RFC 8141), so `right:privacy` stays readable.
function encodeUrnPart(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%40/gi, '@');
}

function decodeUrnPart(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function idIri(kind: 'annotation' | 'collection', id: string): string {
  return isUuid(id) ? `urn:uuid:${id}` : `urn:rightsmark:${kind}:${encodeUrnPart(id)}`;
}

function idFromIri(kind: 'annotation' | 'collection', iri: string): string | null {
  if (iri.startsWith('urn:uuid:')) {
    const id = iri.slice('urn:uuid:'.length);
    return isUuid(id) ? id : null;
  }
  const prefix = `urn:rightsmark:${kind}:`;
  return iri.startsWith(prefix) ? decodeUrnPart(iri.slice(prefix.length)) : null;
}

/** The IRI of one of our annotations. */
export function annotationIri(id: string): string {
  return idIri('annotation', id);
}

/** Our annotation id inside an IRI made by `annotationIri`, or null for anyone else's IRI. */
export function annotationIdFromIri(iri: string): string | null {
  return idFromIri('annotation', iri);
}

/** The IRI of one of our collections. */
export function collectionIri(id: string): string {
  return idIri('collection', id);
}

/** Our collection id inside an IRI made by `collectionIri`, or null. */
export function collectionIdFromIri(iri: string): string | null {
  return idFromIri('collection', iri);
}

/** The IRI of a right, used as the id of the tagging body that names it. */
export function rightIri(id: string): string {
  return `urn:rightsmark:right:${encodeUrnPart(id)}`;
}

/** The right id inside an IRI made by `rightIri`, or null. */
export function rightIdFromIri(iri: string): string | null {
  const prefix = 'urn:rightsmark:right:';
  return iri.startsWith(prefix) ? decodeUrnPart(iri.slice(prefix.length)) : null;
}

/** A document's identity across libraries: the SHA-256 of its plain text. */
export function documentIri(contentHash: string): string {
  return `urn:sha256:${contentHash.toLowerCase()}`;
}

/** The content hash (lowercase hex) inside a `urn:sha256:` IRI, or null. */
export function contentHashFromIri(iri: string): string | null {
  if (!iri.startsWith('urn:sha256:')) return null;
  const hash = iri.slice('urn:sha256:'.length);
  return isSha256Hex(hash) ? hash.toLowerCase() : null;
}
