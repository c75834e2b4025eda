/**
 * Time travel for finding tests that depend on the day they run: preloaded with
 * `TINHGON_TEST_DATE=2027-07-02 NODE_OPTIONS=--import=$PWD/tests/fake-date.mjs npx vitest run …`,
 * (plain JavaScript: npx itself runs on whatever Node is first on PATH) it moves the process's clock (and, NODE_OPTIONS being inherited, every Node process the tests
 * spawn) to 09:00 local time of that day; time then runs on from there. A test whose answer
 * changes under it reads the system clock somewhere instead of a fixed one.
 */
const day = process.env.TINHGON_TEST_DATE;
const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
if (m) {
  const RealDate = Date;
  const offset = new RealDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9).getTime() - RealDate.now();
  const now = () => RealDate.now() + offset;
  class TravelledDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  }
  globalThis.Date = TravelledDate;
}
