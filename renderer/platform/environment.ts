/**
 * Time and identity as the outside world gives them (the clock, random ids), injected into
 * repositories and exporters so tests are deterministic.
 */

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
