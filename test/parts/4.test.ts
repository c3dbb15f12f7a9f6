import { runPart } from "../support/parts.ts";

await runPart(4, 4);
