import { runPart } from "../support/parts.ts";

await runPart(3, 4);
