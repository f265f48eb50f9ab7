/** Time and identity, injected into repositories so tests are deterministic. */

export interface Environment {
  /** The current time as an ISO 8601 string. */
  now(): string;
  /** A new globally unique id. */
  newId(): string;
}

export const systemEnvironment: Environment = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};
