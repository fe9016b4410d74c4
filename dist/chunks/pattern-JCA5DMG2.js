import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  patternProblem,
  policyPattern
} from "./chunk-ZRHTMCB5.js";
import "./chunk-FQVTJ4NW.js";
export {
  patternProblem,
  policyPattern
};
