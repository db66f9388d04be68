/**
 * Runs the enclosing mocha suite in `zone`: Node re-reads TZ whenever it is assigned,
 * so local-time arithmetic (weeks, midnights, DST) is tested in a zone with clock changes
 * whatever the machine's own zone is.
 */
export function withTimeZone(zone: string): void {
  let previous: string | undefined;
  before(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  after(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}
