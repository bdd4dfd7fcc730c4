// A client frame that cannot be accepted. The socket stays open and gets an error frame with the code.
import type { SocketErrorCode } from "../protocol/socket";

export class FrameRefused extends Error {
  constructor(
    readonly code: SocketErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const refuse = (code: SocketErrorCode, message: string): never => {
  throw new FrameRefused(code, message);
};
