import { runPart } from "../support/parts.ts";

await runPart(2, 4);
