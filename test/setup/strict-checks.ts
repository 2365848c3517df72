import { setStrictChecks } from "../../src/engine/checks/run-checks";

/**
 * In tests every check runs strict (src/engine/checks/run-checks.ts): one that raises a finding code it does not
 * declare, or throws, fails the test with an error naming the check. Production reports a throwing check as
 * CHECK_FAILED and keeps the other checks running.
 */
setStrictChecks(true);
