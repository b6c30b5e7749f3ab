import { tmpdir } from "node:os"
import path from "node:path"

/** Where the outbox notification provider writes this test process's e-mails. */
export const OUTBOX_FILE = path.join(tmpdir(), `seogwipo-outbox-${process.pid}.jsonl`)
