// The size a file travels at when served gzipped. Used by the size checks in this folder.
import { gzipSync } from "node:zlib";

/** Bytes after gzip at zlib's default level (6), the level of the `gzip` command and of wrangler's own report. */
export const gzipSize = (content: Uint8Array): number => gzipSync(content).byteLength;
