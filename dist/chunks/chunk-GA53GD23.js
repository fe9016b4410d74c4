import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);

// src/github/repository-name.ts
var REPOSITORY_NAME = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;
function parseRepositoryName(text) {
  const m = REPOSITORY_NAME.exec(text ?? "");
  if (!m || m[2] === "." || m[2] === "..") return void 0;
  return { owner: m[1], repo: m[2] };
}

export {
  parseRepositoryName
};
