// npm run size (part of npm test, after the build): fails when the sign-in page's or the
// dashboard's first load is over budget. Prints every chunk's size either way.
import { FIRST_LOAD_BUDGET_BYTES, FIRST_LOAD_ROUTES } from "./routes.ts";
import { describeFirstLoad, measureFirstLoad } from "./first-load.ts";

const clientDir = new URL("../../dist/client", import.meta.url).pathname;
const result = measureFirstLoad(clientDir, FIRST_LOAD_ROUTES, FIRST_LOAD_BUDGET_BYTES);
console.log(describeFirstLoad(result, FIRST_LOAD_BUDGET_BYTES).join("\n"));
if (result.over.length > 0) {
  console.error(
    `First load over budget on ${result.over.map((r) => r.route.path).join(" and ")}: ` +
      "load what these pages do not need to show with React.lazy or import(), or make it smaller.",
  );
  process.exit(1);
}
