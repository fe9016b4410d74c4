import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UserError";
  }
};
var DataError = class extends UserError {
  constructor(file, line, reason) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = "DataError";
  }
  file;
  line;
  reason;
};
function oneLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, " ").trim();
}
function yamlReason(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?\s*$/, "").trim();
}

export {
  UserError,
  DataError,
  oneLine,
  yamlReason
};
