import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);

// src/policy/stages.ts
var STAGE_IDS = ["1", "2", "3", "4", "cleanup"];

export {
  STAGE_IDS
};
