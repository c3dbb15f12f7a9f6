import { runPart } from "../support/parts.ts";

await runPart(1, 4);
